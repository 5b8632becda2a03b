/** The everyday vocabulary (round 17, issue 13): customers' words read as help centres write them. */
import { describe, expect, it } from 'vitest';
import { detectEscalation } from '../../src/agents/escalation.ts';
import { EVERYDAY_GROUPS, EVERYDAY_PHRASES } from '../../src/knowledge/everyday-lexicon.ts';
import { extractAnswer } from '../../src/knowledge/extract-answer.ts';
import { synonymsOf } from '../../src/knowledge/synonyms.ts';
import { stem, words } from '../../src/knowledge/text.ts';

const SALON = [
  { id: 'prices', title: 'Prices', text: '# Prices\n- Cut and finish: £38.\n- Students get 10% discount on Tuesdays.' },
  { id: 'repairs', title: 'Repairs', text: 'If your glasses are faulty within 12 months we repair them free.' },
  { id: 'hours', title: 'Opening hours', text: 'We close at 6pm on weekdays and 4pm on Saturdays.' },
];

describe('everyday phrases', () => {
  it('reads slang for a price, a discount, a fault and closing time as the words articles use', () => {
    expect(words('How much will a cut set me back?')).toContain('price');
    expect(words('Any chance of something knocked off for students?')).toContain('discount');
    expect(words("My glasses keep playing up")).toContain('faulty');
    expect(words('What time do you lock up on a Saturday?')).toContain('close');
  });

  it('reads a phrase whatever its contractions and hyphens', () => {
    expect(words("We can't make it on Friday")).toContain('cancel');
    expect(words('We cannot make it on Friday')).toContain('cancel');
    expect(words('Is there a pay-over-time option?')).toContain('instalment');
  });

  it('answers questions in those words from the lines that hold the facts', () => {
    expect(extractAnswer('Can I get anything knocked off as a student?', SALON).map((s) => s.text)).toContain('Students get 10% discount on Tuesdays.');
    expect(extractAnswer('What time do you lock up on a Saturday?', SALON).map((s) => s.sourceId)).toEqual(['hours']);
  });

  it('leaves what a question asks and a request for a person as written', () => {
    // Other readers look for these forms as written: the kind of value asked, a hand-over.
    for (const asked of ['how much is it', 'how old', 'where are you based', 'speak to someone', 'speak to a person', 'real person']) {
      expect(EVERYDAY_PHRASES.some(([phrase]) => phrase === asked)).toBe(false);
    }
    expect(detectEscalation('Can I speak to a person please?', [])).toBeDefined();
  });

  it('keeps phrases a business writes itself out of the table, so an article line keeps its words', () => {
    expect(words('Use the car park behind the shop')).toEqual(expect.arrayContaining(['car', 'park']));
    expect(words('Click and collect orders wait 7 days')).toContain('click');
  });
});

describe('everyday word groups', () => {
  it('joins British and American spellings and chat words to the help centre\'s word', () => {
    expect(synonymsOf(stem('nappy'))).toContain(stem('diaper'));
    expect(synonymsOf(stem('appt'))).toContain(stem('appointment'));
    expect(synonymsOf(stem('windshield'))).toContain(stem('windscreen'));
  });

  it('holds single lower-case words, no word in two groups, and no word with a second common sense', () => {
    const seen = new Set<string>();
    for (const group of EVERYDAY_GROUPS) {
      for (const w of group) {
        expect(w).toMatch(/^[a-z0-9]+$/);
        expect(seen.has(w)).toBe(false);
        seen.add(w);
      }
    }
    for (const ambiguous of ['vet', 'broke', 'tap', 'excess', 'shattered', 'bangs', 'rubbish']) expect(seen.has(ambiguous)).toBe(false);
  });
});

describe('"how much do you charge" asks an amount (round 17 dev)', () => {
  it('reads the charging as the asking, not a word the line must hold', () => {
    const garage = [
      { id: 'mot', title: 'MOT testing', text: '# MOT testing\nMOT .... £45 (the government maximum is £54.85)' },
      { id: 'battery', title: 'Car batteries', text: 'Free battery and charging system test, takes 5 minutes. Your old battery is recycled free of charge.' },
    ];
    expect(extractAnswer('How much do you charge to MOT a car?', garage).map((s) => s.sourceId)).toEqual(['mot']);
  });

  it('reads what a customer owes as a price, and a breakage as damage', () => {
    expect(words('If a few get smashed, what do we owe you?')).toContain('price');
    expect(synonymsOf(stem('breakages'))).toContain(stem('smashed'));
  });
});

describe('a ballpark is no park (round 18 dev)', () => {
  it('does not answer "Ballpark price?" with a parking line, and reads "what\'s the damage" as a price', () => {
    const garage = [
      { id: 'exhaust', title: 'Exhausts', text: 'Rear silencer (back box) .... from £85' },
      { id: 'about', title: 'About us', text: 'Free parking on site.' },
    ];
    expect(extractAnswer('Ballpark price for a back box?', garage).map((s) => s.sourceId)).not.toContain('about');
    expect(words("What's the damage to get it fixed?")).toContain('price');
  });
});
