/**
 * The conversation as model messages, trimmed to a budget: the newest messages that fit, always
 * ending with the new user message. Refused exchanges are left out so an injection attempt
 * never reaches a later model call.
 */
import type { ModelMessage } from '../model/types.ts';
import type { Message } from '../storage/types.ts';

export function historyForModel(history: Message[], budgetChars = 6000, maxMessages = 20): ModelMessage[] {
  const refusedUsers = new Set(history.filter((m) => m.status === 'refused').map((m) => m.replyTo));
  const usable = history.filter((m) => m.status !== 'refused' && !refusedUsers.has(m.id) && m.content !== '');
  const out: ModelMessage[] = [];
  let used = 0;
  for (let i = usable.length - 1; i >= 0 && out.length < maxMessages; i--) {
    const m = usable[i]!;
    if (out.length > 0 && used + m.content.length > budgetChars) break;
    used += m.content.length;
    out.unshift(m.role === 'user' ? { role: 'user', content: m.content } : { role: 'assistant', content: m.content });
  }
  // A model conversation starts with the user.
  while (out.length > 0 && out[0]!.role !== 'user') out.shift();
  return out;
}
