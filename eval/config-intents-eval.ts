/**
 * `node dist/eval/config-intents-eval.js [--misses]`: reads every admin message of the DEV sets
 * eval/config-intents-dev.ts to -dev-6.ts (each written blind by a different author: three in
 * round 13, three in round 14; owners of 52 small businesses typing configuration requests their
 * own way) with the offline configuration grammar, and prints per kind of request how many were read
 * as the owner meant. Held-out configure-by-chat is measured end to end over HTTP by
 * eval/config-chat-probe-6.mjs and -8.mjs (TOTAL and BY_KIND only).
 */
import { parseCommand } from '../src/agents/offline-config/grammar.ts';
import type { Intent } from '../src/agents/offline-config/intents.ts';
import { CONFIG_INTENTS_DEV, type ConfigIntentCase, type ExpectedIntent } from './config-intents-dev.ts';
import { CONFIG_INTENTS_DEV_2 } from './config-intents-dev-2.ts';
import { CONFIG_INTENTS_DEV_3 } from './config-intents-dev-3.ts';
import { CONFIG_INTENTS_DEV_4 } from './config-intents-dev-4.ts';
import { CONFIG_INTENTS_DEV_5 } from './config-intents-dev-5.ts';
import { CONFIG_INTENTS_DEV_6 } from './config-intents-dev-6.ts';

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

const misses = process.argv.includes('--misses');
for (const [name, cases] of [['dev', CONFIG_INTENTS_DEV], ['dev-2', CONFIG_INTENTS_DEV_2], ['dev-3', CONFIG_INTENTS_DEV_3], ['dev-4', CONFIG_INTENTS_DEV_4], ['dev-5', CONFIG_INTENTS_DEV_5], ['dev-6', CONFIG_INTENTS_DEV_6]] as [string, ConfigIntentCase[]][]) {
  const tally = new Map<string, [number, number]>();
  let passed = 0;
  for (const c of cases) {
    const got = parseCommand(c.message);
    const ok = meets(got, c.expect);
    const [p, n] = tally.get(c.expect.kind) ?? [0, 0];
    tally.set(c.expect.kind, [p + (ok ? 1 : 0), n + 1]);
    if (ok) passed++;
    else if (misses) console.log(`MISS ${name} ${c.expect.kind}: ${JSON.stringify(c.message).slice(0, 160)}\n  want ${JSON.stringify(c.expect)}\n  got  ${JSON.stringify(got).slice(0, 200)}`);
  }
  console.log(`configure-by-chat requests read as meant (${name}, ${cases.length} messages): ${passed}/${cases.length}`);
  console.log(`  ${[...tally].map(([k, [p, n]]) => `${k} ${p}/${n}`).join(', ')}`);
}
