import { describe, expect, it } from 'vitest';
import { composeSupportTurn } from '../../src/agents/offline-support.ts';
import type { SupportContext } from '../../src/agents/support-prompt.ts';
import { extractAnswer } from '../../src/knowledge/extract-answer.ts';
import { terms } from '../../src/knowledge/text.ts';

describe('a number and its unit typed as one (round 31 dev)', () => {
  it.each([
    ['a 48hr session', ['48', 'hour', 'session']],
    ['24hrs', ['24', 'hour']],
    ['10mins', ['10', 'minut']],
    ['3nights', ['3', 'night']],
  ])('"%s" is read apart', (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });

  it('a clock time and a code stay whole', () => {
    expect(terms('2pm')).toEqual(['2pm']);
    expect(terms('4x4')).toEqual(['4x4']);
  });

  it('"how much is a 48hr session on specimen" is answered by "48 hours £55"', () => {
    const sources = [
      { id: 'night', title: 'Night Fishing', text: 'Night fishing is allowed on Specimen Lake only, and it has to be booked.\nPrices on Specimen Lake (2 rods): 24 hours £30, 48 hours £55, 72 hours £75.\nArrive between 12 noon and 4pm on your first day.' },
      { id: 'learn', title: 'Learn to Fish with Liam', text: 'One-to-one sessions with Liam on weekdays - £40 for 2 hours.\nMax 6 kids per session so they all get proper help.' },
    ];
    expect(extractAnswer('how much is a 48hr session on specimen', sources).map((s) => s.text).join(' ')).toContain('£55');
  });
});

function reply(customerMessage: string, content: string): string {
  const context: SupportContext = {
    kind: 'support', agentName: 'Jude', tone: 'friendly', businessContext: 'Crate Expectations Records, Sheffield.', businessRules: '', escalationRules: [], synonyms: [], customerMessage,
    articles: [{ id: 'postage', title: 'Postage rates & dispatch', category: null, content }],
  };
  return (composeSupportTurn({ system: '', messages: [{ role: 'user', content: customerMessage }], context }) as { text: string }).text;
}

describe('a record shop\'s postage (round 31 dev)', () => {
  const postage =
    'UK (Royal Mail Tracked 48)\n1 LP - £4.95\nEach extra LP - add £1\nNeed it quicker? Tracked 24 is £2 extra.\n\nEUROPE (tracked, 5-10 working days)\n1st LP £13, each extra £2.50\n\nUSA & CANADA\n1st LP £18, each extra £3';

  it('"to the US" is the country; "TO US" in capitals and "tell us" are not', () => {
    expect(terms('What does it cost to ship one record to the US?')).toContain('usa');
    expect(terms('PLEASE SEND IT TO US')).not.toContain('usa');
    expect(terms('can you tell us the price')).not.toContain('usa');
    expect(reply('Hi from Ohio! What does it cost to ship one record to the US?', postage)).toContain('£18');
  });

  it('"faster" is "quicker"', () => {
    expect(reply("it's a birthday present and I've left it late - is there a faster postage option?", postage)).toContain('Tracked 24');
  });
});

describe('a holiday asked about, not the customer\'s occasion (round 31 dev)', () => {
  const fairs = { id: 'fairs', title: 'Record fairs & Record Store Day', text: 'Sheffield Record Fair, first Sunday of the month: 10am to 3pm.\nWe open at 8am on RSD.' };
  const shop = { id: 'shop', title: 'Shop FAQ', text: 'Shop open Tues-Sat 10am-6pm, closed Christmas Day and Boxing Day.' };

  it('"opening hours over christmas" is not answered by hours that say nothing of Christmas', () => {
    expect(extractAnswer('what are your opening hours over christmas', [fairs])).toEqual([]);
  });

  it('and is answered by a line that names Christmas', () => {
    expect(extractAnswer('what are your opening hours over christmas', [fairs, shop]).map((s) => s.text).join(' ')).toContain('Christmas Day');
  });
});

describe('a thing asked leave for, named nowhere (round 31 dev)', () => {
  const rules = { id: 'rules', title: 'Fishery Rules', text: 'Night fishing is allowed on Specimen Lake and Willow Lake only, and it has to be booked.\nKeepnets are allowed on Top Pool and Match Lake only.\nNo bait other than what we sell on Top Pool.' };

  it('"are bait boats allowed on the specimen lake" is not answered by what else is allowed there', () => {
    expect(extractAnswer('are bait boats allowed on the specimen lake', [rules])).toEqual([]);
  });

  it('a thing the rules name is answered', () => {
    expect(extractAnswer('are keepnets allowed on the match lake?', [rules]).map((s) => s.text).join(' ')).toContain('Keepnets are allowed');
  });
});
