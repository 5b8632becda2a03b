import { describe, expect, it } from 'vitest';
import { detectEscalation } from '../../src/agents/escalation.ts';
import { escalatingBusinessRules, handOverIntro } from '../../src/agents/business-rules-handovers.ts';
import { parseRule, ruleMatches } from '../../src/agents/escalation-rules.ts';
import { handoffRequest } from '../../src/agents/handoff-request.ts';

// A tattoo studio's notes (round 30 dev): the hand-over heading says what to do after a dash, and
// its items are arrows.
const STUDIO_RULES = `CHAT NOTES – READ ME!! (Sam)

General
- Keep it chill & friendly.
- No medical advice.

GET ONE OF US – flag it & tell them someone from the studio will get back to them, don't try and sort it yourself:
-> anything that sounds like an infection or allergic reaction (hot, swelling/redness spreading, pus)
-> anyone asking for their deposit back or a refund – whatever the reason, even if it's a sad story`;

describe('hand-over lists as a tattoo studio writes them (round 30 dev)', () => {
  it('"GET ONE OF US – flag it & tell them …:" introduces a list: what to do follows the dash', () => {
    expect(handOverIntro("GET ONE OF US – flag it & tell them someone from the studio will get back to them, don't try and sort it yourself:")).toBe(true);
    expect(handOverIntro('Get one of us involved if:')).toBe(true);
    expect(handOverIntro('Prices – see the price guide:')).toBe(false);
  });

  it('reads items bulleted with arrows', () => {
    expect(escalatingBusinessRules(STUDIO_RULES)).toEqual([
      'anything that sounds like an infection or allergic reaction (hot, swelling/redness spreading, pus)',
      "anyone asking for their deposit back or a refund – whatever the reason, even if it's a sad story",
    ]);
  });

  it('"– whatever the reason, even if it\'s a sad story" is how a request comes, not words it must say', () => {
    const rule = "anyone asking for their deposit back or a refund – whatever the reason, even if it's a sad story";
    expect(ruleMatches(rule, "I've lost my job and can't afford it any more, could I have a refund please")).toBe(true);
    expect(parseRule(rule).alternatives.flatMap((a) => [...a.required, ...a.partial])).not.toContain('stori');
  });

  it('hands over an infected tattoo from the list', () => {
    const rules = escalatingBusinessRules(STUDIO_RULES);
    expect(detectEscalation("got my ribs done on saturday and now it's hot, there's an infection I think, pus coming out", rules)).toBeDefined();
  });
});

describe('a dash and two short alternatives end a rule: whom it befalls (round 30 dev)', () => {
  const rule = 'Any fall, accident or injury – rider or horse';

  it.each([
    'Is full livery cheaper for a small pony than for a horse?',
    "I'm 6ft 4 - will you actually have a horse big enough for me??",
  ])('"%s" is no fall, accident or injury', (message) => {
    expect(ruleMatches(rule, message)).toBe(false);
  });

  it('a fall or an injury still is', () => {
    expect(ruleMatches(rule, 'my daughter had a fall off her pony in the lesson today')).toBe(true);
    expect(ruleMatches(rule, 'the horse I rode has an injury on his leg, it was bleeding')).toBe(true);
  });
});

describe('asking how long a reply takes is no request for a person (round 30 dev)', () => {
  it('"how long does it usually take for someone to get back to me?"', () => {
    expect(handoffRequest('I sent the enquiry form yesterday, how long does it usually take for someone to get back to me?')).toBeUndefined();
  });

  it('"please get back to me" still is', () => {
    expect(handoffRequest('can someone please get back to me about my booking')).toBeDefined();
  });
});

describe('business-rule sentences that hand nothing over (round 30 dev)', () => {
  const notes = "* NEVER confirm a booking. Send them to the online booking page or the office (01373 462 190).\nIf in doubt, pass it on – I'd rather see it than not.\nSend it to Claire if a horse is lame.";

  it('"Send them to the online booking page …" sends the customer somewhere; "If in doubt, pass it on" names no situation', () => {
    expect(escalatingBusinessRules(notes)).toEqual(['a horse is lame']);
  });

  it('"I doubt I can make Saturday" is handed over by no rule of these notes', () => {
    expect(detectEscalation('I doubt I can make Saturday, can I move my lesson?', escalatingBusinessRules(notes))).toBeUndefined();
  });
});

describe('"GET ME OR JESS (…) if:" over a starred list (round 30 dev)', () => {
  const notes = `- Keep it friendly and relaxed.

GET ME OR JESS (don't try and sort it yourself) if:
* complaints about an instructor or the boat crew
* hire kit that's been lost or damaged while they had it

Cheers!`;

  it('is an intro, and its items are rules', () => {
    expect(handOverIntro("GET ME OR JESS (don't try and sort it yourself) if:")).toBe(true);
    expect(handOverIntro('Get us a coffee:')).toBe(false);
    expect(escalatingBusinessRules(notes)).toEqual(['complaints about an instructor or the boat crew', "hire kit that's been lost or damaged while they had it"]);
  });
});

describe('hand-overs told in prose (round 30 dev)', () => {
  const notes = `Hello lovely, thank you so much for looking after our messages! Please always be warm and kind.

Deposit is 50% when ordering, balance on arrival.

Now the important bit. There are some conversations I always want to have myself, so please don't try to resolve these - just reassure her that I'll personally be in touch, and leave me a note. That's anyone wanting to cancel an order or asking for money back, anyone whose dress has arrived wrong in any way, whether it's the size, colour or style, and anything about a stain. Same goes if a bride isn't happy with her alterations, or if the wedding date has been brought forward, because I'll need to ring the designer. And if anyone was made to feel uncomfortable by one of us at an appointment, I really want to hear that directly.

Everything else you can happily answer. Thank you! Charlotte x`;

  it('the sentences after "conversations I always want to have myself" are the situations, case by case', () => {
    expect(escalatingBusinessRules(notes)).toEqual([
      'anyone wanting to cancel an order or asking for money back',
      'anyone whose dress has arrived wrong in any way',
      'anything about a stain',
      "a bride isn't happy with her alterations",
      'the wedding date has been brought forward',
      'anyone was made to feel uncomfortable by one of us at an appointment',
    ]);
  });

  it('hands over a stain and a date moved; not what colours there are', () => {
    const rules = escalatingBusinessRules(notes);
    expect(detectEscalation("picked my dress up on saturday and there's a mark on the skirt, looks like a stain", rules)).toBeDefined();
    expect(detectEscalation("the venue has moved us and our wedding date has been brought forward to April, help!", rules)).toBeDefined();
    expect(detectEscalation('What colour options do your bridesmaid dresses come in?', rules)).toBeUndefined();
  });

  it('without the sentence that keeps the cases, "That\'s …" lists nothing', () => {
    expect(escalatingBusinessRules("Our prices are on the website. That's anyone wanting a dress from our sample sale.")).toEqual([]);
  });
});
