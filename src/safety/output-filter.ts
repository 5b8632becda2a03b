/**
 * The output filter (digest §11): runs on every finished customer-facing reply and returns
 * flags for the stored message. It flags system-prompt leakage (a run of words from the
 * prompt's fixed instructions, or its data delimiters) and claims not supported by the
 * knowledge base (numbers, prices, percentages and durations that no source contains), and
 * replies that quote an instruction to a model or a credential (`unsafe_knowledge`: articles
 * are data, issue 13).
 */
import { sentences, words } from '../knowledge/text.ts';
import { unsafeKnowledgeSentence } from './knowledge-filter.ts';

export type OutputFlag = 'system_prompt_leak' | 'unsupported_claim' | 'unsafe_knowledge';

export interface OutputCheckInput {
  reply: string;
  /** The fixed, non-data part of the system prompt. */
  instructions: string;
  /** Markers that delimit untrusted data in the prompt; never legitimate in a reply. */
  markers: string[];
  /** Texts the reply may rely on: retrieved articles, business context, settings values. */
  sources: string[];
}

const SHINGLE = 7;

function shingles(text: string): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= w.length; i++) out.add(w.slice(i, i + SHINGLE).join(' '));
  return out;
}

/** The instructions differ only per organization: keep the last few shingle sets. */
const instructionCache = new Map<string, Set<string>>();
function instructionShingles(instructions: string): Set<string> {
  let set = instructionCache.get(instructions);
  if (!set) {
    set = shingles(instructions);
    if (instructionCache.size >= 64) instructionCache.delete(instructionCache.keys().next().value!);
    instructionCache.set(instructions, set);
  }
  return set;
}

/** Numbers as written ("$1,200.50" → "1200.50", "30%" → "30"), for comparing claims with sources. */
function numbers(text: string): string[] {
  return (text.match(/\d[\d,]*(?:\.\d+)?/g) ?? []).map((n) => n.replace(/,/g, '').replace(/\.0+$/, ''));
}

/** Flags of one finished reply; empty when it is clean. */
export function checkOutput(input: OutputCheckInput): OutputFlag[] {
  const flags: OutputFlag[] = [];
  const fromInstructions = instructionShingles(input.instructions);
  const leaked = [...shingles(input.reply)].some((s) => fromInstructions.has(s));
  if (leaked || input.markers.some((m) => input.reply.includes(m))) flags.push('system_prompt_leak');
  const known = new Set(input.sources.flatMap(numbers));
  const replySentences = sentences(input.reply);
  const unsupported = replySentences.some((s) => numbers(s).some((n) => !known.has(n)));
  if (unsupported) flags.push('unsupported_claim');
  if (replySentences.some((s) => unsafeKnowledgeSentence(s))) flags.push('unsafe_knowledge');
  return flags;
}
