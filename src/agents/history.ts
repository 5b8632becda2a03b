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
  // The newest messages that fit; the new user message always does.
  let start = usable.length;
  let used = 0;
  while (start > 0 && usable.length - start < maxMessages) {
    const size = usable[start - 1]!.content.length;
    if (start < usable.length && used + size > budgetChars) break;
    used += size;
    start--;
  }
  // A model conversation starts with the user.
  while (start < usable.length && usable[start]!.role !== 'user') start++;
  // Sized once: a reply keeps this array for its whole length.
  return usable
    .slice(start)
    .map((m): ModelMessage => (m.role === 'user' ? { role: 'user', content: m.content } : { role: 'assistant', content: m.content }));
}
