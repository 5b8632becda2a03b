/**
 * The input filter (digest §11): every customer message passes here before any model call.
 * It blocks prompt injection (attempts to override the agent's instructions), system-prompt
 * extraction and abuse. Patterns require the *shape* of an attack, not a single word, so
 * innocent uses of "ignore", "instructions", "system" or "prompt" in support questions pass
 * (the labelled corpus in eval/safety-corpus.ts measures both error kinds).
 */
import { normalizeForFilter, unLeet } from './normalize.ts';

export type InputCategory = 'prompt_injection' | 'prompt_extraction' | 'abuse';

export type InputVerdict = { blocked: false } | { blocked: true; category: InputCategory; rule: string };

const OVERRIDE_VERB = '(?:ignore|disregard|forget|override|bypass|skip|drop|abandon|discard|neglect)';
const PRIOR = '(?:all|any|every|the|your|my|these|those|previous|prior|above|earlier|preceding|original|initial|system|old|existing|current)';
const DIRECTIVES = '(?:instructions?|rules|prompts?|directives?|guidelines|programming|guardrails|restrictions|constraints|system prompt|commands|orders|policies|context)';
const SECRET_QUALIFIER = '(?:system|initial|original|hidden|secret|internal|underlying|developer|pre-?prompt|base|full|exact|entire|complete)';

