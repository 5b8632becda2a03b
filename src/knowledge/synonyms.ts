/**
 * A small table of support-domain synonyms, as stems (see `stem` in text.ts). Questions use
 * other words than articles ("cost" vs "price", "send back" vs "return"); expanding the
 * question's terms with these lets extractive answers and escalation rules match anyway.
 */
import { EVERYDAY_GROUPS } from './everyday-lexicon.ts';
import { SUPPORT_CATEGORIES, SUPPORT_LEXICON } from './support-lexicon.ts';
import { escapeForRegExp, stem, terms, words } from './text.ts';

const GROUPS: string[][] = [
  ['price', 'cost', 'fee', 'charge', 'pricing', 'expensive', 'cheap', 'pay', 'payment', 'paid', 'money'],
  ['refund', 'reimburse', 'reimbursement', 'moneyback'],
  ['return', 'exchange', 'send', 'swap'],
  ['ship', 'shipping', 'delivery', 'deliver', 'dispatch', 'arrive', 'arrival', 'courier', 'postage'],
  ['cancel', 'cancellation', 'terminate', 'unsubscribe', 'stop'],
  ['subscription', 'plan', 'membership', 'tier'],
  ['hour', 'open', 'opening', 'close', 'closing', 'available', 'availability', 'schedule'],
  ['contact', 'phone', 'email', 'call', 'reach'],
  ['account', 'login', 'log', 'sign', 'signin', 'profile'],
  ['password', 'passcode', 'credential'],
  ['bill', 'billing', 'invoice', 'charge', 'receipt', 'statement'],
  ['dispute', 'chargeback', 'contest', 'wrongly', 'overcharge', 'overcharged'],
  ['legal', 'lawyer', 'attorney', 'sue', 'lawsuit', 'court', 'litigation', 'solicitor'],
  // "My brother died in Spain" against "death abroad".
  // ("2 of the tetras are already dead" against "fish died within the 7 day guarantee".)
  ['death', 'die', 'died', 'dies', 'dying', 'dead', 'deceased', 'bereavement', 'bereaved'],
  ['warranty', 'guarantee', 'defect', 'defective', 'broken', 'faulty'],
  ['discount', 'coupon', 'promo', 'voucher', 'code', 'sale'],
  ['international', 'abroad', 'overseas', 'country', 'countries', 'worldwide'],
  ['track', 'tracking', 'status', 'where'],
  ['size', 'sizing', 'fit', 'dimension', 'measurement'],
  ['data', 'privacy', 'gdpr', 'personal'],
  ['safety', 'allergy', 'allergic', 'allergen', 'injury', 'injured', 'hazard'],
  ['upgrade', 'downgrade', 'switch', 'change'],
  ['trial', 'free', 'demo'],
  ['team', 'user', 'seat', 'member'],
  ['cancelled', 'canceled'],
  ['day', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'weekday', 'weekend', 'daily'],
  // Units of time ("How long…" asks for a duration: see answer-types.ts).
  ['time', 'day', 'week', 'hour', 'minute', 'month', 'year'],
  ['pause', 'hold', 'suspend', 'freeze', 'skip'],
  ['holiday', 'vacation', 'travel', 'travelling', 'trip', 'away'],
  ['contract', 'commitment', 'term', 'minimum', 'lock', 'tie', 'tied'],
  ['kg', 'kilo', 'kilogram', 'kilos'],
  ['km', 'kilometre', 'kilometer', 'mile'],
  ['cm', 'centimetre', 'centimeter', 'tall', 'height'],
  ['uk', 'britain', 'british', 'england', 'kingdom'],
  ['eu', 'europe', 'european'],
  ['usa', 'america', 'american', 'states', 'domestic'],
  ['big', 'biggest', 'large', 'largest', 'small', 'smallest', 'size'],
  ['buy', 'purchase', 'order', 'bought', 'sell', 'sold'],
  ['repair', 'fix', 'mend'],
  ['annual', 'annually', 'yearly', 'year'],
  ['monthly', 'month'],
  ['save', 'saving', 'savings', 'discount', 'cheaper', 'off'],
  ['expire', 'expiry', 'expiration', 'end', 'finish', 'over', 'valid', 'validity'],
  ['login', 'log', 'sign', 'signin'],
  ['collect', 'collection', 'pickup'],
  ['person', 'user', 'member', 'seat', 'guest', 'customer'],
  ['role', 'permission', 'access', 'right', 'rights'],
  ['file', 'attachment', 'attach', 'upload', 'document'],
  ['checkin', 'arrive', 'arrival'],
  ['checkout', 'leave', 'depart', 'departure'],
  ['bag', 'luggage', 'suitcase', 'baggage'],
  ['store', 'storage', 'keep', 'hold'],
  ['accommodate', 'cater', 'catering'],
  ['car', 'vehicle'],
  ['park', 'parking'],
  ['allhours', 'night', 'overnight', 'anytime', 'late'],
  // A dog and a cat are each a pet, not each other ("Can we bring our cat?" is not answered by "dogs welcome").
  ['pet', 'animal', 'dog'],
  ['pet', 'animal', 'cat'],
  ['staffed', 'open'],
];

