/** Whether a reading of an owner's message does what its label asks (the owner-message sets' scorer). */
import type { Intent } from '../src/agents/offline-config/intents.ts';
import type { ExpectedIntent } from './config-intents-types.ts';

const has = (text: string | undefined, part: string) => text !== undefined && text.toLowerCase().includes(part.toLowerCase());
const words = (s: string) => new Set(s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2 && !['the', 'and', 'our', 'article', 'page'].includes(w)).map((w) => w.replace(/s$/, '')));
/** The title an owner refers to and the one read share their words (one holds all of the other's). */
const sameTarget = (read: string, meant: string) => {
  const [a, b] = [words(read), words(meant)];
  return a.size > 0 && b.size > 0 && ([...a].every((w) => b.has(w)) || [...b].every((w) => a.has(w)));
};
/** A person the owner names as taking the case: "Karen", "Mrs Patel", "the warden". */
const WHO = /^(?:(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}\p{Ll}+|the [a-z]+)$/u;
/** Intents that change nothing. */
const READ_ONLY = new Set(['unclear', 'help', 'show_settings', 'list_articles', 'search_articles', 'list_escalation_rules', 'list_synonyms', 'list_conversations', 'show_conversation', 'list_webhooks', 'analytics']);

/** True when `got` does what `want` asks. */
export function meets(got: Intent, want: ExpectedIntent): boolean {
  switch (want.kind) {
    case 'set_context':
      return got.kind === 'set_settings' && has(got.patch.businessContext, want.contains);
    case 'add_fact':
      return got.kind === 'add_business_fact' && has(got.fact, want.contains);
    case 'create_article':
      return got.kind === 'create_article' && has(got.content, want.contains) && (want.title === null || got.title.toLowerCase().replace(/[.!?:]+$/, '') === want.title.toLowerCase().replace(/[.!?:]+$/, ''));
    case 'update_article':
      return got.kind === 'update_article' && sameTarget(got.target, want.target) && has(got.patch.content, want.contains);
    case 'update_price':
      return got.kind === 'update_article_price' && got.price === want.price.replace(/\s/g, '') && [...words(want.item)].some((w) => words(got.item).has(w)) && (want.target === null || got.target === '' || sameTarget(got.target, want.target));
    case 'archive_article':
      return got.kind === 'archive_article' && sameTarget(got.target, want.target);
    case 'add_escalation_rules':
      // Who takes the case ("send anything about X to Karen") is not part of the situation the rule names.
      return got.kind === 'add_escalation_rules' && want.contains.filter((c) => !WHO.test(c)).every((c) => got.rules.some((r) => has(r, c)));
    case 'add_synonyms':
      return got.kind === 'add_synonyms' && want.words.every((w) => got.words.includes(w.toLowerCase()));
    case 'add_business_rule':
      return (got.kind === 'add_business_rule' && has(got.rule, want.contains)) || (got.kind === 'set_settings' && has(got.patch.businessRules, want.contains));
    case 'analytics':
      return got.kind === 'analytics' && got.days === want.days && (got.metric ?? 'summary') === want.metric;
    case 'set_tone':
      return got.kind === 'set_settings' && has(got.patch.tone, want.tone);
    case 'set_agent_name':
      return got.kind === 'set_settings' && got.patch.branding?.agentName?.toLowerCase() === want.name.toLowerCase();
    case 'nothing':
      return READ_ONLY.has(got.kind);
  }
}