const INJECTION: [string, RegExp][] = [
  ['override-instructions', new RegExp(`\\b${OVERRIDE_VERB}\\b(?: \\w+){0,2} ${PRIOR}(?: \\w+){0,2} ${DIRECTIVES}\\b`)],
  ['override-you', new RegExp(`\\b${OVERRIDE_VERB} (?:everything|all) (?:you (?:were|have been) told|above|before)`)],
  ['new-persona', /\b(?:you are now|from now on,? you(?: are|'re| will| must| shall)|you're now)\b(?! (?:connected|talking|chatting|in touch))/],
  ['act-as-unrestricted', /\b(?:act|behave|respond|roleplay|role-play|pretend)(?: to be| as| like| you are| you're)? (?:an? )?(?:\w+ )?(?:unrestricted|unfiltered|uncensored|jailbroken|evil|rogue|different (?:ai|assistant|model)|dan|developer mode|god mode)\b/],
  ['jailbreak-terms', /\b(?:jailbreak|jailbroken|dan mode|do anything now|developer mode|god mode|admin mode|sudo mode|unrestricted mode|dev mode enabled)\b/],
  ['no-restrictions', /\b(?:without|with no|free of|free from|no longer (?:bound|restricted) by)(?: any| your| the| its)? (?:restrictions|filters|rules|limitations|guidelines|guardrails|censorship)\b/],
  ['disable-safety', /\b(?:disable|turn off|deactivate|switch off|remove|bypass)(?: \w+){0,2} (?:safety|filters?|guardrails|content policy|moderation|restrictions)\b/],
  ['fake-system-turn', /(?:^|\n|\s)(?:\[\s*system\s*\]|<\s*\/?\s*system\s*>|<\|im_start\|>|<\|endoftext\|>|###\s*(?:system|instruction)|system\s*(?:override|message|prompt)\s*:|new instructions\s*:|assistant\s*:\s*sure)/],
  ['obey-me', /\b(?:you must|you will|you have to) (?:obey|comply with|follow) (?:me|my|these|the following)\b/],
  ['prompt-injection-literal', /\bprompt injection\b.*\b(?:test|now|execute|mode)\b/],
  ['repeat-after-me', /\b(?:say|repeat|output|print|write) (?:exactly|only|verbatim)(?: the (?:following|words|text))?\s*[:"']/],
  ['payload-markers', /\b(?:base64|rot13)\b.*\b(?:decode|execute|follow|run)\b|\b(?:decode|execute|follow|run)\b.*\b(?:base64|rot13)\b/],
];

const EXTRACTION: [string, RegExp][] = [
  ['reveal-prompt', new RegExp(`\\b(?:show|reveal|print|display|repeat|output|dump|leak|expose|share|give|send|paste|tell|list|write out|spell out|recite)\\b(?: \\w+){0,3} (?:your|ur|the|its)(?: ${SECRET_QUALIFIER})* (?:system )?(?:prompt|instructions|directives|guidelines|configuration|rules)\\b(?! (?:for|on|about|to|of) (?!you|your|this (?:chat|conversation)))`)],
  ['what-is-prompt', new RegExp(`\\bwhat(?:'s| is| are| were| was)(?: \\w+){0,2} (?:your|the)(?: ${SECRET_QUALIFIER})+ (?:prompt|instructions|directives|guidelines|rules)\\b`)],
  ['your-prompt', /\byour (?:system prompt|initial prompt|original prompt|hidden prompt|prompt text|pre-?prompt|system message|system instructions|initial instructions|original instructions|hidden instructions)\b/],
  ['what-were-you-told', /\b(?:what|how) (?:were|have) you (?:been )?(?:told|instructed|programmed|configured|prompted)\b/],
  ['text-above', /\b(?:repeat|print|output|show|copy|reproduce|tell me)(?: \w+){0,3} (?:everything|all|the (?:text|words|content|messages?))(?: \w+){0,2} (?:above|before this|so far|at the (?:start|beginning))\b/],
  ['verbatim-instructions', /\b(?:instructions|prompt|rules)\b.{0,40}\bverbatim\b|\bverbatim\b.{0,40}\b(?:instructions|prompt|rules)\b/],
  ['beginning-of-conversation', /\b(?:first|initial) (?:message|words|lines|text) (?:of|in) (?:this|the|your) (?:conversation|chat|context|prompt)\b/],
];

const ABUSE: [string, RegExp][] = [
  ['insult-directed', /\byou(?:'re| are|r| r|re| re)? (?:a |an |such an? |so |fucking |fuckin |bloody |damn |total |complete |absolute )*(?:idiot|moron|imbecile|retard(?:ed)?|stupid|dumb|dumbass|useless piece|piece of (?:shit|crap|garbage|trash)|bitch|bastard|asshole|dickhead|cunt|loser|clown|pathetic|worthless|garbage|trash|scum)\b/],
  ['slur-or-obscenity', /\b(?:fuck (?:you|off|u|this bot|yourself)|f\W?u\W?c\W?k (?:you|off)|go (?:to hell|die|fuck yourself)|shut (?:the fuck )?up,? (?:you|bot|idiot)|suck my|cunt|motherfucker|retard|kys)\b/],
  ['threat', /\b(?:i(?:'ll| will| am going to|'m going to|'m gonna| gonna) (?:kill|hurt|find|beat|stab|shoot|murder) (?:you|your|the staff|everyone|someone)|(?:bomb|burn down|shoot up) (?:your|the) (?:office|store|building|company))\b/],
  ['harassment', /\b(?:i hope you (?:die|get cancer|suffer)|you (?:should|deserve to) die)\b/],
];

function firstMatch(text: string, rules: [string, RegExp][]): string | undefined {
  for (const [name, re] of rules) if (re.test(text)) return name;
  return undefined;
}

/** Screens one customer message. Deterministic; a few microseconds per message. */
export function screenInput(message: string): InputVerdict {
  const normal = normalizeForFilter(message);
  const leet = unLeet(normal);
  const forms = leet === normal ? [normal] : [normal, leet];
  for (const text of forms) {
    const extraction = firstMatch(text, EXTRACTION);
    if (extraction) return { blocked: true, category: 'prompt_extraction', rule: extraction };
    const injection = firstMatch(text, INJECTION);
    if (injection) return { blocked: true, category: 'prompt_injection', rule: injection };
    const abuse = firstMatch(text, ABUSE);
    if (abuse) return { blocked: true, category: 'abuse', rule: abuse };
  }
  return { blocked: false };
}

/** The one polite reply a blocked message gets (PRODUCT.md §1: a delta, not an error). */
export function refusalText(category: InputCategory, agentName: string): string {
  if (category === 'abuse') {
    return `I'm sorry, but I can't continue with messages like that. I'm ${agentName}, and I'm happy to help with any question about our products or your account.`;
  }
  return `I'm sorry, but I can't help with that request. I'm ${agentName}, and I can answer questions about our products, services and policies. Is there something I can help you with?`;
}