const INDEX = new Map<string, Set<string>>();
/** Stem → the words (not stems) of its groups, for the database's own full-text query. */
const WORDS = new Map<string, Set<string>>();
for (const group of [...GROUPS, ...SUPPORT_LEXICON, ...EVERYDAY_GROUPS]) {
  const stems = group.map(stem);
  for (const s of stems) {
    const set = INDEX.get(s) ?? new Set<string>();
    for (const other of stems) if (other !== s) set.add(other);
    INDEX.set(s, set);
    const words = WORDS.get(s) ?? new Set<string>();
    for (const w of group) words.add(w);
    WORDS.set(s, words);
  }
}

/** Stem of a specific thing → stems of its kinds ("sofa" → "furniture", "item"). */
const KINDS = new Map<string, Set<string>>();
// A specific thing finds its kind, one way (see SUPPORT_CATEGORIES).
for (const [general, specific] of SUPPORT_CATEGORIES) {
  const generalStems = general.map(stem);
  for (const s of specific.map(stem)) {
    const set = INDEX.get(s) ?? new Set<string>();
    const kinds = KINDS.get(s) ?? new Set<string>();
    for (const g of generalStems) if (g !== s && !set.has(g)) kinds.add(g);
    KINDS.set(s, kinds);
    for (const g of generalStems) if (g !== s) set.add(g);
    INDEX.set(s, set);
    const words = WORDS.get(s) ?? new Set<string>();
    for (const w of general) words.add(w);
    WORDS.set(s, words);
  }
}

/** Stem → stems meaning about the same (an organization's own, see `synonymTable`). */
export type SynonymTable = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * The words to look for in the database for `term` (a stem): the words of its built-in groups
 * and of the organization's `groups`. Words, not stems: each engine stems them its own way.
 */
export function synonymWords(term: string, groups: readonly (readonly string[])[] = []): string[] {
  const out = new Set(WORDS.get(term) ?? []);
  for (const group of groups) {
    if (!group.some((w) => terms(w).includes(term))) continue;
    for (const w of group) for (const part of words(w)) out.add(part);
  }
  return [...out];
}

/** Indexes groups of words ("trainers", "sneakers") by stem, each stem to the others. */
export function synonymTable(groups: readonly (readonly string[])[]): SynonymTable {
  const index = new Map<string, Set<string>>();
  for (const group of groups) {
    const stems = [...new Set(group.flatMap((w) => terms(w)))];
    for (const s of stems) {
      const set = index.get(s) ?? new Set<string>();
      for (const other of stems) if (other !== s) set.add(other);
      index.set(s, set);
    }
  }
  return index;
}

/** Stems that mean about the same as `term` (not including itself), built-in and `extra`. */
export function synonymsOf(term: string, extra?: SynonymTable): string[] {
  const own = INDEX.get(term);
  const more = extra?.get(term);
  if (!more) return own ? [...own] : [];
  return [...new Set([...(own ?? []), ...more])];
}

/** The kinds `term` (a stem) is a specific thing of, not counting plain synonyms. */
export function kindsOf(term: string): ReadonlySet<string> {
  return KINDS.get(term) ?? EMPTY;
}
const EMPTY: ReadonlySet<string> = new Set();

const wholePhrase = (phrase: string, flags = 'iu') => new RegExp(`(?<![\\p{L}\\p{N}])${escapeForRegExp(phrase.trim())}(?![\\p{L}\\p{N}])`, flags);
/** Only a group with a phrase of several words is read as phrases. */
const phraseGroups = (groups: readonly (readonly string[])[]) => groups.filter((g) => g.some((w) => /\s/.test(w.trim())));
/** `text` with every `phrase` in it (whole words, any case) read as `by`. */
const replacePhrase = (text: string, phrase: string, by: string) => text.replace(wholePhrase(phrase, 'giu'), by);

/**
 * "how much is the doggy bus?" → "how much is the pet taxi?": a phrase of an organization's
 * synonym group that the sources never write is read as the member they do write. Word by word
 * the group would also join "doggy" to every "doggy daycare"; as a phrase it names one thing.
 * Only groups with a phrase of several words are read this way.
 */
export function phrasesAsWritten(message: string, groups: readonly (readonly string[])[], sourceText: string): string {
  let out = message;
  for (const group of phraseGroups(groups)) {
    const written = group.find((w) => wholePhrase(w).test(sourceText));
    if (!written) continue;
    for (const member of group) if (member !== written && !wholePhrase(member).test(sourceText)) out = replacePhrase(out, member, written);
  }
  return out;
}

/**
 * The message with each phrase of an organization's synonym group it holds read as the group's
 * other phrases ("doggy bus" → "pet taxi"), for retrieval: one message per other phrase.
 */
export function phraseVariants(message: string, groups: readonly (readonly string[])[]): string[] {
  const out: string[] = [];
  for (const group of phraseGroups(groups)) {
    const said = group.find((w) => wholePhrase(w).test(message));
    if (said) for (const other of group) if (other !== said) out.push(replacePhrase(message, said, other));
  }
  return out;
}
