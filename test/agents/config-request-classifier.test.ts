/**
 * Issue 13, round 16: the configuration grammar's fitted layer (request-classifier.ts, weights
 * fitted by eval/fit-config-intents.ts on the DEV owner-message sets). A new author writes forms
 * the grammar was never shown ("Fact for the bot, from the Ts&Cs page: …", "Bot must to know
 * that …"); the layer names the kind of request and request-slots.ts fills its values. Checked
 * in process (the reading, and that the layer is what reads it) and over real sockets (the change
 * is made and the support agent uses it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import weights from '../../src/agents/offline-config/config-intent-weights.json' with { type: 'json' };
import { parseCommand } from '../../src/agents/offline-config/grammar.ts';
import { classifyRequest, layerOff, MODEL, REQUEST_KINDS } from '../../src/agents/offline-config/request-classifier.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { api, chat } from './sse.ts';

/** The grammar alone: thresholds no probability reaches. */
const GRAMMAR_ALONE = layerOff(MODEL);

describe('the request classifier (round 16)', () => {
  it('holds one weight per kind for every feature, and thresholds a probability can reach', () => {
    expect(weights.bias).toHaveLength(REQUEST_KINDS.length);
    for (const row of Object.values(weights.weights)) expect(row).toHaveLength(REQUEST_KINDS.length);
    for (const t of [weights.threshold, weights.unclearThreshold, weights.otherThreshold]) {
      expect(t).toBeGreaterThan(0);
      expect(t).toBeLessThan(1);
    }
  });

  it.each([
    ['Rule for the bot: never quote a price over the phone', 'add_business_rule'],
    ['If a customer is threatening to sue, pass them to me', 'add_escalation_rules'],
    ['how many chats did we have this month?', 'analytics'],
    ['Customers say "jabs" when they mean vaccinations', 'add_synonyms'],
  ])('names the kind of %j: %s', (message, kind) => {
    expect(classifyRequest(message).kind).toBe(kind);
  });

  it.each([
    ['Fact for the bot, from the Ts&Cs page: the minimum age is 8.', { kind: 'add_business_fact', fact: 'The minimum age is 8.' }],
    ['Information for bot: we are accepting only card payment, no cash from this month.', { kind: 'add_business_fact', fact: 'We are accepting only card payment, no cash from this month.' }],
    ['Rule for the bot pls: never guarantee a specific flower variety', { kind: 'add_business_rule', rule: 'never guarantee a specific flower variety' }],
    ['Bot never must say the car will be ready in exact time, always say "around".', { kind: 'add_business_rule', rule: 'never must say the car will be ready in exact time, always say "around".' }],
    ['If customer say we made damage on the car, scratch or something, bot must give to me, not answer itself.', { kind: 'add_escalation_rules', rules: ['we made damage on the car, scratch or something'] }],
  ])('reads %j, which the grammar alone cannot', (message, intent) => {
    expect(parseCommand(message)).toEqual(intent);
    expect(parseCommand(message, GRAMMAR_ALONE)).not.toEqual(intent);
  });

  it('leaves a reading it is not sure of, and a fact it would only read as something vaguer', () => {
    // "£5m" is no price to change, and the grammar's fact stands.
    expect(parseCommand("we're insured up to £5m public liability, pls add")).toEqual(parseCommand("we're insured up to £5m public liability, pls add", GRAMMAR_ALONE));
    expect(parseCommand('Set the tone to friendly')).toEqual({ kind: 'set_settings', patch: { tone: 'friendly' } });
    // A name and a tone read together are no one kind the layer could put in their place.
    expect(parseCommand('Could you call the assistant Sooty? and keep the tone friendly and down to earth')).toEqual({ kind: 'set_settings', patch: { branding: { agentName: 'Sooty' }, tone: 'friendly and down to earth' } });
    // A rule that tells the bot what to say is not a hand-over: "get in touch" hands nobody on.
    expect(parseCommand('only talk to parents or guardians about bookings. if it sounds like a child is messaging, say a grown up needs to get in touch').kind).toBe('add_business_rule');
  });

  it('titles a page by the quoted title after what names it, and a pasted page by its first line', () => {
    const headed = parseCommand('Please add an article headed "Making Tax Digital for Income Tax".\n\nContent: From April 2026, sole traders must keep digital records.');
    expect(headed).toMatchObject({ kind: 'create_article', title: 'Making Tax Digital for Income Tax' });
    const quoted = parseCommand('New article pls - "Wedding Flowers". Here\'s the info:\n- consultations are free\n- we book up 12-18 months ahead');
    expect(quoted).toMatchObject({ kind: 'create_article', title: 'Wedding Flowers' });
    expect((quoted as { content: string }).content.startsWith('- consultations are free')).toBe(true);
    // A quoted phrase inside the title is no title of its own.
    expect(parseCommand('New article: Our "no quibble" returns policy - bring it back within 30 days for a full refund.')).toMatchObject({ kind: 'create_article', title: 'Our "no quibble" returns policy' });
    const pasted = parseCommand('Please add this page from our site as a help article:\n\nHOW TO BOOK\nBook online. Choose your room, date and time slot.\nArrive 15 minutes early.');
    expect(pasted).toMatchObject({ kind: 'create_article', title: 'HOW TO BOOK' });
  });

  it('reads a tone word with its partner: "professional and courteous", "gentle & friendly"', () => {
    expect(parseCommand('We would prefer the assistant to adopt a professional and courteous tone at all times.')).toEqual({ kind: 'set_settings', patch: { tone: 'professional and courteous' } });
    expect(parseCommand("Tone-wise I'd like it to be gentle & friendly - not gushy, not salesy.")).toEqual({ kind: 'set_settings', patch: { tone: 'gentle & friendly' } });
  });
});

describe('requests only the fitted layer reads, over real sockets (round 16)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('stores a fact, a rule and a hand-over told in a new author’s words, and the support agent uses them', async () => {
    const admin = await chat(server.url, server.managementKey, 'management');
    const fact = await admin.say('Fact for the bot, from the Ts&Cs page: the minimum age is 8.');
    expect(fact.text).toContain('The minimum age is 8');
    const handover = await admin.say('If customer say we made damage on the car, bot must give to me, not answer itself.');
    expect(handover.text).toContain('we made damage on the car');
    const rules = await api(server.url, server.managementKey, 'GET', '/api/v1/management/settings');
    expect(JSON.stringify(rules.body)).toContain('we made damage on the car');
    const customer = await chat(server.url, server.customerKey, 'customer');
    expect((await customer.say('What is the minimum age?')).text).toContain('8');
    const damaged = await chat(server.url, server.customerKey, 'customer');
    expect((await damaged.say('You made damage on my car when you cleaned it, there is a long scratch on the door')).escalated).toBe(true);
  });
});
