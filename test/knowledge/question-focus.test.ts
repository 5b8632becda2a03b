/**
 * The question in a chatty message (issue 13, round 6): the sentences ending in "?" are what is
 * asked; the support composer asks them alone only when the whole message found no answer.
 */
import { describe, expect, it } from 'vitest';
import { composeSupportTurn } from '../../src/agents/offline-support.ts';
import type { SupportContext } from '../../src/agents/support-prompt.ts';
import { questionFocus, subQuestions } from '../../src/knowledge/question-focus.ts';

describe('questionFocus', () => {
  it('splits the story from the question, wherever the question sits', () => {
    expect(questionFocus("We've just moved here and I'm a bit nervous, honestly. Do you take beginners?")).toEqual({
      question: 'Do you take beginners?',
      story: "We've just moved here and I'm a bit nervous, honestly.",
    });
    expect(questionFocus('can I bring my own racket? mine is a bit special')).toEqual({
      question: 'can I bring my own racket?',
      story: 'mine is a bit special',
    });
  });

  it('splits a story joined to its question by a dash or a colon (round 7)', () => {
    expect(questionFocus('Not a complaint at all, just planning ahead - would we get a refund if we cancel?')).toEqual({
      question: 'would we get a refund if we cancel?',
      story: 'Not a complaint at all, just planning ahead',
    });
    expect(questionFocus('No need for a manager, just curious: how long do you keep my phone?').question).toBe('how long do you keep my phone?');
    // A clock time or a hyphenated word is not a join.
    expect(questionFocus('Is the 9:30 class a drop-in one?')).toEqual({ question: 'Is the 9:30 class a drop-in one?', story: '' });
  });

  it('leaves a message alone when it is all question or has no question mark', () => {
    expect(questionFocus('How much is a court for an hour?')).toEqual({ question: 'How much is a court for an hour?', story: '' });
    expect(questionFocus('Is it open? Is it busy?')).toEqual({ question: 'Is it open? Is it busy?', story: '' });
    expect(questionFocus('I want to know the price of a court')).toEqual({ question: 'I want to know the price of a court', story: '' });
  });
});

function reply(customerMessage: string): string {
  const context: SupportContext = {
    kind: 'support',
    agentName: 'Ace',
    tone: 'friendly',
    businessContext: 'Northside Tennis Club has six courts in Harrogate.',
    businessRules: '',
    escalationRules: [],
    synonyms: [],
    customerMessage,
    articles: [
      {
        id: 'a1',
        title: 'Coaching',
        category: null,
        content: 'Group coaching for adults runs on Tuesday evenings and costs £12 per session.\nPrivate lessons cost £35 an hour.',
      },
      { id: 'a2', title: 'Booking a court', category: null, content: 'Members can book courts up to 7 days ahead in the app.' },
    ],
  };
  return (composeSupportTurn({ system: '', messages: [{ role: 'user', content: customerMessage }], context }) as { text: string }).text;
}

describe('the support composer on a chatty message', () => {
  it('answers the question when the story around it sinks the whole message', () => {
    const story = "My partner keeps beating me every weekend and frankly it's getting embarrassing. How much are private lessons?";
    expect(reply(story)).toContain('£35 an hour');
  });

  it('still says it does not know when the question itself is not answered', () => {
    const story = 'My partner keeps beating me every weekend and it is getting embarrassing. Do you sell grip tape?';
    expect(reply(story)).toMatch(/don't know/);
  });
});

describe('a message asking two things (round 9 dev)', () => {
  it('splits joined questions, keeping a single question whole', () => {
    expect(subQuestions("When can I pick them up and what's the charge for collecting?")).toEqual(['When can I pick them up', "what's the charge for collecting?"]);
    expect(subQuestions('How much is it? And how long does it take?')).toEqual(['How much is it?', 'And how long does it take?']);
    expect(subQuestions('Can I bring my dog and my cat?')).toEqual(['Can I bring my dog and my cat?']);
  });

  it('answers both questions, and still says it does not know when neither is answered', () => {
    const both = reply('How much are private lessons and how far ahead can I book a court?');
    expect(both).toContain('£35 an hour');
    expect(both).toContain('7 days ahead');
    expect(reply('Do you sell grip tape, and can I restring my racket there?')).toMatch(/don't know/);
  });
});

describe('a question about something no page names (round 10 dev)', () => {
  it('says it does not know when the question names nothing offered, whatever the story around it shares', () => {
    expect(reply('Do you have a loyalty scheme for members? I book courts in the app up to 7 days ahead.')).toMatch(/don't know/);
    // "Do you have to…" is no offer question; "do you have … downstairs" asks about the thing, not where.
    expect(reply('Do you have to book courts ahead?')).toContain('7 days ahead');
    expect(reply('Do you have private lessons upstairs?')).toContain('£35 an hour');
  });
});

describe('questionFocus: a story joined to its question by a comma (round 15)', () => {
  it('reads the clause before the comma as the story, but keeps a condition with its question', () => {
    expect(questionFocus('Taking my mum out on Sunday, what time do you shut?')).toEqual({ question: 'what time do you shut?', story: 'Taking my mum out on Sunday' });
    expect(questionFocus('My mate smoked in the cab on the way back, will I get charged for that?')).toEqual({ question: 'will I get charged for that?', story: 'My mate smoked in the cab on the way back' });
    const conditional = 'If we upgrade from Team to Business halfway through, do we pay the difference straight away?';
    expect(questionFocus(conditional)).toEqual({ question: conditional, story: '' });
    expect(questionFocus('Hi, do you open on Sundays?')).toEqual({ question: 'Hi, do you open on Sundays?', story: '' });
  });
});

describe('a lead-in before "but" (round 22, dev)', () => {
  it('reads "Old fashioned question but can I still pay by cheque?" as the question after "but"', () => {
    expect(questionFocus('Old fashioned question but can I still pay you by cheque?')).toEqual({ question: 'can I still pay you by cheque?', story: 'Old fashioned question' });
  });

  it('leaves a "but" inside the question alone', () => {
    expect(questionFocus('Can I come but bring my dog?')).toEqual({ question: 'Can I come but bring my dog?', story: '' });
  });
});
