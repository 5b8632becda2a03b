/**
 * The shape of an owner-message case: one message an owner types into the configuration chat,
 * labelled with the single configuration action it should produce. Every owner-message set
 * (eval/config-intents-dev*.ts, eval/config-intents-heldout*.ts) is a list of these, scored by
 * eval/config-intents-meets.ts:
 *   - set_context: the business description is replaced; it must contain `contains`.
 *   - add_fact: one fact is added to what the assistant knows; it must contain `contains`.
 *   - create_article: a help article is created with title `title` (null: any title) and a body
 *     containing `contains`.
 *   - update_article: the article whose title is `target` is changed; its new text contains `contains`.
 *   - update_price: in article `target` (null: whichever holds it), the price of `item` becomes `price`.
 *   - archive_article: the article `target` is taken down.
 *   - add_escalation_rules: rules for handing a customer to a person; every string of `contains`
 *     is part of some rule (the situation, not who takes it).
 *   - add_synonyms: the two words customers use for one thing, lower case.
 *   - add_business_rule: an instruction to the assistant about how to behave; it contains `contains`.
 *   - analytics: a question about the assistant's figures over the last `days` days.
 *   - set_tone: the assistant's tone, described by `tone`.
 *   - set_agent_name: the assistant's name becomes `name`.
 *   - nothing: the message asks for no change (a question, a greeting, thanks).
 */

export type ExpectedIntent =
  | { kind: 'set_context'; contains: string }
  | { kind: 'add_fact'; contains: string }
  | { kind: 'create_article'; title: string | null; contains: string }
  | { kind: 'update_article'; target: string; contains: string }
  | { kind: 'update_price'; target: string | null; item: string; price: string }
  | { kind: 'archive_article'; target: string }
  | { kind: 'add_escalation_rules'; contains: string[] }
  | { kind: 'add_synonyms'; words: [string, string] }
  | { kind: 'add_business_rule'; contains: string }
  | {
      kind: 'analytics';
      metric:
        | 'conversations'
        | 'messages'
        | 'escalations'
        | 'escalationShare'
        | 'feedbackUp'
        | 'feedbackDown'
        | 'qaAverage'
        | 'summary';
      days: number;
    }
  | { kind: 'set_tone'; tone: string }
  | { kind: 'set_agent_name'; name: string }
  | { kind: 'nothing' };

export interface ConfigIntentCase {
  business: string;
  message: string;
  expect: ExpectedIntent;
}
