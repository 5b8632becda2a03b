/**
 * When the support agent hands over to a human (digest §7): the customer asks for one, a
 * configured escalation rule matches, the fitted layer reads the message as one to hand over (when
 * the business has escalation rules), or the customer is clearly frustrated. Deterministic, so the
 * offline model decides with it and the agent can enforce the first two with any model.
 */
import { classifiedAsEscalation } from './escalation-classifier.ts';
import { calmQuestionAlone, nothingHappened, priceQuestionOwnStory, ruleDeclines, ruleMatches, settled } from './escalation-rules.ts';
import { handoffRequest } from './handoff-request.ts';

export { effectiveEscalationRules } from './business-rules-handovers.ts';
export { ruleMatches } from './escalation-rules.ts';

export interface EscalationSignal {
  /** `classified`: the fitted layer (escalation-classifier.ts), like frustration a judgement, not a rule. */
  kind: 'human_requested' | 'rule_matched' | 'classified' | 'frustration';
  reason: string;
}

const FRUSTRATION_STRONG =
  /\b(?:frustrat\w*|furious|angry|livid|fed up|sick (?:and tired )?of (?:this|it|you|your|waiting|being|chasing|calling|ringing|emailing|the (?:service|wait|delays?))|unacceptable|ridiculous|outrageous|disgusting|worst (?:service|company|experience)|waste of (?:my )?time|this is a joke|incompetent|appalling|fuming)\b/i;
const FRUSTRATION_WEAK_ALL =
  /\b(?:useless|terrible|awful|horrible|annoy\w*|still (?:not|hasn't|haven't|doesn't|isn't)|(?:third|fourth|fifth|many|several) times?|again and again|nobody (?:helps|answers|replies)|no one (?:helps|answers)|keep (?:getting|asking)|damn|hell|wtf|fucking|shit|crap)\b/gi;

/**
 * The escalations no model may skip: the customer asks for a person, or a rule in force matches.
 * The agent's guardrail enforces these whatever a hosted model did.
 */
export function requiredEscalation(message: string, escalationRules: string[]): EscalationSignal | undefined {
  if (handoffRequest(message)) return { kind: 'human_requested', reason: 'The customer asked for a human.' };
  const rule = escalationRules.find((r) => ruleMatches(r, message));
  return rule ? { kind: 'rule_matched', reason: `Escalation rule matched: ${rule}` } : undefined;
}

/**
 * Whether a customer message should be handed to a human, and why: the required escalations,
 * then the judgements (the fitted layer, frustration) the offline model acts on. `escalationRules` are the
 * rules in force: pass `effectiveEscalationRules(settings)` so business rules that say to
 * escalate count too.
 */
export function detectEscalation(message: string, escalationRules: string[]): EscalationSignal | undefined {
  const required = requiredEscalation(message, escalationRules);
  if (required) return required;
  // A business that escalates anything escalates what a customer tells in words no rule parses.
  // Not when a rule has said no by its amount ("refunds over £150", asked for £60).
  // Nor when the customer says it is over or is thanking someone ("please pass on our thanks"),
  // nor when nothing has happened ("what if it leaks?", an invoice for their own insurer), nor on
  // one calm question with no past in it ("Can I bring my dog?").
  if (escalationRules.length > 0 && classifiedAsEscalation(message, escalationRules) && !settled(message) && !nothingHappened(message) && !calmQuestionAlone(message) && !priceQuestionOwnStory(message) && !escalationRules.some((r) => ruleDeclines(r, message))) {
    return { kind: 'classified', reason: 'The message reads like one the escalation rules are for.' };
  }
  const letters = message.replace(/[^A-Za-z]/g, '');
  const shouting = letters.length >= 12 && letters.replace(/[^A-Z]/g, '').length / letters.length > 0.7;
  const weak = (message.match(FRUSTRATION_WEAK_ALL) ?? []).length;
  const score = (FRUSTRATION_STRONG.test(message) ? 2 : 0) + weak + (shouting ? 1 : 0) + (/!{3,}/.test(message) ? 1 : 0);
  if (score >= 2) return { kind: 'frustration', reason: 'The customer is frustrated.' };
  return undefined;
}
