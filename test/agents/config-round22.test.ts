/**
 * Issue 13, round 22: owner messages of the blind dev set 10 (eval/config-intents-dev-10.ts) that
 * the configuration chat read wrongly, read as the owner meant.
 */
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/agents/offline-config/grammar.ts';

describe('"I want to hear about any …" is an escalation rule (round 22)', () => {
  it.each([
    ['i want to hear about any party bookings for more than 30 children because we have to close the whole side room for those', 'party bookings for more than 30 children'],
    ['I would wish to be informed personally of any complaint regarding a delayed gown, or of any request for a refund.', 'complaint regarding a delayed gown, or of any request for a refund'],
    ['i wanna hear abt any bad reviews or ppl threatening to leave one, n any refund requests', 'bad reviews or ppl threatening to leave one, n any refund requests'],
    ["I want to hear about any — what's it — any event bookings over a thousand quid. Sorry, over a grand.", 'event bookings over a thousand quid'],
  ])('%s', (message, rule) => {
    expect(parseCommand(message)).toEqual({ kind: 'add_escalation_rules', rules: [rule] });
  });

  it('leaves "we need to know about any allergies" a fact about the business', () => {
    expect(parseCommand('we need to know about any allergies before the party').kind).toBe('add_business_fact');
  });
});

describe('the tone as the owner lists it (round 22)', () => {
  it.each([
    ['Please make the assistant sound warm, patient and reassuring. A lot of the people writing in are worried relatives.', 'warm, patient and reassuring'],
    ['make it sound a bit mysterious n playful, like a gm would talk', 'a bit mysterious n playful'],
    ['Tone-wise, make it relaxed and friendly, a bit cheeky — not too cheeky.', 'relaxed and friendly, a bit cheeky'],
    ['the bot is waaay too formal rn can it be more chill and fun like how we actually talk in the shop', 'more chill and fun'],
    ['make the bot friendly, thanks', 'friendly'],
  ])('%s', (message, tone) => {
    expect(parseCommand(message)).toEqual({ kind: 'set_settings', patch: { tone } });
  });
});

describe('the item and the new price of a price change (round 22)', () => {
  it.each([
    ['Please be advised that the price of a veil fitting in our Services & Fees article has been revised to £45.', 'Services & Fees', 'veil fitting', '£45'],
    ['Our price list still says "Shampoo and set – £16" but that went up in April, it\'s £18 now.', '', 'Shampoo and set', '£18'],
    ['The tasting flight, the four thirds one, goes up to £9 — no, hang on, £9.50 — from the first of the month.', '', 'tasting flight', '£9.50'],
    ['In the Brewery Tours article, tour tickets are fifteen now, write it as £15, each.', 'Brewery Tours', 'tour tickets', '£15'],
  ])('%s', (message, target, item, price) => {
    expect(parseCommand(message)).toEqual({ kind: 'update_article_price', target, item, price });
  });
});

describe('the figure an analytics question asks for (round 22)', () => {
  it.each([
    ['Stats. Chats this week?', 'conversations', 7],
    ['Number handed over to me this month?', 'escalations', 30],
    ['are people actually giving it thumbs up over the last 90 days or is it just me thinking its good', 'feedbackUp', 90],
    ["May I ask how many times customers registered dissatisfaction with the assistant's answers this week?", 'feedbackDown', 7],
  ])('%s', (message, metric, days) => {
    expect(parseCommand(message)).toEqual({ kind: 'analytics', days, metric });
  });

  it('still reads "chats" in an instruction as no report', () => {
    expect(parseCommand('If anyone asks about chats with the owner, say she is away this week.').kind).not.toBe('analytics');
  });
});

describe('a page title after the words that name it (round 22)', () => {
  it.each([
    ['New article, title Brewery Tours. Tours run every Saturday at 1pm and 3pm and include four tasters.', 'Brewery Tours'],
    ['Make a help page, call it, um, Private Hire. The mezzanine holds up to fifty people standing.', 'Private Hire'],
  ])('%s', (message, title) => {
    const intent = parseCommand(message);
    expect(intent.kind).toBe('create_article');
    expect((intent as { title: string }).title).toBe(title);
  });
});

describe('two words said outright to be the same (round 22)', () => {
  it.each([
    ['people call the big frame all sorts the climbing frame the play frame but loads of the kids just say the jungle so jungle and frame mean the same thing', ['jungle', 'frame']],
    ["You may find that customers refer to a 'gown' as a 'dress'; the assistant ought to treat the two words as synonymous.", ['dress', 'gown']],
    ['People say growler and they mean the refill bottle — well, we call it a refill — so growler and refill are the same thing.', ['growler', 'refill']],
  ])('%s', (message, words) => {
    expect(parseCommand(message)).toEqual({ kind: 'add_synonyms', words });
  });
});

describe('nothing to change (round 22)', () => {
  it.each(['Checked the Prices article. All correct. Leave as is.', 'Good morning. I have the website open and will send things through shortly.'])('%s', (message) => {
    expect(parseCommand(message).kind).toBe('unclear');
  });

  it('still reads a change that leaves the rest alone', () => {
    expect(parseCommand('In the Prices article the wash is now £10, leave the rest as is.').kind).toBe('update_article_price');
  });
});

describe('a named page, then what to add after a colon (round 22)', () => {
  it.each([
    ['In Dogs in the Taproom, add: water bowls at the bar and free dog biscuits.', 'Dogs in the Taproom', 'water bowls at the bar and free dog biscuits.'],
    ["The article 'Ordering your gown' requires correction: the deposit is now 50% of the gown price.", 'Ordering your gown', 'the deposit is now 50% of the gown price.'],
    ["the 'what to bring' pg needs a line: no need to bring anything, just comfy shoes", 'what to bring', 'no need to bring anything, just comfy shoes'],
  ])('%s', (message, target, content) => {
    expect(parseCommand(message)).toEqual({ kind: 'update_article', target, patch: { content }, append: true });
  });
});

describe('a request in the README command form is read as written (round 22)', () => {
  it('keeps "Add an escalation rule: always escalate if …" an escalation rule, whatever the request classifier leans to', () => {
    expect(parseCommand('Add an escalation rule: always escalate if flowers for a funeral did not arrive in time for the service')).toEqual({
      kind: 'add_escalation_rules',
      rules: ['always escalate if flowers for a funeral did not arrive in time for the service'],
    });
  });
});
