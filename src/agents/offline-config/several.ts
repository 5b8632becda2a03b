/**
 * Several requests in one message: "Two things:⏎1. Never promise… 2. any complaints… pass them
 * to her", "I'd like the assistant to be called Bramble please. Also it must never tell anyone…",
 * "Couple of bits for you:⏎- our phone number is…⏎- satnav postcode is…⏎- if anyone says…, Helen
 * needs to know". Each part is read on its own; the message is several requests only when every
 * part reads as one of the changes below (a pasted page's bullets do not), and parts of the same
 * kind are joined into one change (two rules are one list of rules).
 */
import type { Intent } from './intents.ts';

/** The kinds a part may be: changes an owner lists together, not pages or reports. */
const LISTABLE = new Set<Intent['kind']>(['add_business_fact', 'add_business_rule', 'add_escalation_rules', 'set_settings', 'add_synonyms']);

/** "Two things:", "Couple of bits for you:", "Morning! … Few updates:": what introduces a list of requests. */
const LIST_LEAD = /^[^\n]{0,160}?\b(?:(?:two|three|four|a\s+few|few|couple\s+of|some|a\s+couple\s+of)\s+(?:things|bits|updates|changes|requests|more\s+things)|(?:bits|things|updates)\s+for\s+you)\b[^\n]*:\s*$/i;
/** Where a second request starts inside a paragraph: ". Also it must never…", ". and REFUNDS over £100 -> me". */
const THEN = /(?<=[.!?])\s+(?=(?:also|and\s+also|and|plus|oh\s+and|another\s+thing|one\s+more\s+thing)\b[,:]?\s+\S)/i;

/** The message's parts when it lists requests (numbered or bulleted under a lead-in), or joins them with "Also"; else none. */
export function requestParts(text: string): string[] {
  const lines = text.split(/\n/).map((l) => l.trim()).filter(Boolean);
  if (lines.length >= 3 && LIST_LEAD.test(lines[0]!)) {
    const items = lines.slice(1);
    if (items.every((l) => /^(?:\d+[.)]|[-*•])\s+/.test(l))) return items.map((l) => l.replace(/^(?:\d+[.)]|[-*•])\s+/, ''));
  }
  if (lines.length === 1) {
    const parts = text.split(THEN).map((p) => p.replace(/^(?:also|and\s+also|and|plus|oh\s+and|another\s+thing|one\s+more\s+thing)\b[,:]?\s+/i, '').trim());
    if (parts.length >= 2 && parts.every((p) => p.split(/\s+/).length >= 4)) return parts;
  }
  return [];
}

/** The intents of a message that asks several listable things, joined by kind; undefined when it does not. */
export function severalRequests(text: string, read: (part: string) => Intent): Intent[] | undefined {
  const parts = requestParts(text);
  if (parts.length < 2 || parts.length > 6) return undefined;
  const intents = parts.map(read);
  if (!intents.every((i) => LISTABLE.has(i.kind))) return undefined;
  // "… need a human. Also any complaints about a technician": a list of cases carried on, not a fact.
  if (intents.some((i) => i.kind === 'add_business_fact' && /^(?:any|all|anything|everything)\b/i.test(i.fact))) return undefined;
  const joined: Intent[] = [];
  for (const intent of intents) {
    const same = joined.findIndex((j) => j.kind === intent.kind);
    if (same < 0) joined.push(intent);
    else {
      const both = join(joined[same]!, intent);
      if (!both) return undefined;
      joined[same] = both;
    }
  }
  // Facts alone ("- our phone number is…⏎- satnav postcode is…") are one fact already read whole.
  return joined.length >= 2 || joined[0]!.kind === 'add_escalation_rules' ? joined : undefined;
}

/** Two parts of one kind as one change; undefined when they cannot be one (two synonym groups). */
function join(a: Intent, b: Intent): Intent | undefined {
  if (a.kind === 'add_business_fact' && b.kind === 'add_business_fact') return { kind: a.kind, fact: `${a.fact} ${b.fact}` };
  if (a.kind === 'add_business_rule' && b.kind === 'add_business_rule') return { kind: a.kind, rule: `${a.rule}\n${b.rule}` };
  if (a.kind === 'add_escalation_rules' && b.kind === 'add_escalation_rules') return { kind: a.kind, rules: [...a.rules, ...b.rules] };
  if (a.kind === 'set_settings' && b.kind === 'set_settings') return { kind: a.kind, patch: { ...a.patch, ...b.patch, ...(a.patch.branding || b.patch.branding ? { branding: { ...a.patch.branding, ...b.patch.branding } } : {}) } };
  return undefined;
}
