/**
 * Issue 13, round 13, over real sockets: a business configured by chat in its owner's own words —
 * the instruction last, the thing first, a reason tacked on, the hand-over told as "I want to
 * know about it" — answers, hands over and forgets as the owner meant. The forms come from the
 * blind dev set eval/config-intents-dev.ts (`node dist/eval/config-intents-eval.js` scores all
 * 260 of its messages against the grammar alone).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/agents/offline-config/grammar.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { api, chat } from './sse.ts';

describe('configuration in the owner’s own words (round 13)', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('introduces the business, adds articles told last and first, and answers from them', async () => {
    const admin = await chat(server.url, server.managementKey, 'management');
    const intro = await admin.say("hi! we're Muddy Paws, a small dog grooming salon in Hebden Bridge. we do full grooms, bath & brush and nail clips.");
    expect(intro.text).toContain('business context');
    const last = await admin.say('Class passes\nDrop in £12\n5 class pass £55\n10 class pass £100\n\nmake that a new article pls');
    expect(last.text).toContain('Added the article "Class passes"');
    const first = await admin.say("Put up an article on quiet hours, we're strict about it: quiet from 10:30pm to 8am, no music after that");
    expect(first.text).toContain('Added the article "Quiet hours"');
    const customer = await chat(server.url, server.customerKey, 'customer');
    expect((await customer.say('How much is a 10 class pass?')).text).toContain('£100');
    expect((await customer.say('What time do the quiet hours start?')).text).toContain('10:30pm');
  });

  it('changes a price in whichever article lists it, when the owner names no article', async () => {
    const admin = await chat(server.url, server.managementKey, 'management');
    const changed = await admin.say('10 class pass is now £110');
    expect(changed.text).toContain('£100 is now £110');
    const listed = await api(server.url, server.managementKey, 'GET', '/api/v1/management/knowledge?q=class%20pass');
    expect(listed.body.articles[0].content).toContain('10 class pass £110');
    const unknown = await admin.say('the deluxe spa groom is now £80');
    expect(unknown.text).toContain('Nothing was changed');
  });

  it('takes an article down when the owner says the service has stopped', async () => {
    const admin = await chat(server.url, server.managementKey, 'management');
    await admin.say('Add an article titled "Cat grooming" with content: We groom cats on Tuesdays for £40.');
    const customer = await chat(server.url, server.customerKey, 'customer');
    expect((await customer.say('Do you groom cats?')).text).toContain('Tuesdays');
    const removed = await admin.say("we don't do cat grooming any more, can you take that page down");
    expect(removed.text).toContain('Archived the article "Cat grooming"');
    expect((await customer.say('Do you groom cats?')).text).not.toContain('Tuesdays');
  });

  it('hands over what the owner wants to hear about, told in the owner’s words', async () => {
    const admin = await chat(server.url, server.managementKey, 'management');
    const rule = await admin.say('if someone says their dog has been hurt or cut I want to know about it straight away');
    expect(rule.text).toContain('their dog has been hurt or cut');
    const customer = await chat(server.url, server.customerKey, 'customer');
    const hurt = await customer.say('My dog came home from the groom with a cut on her ear');
    expect(hurt.escalated).toBe(true);
  });

  it('adds a pasted help page by its heading, and a line to it without losing the rest', async () => {
    const admin = await chat(server.url, server.managementKey, 'management');
    const page = await admin.say('# Vaccinations\n\n## Dogs\n- Primary course (2 injections): £85\n- Annual booster: £55\n\n## Cats\n- Annual booster: £52');
    expect(page.text).toContain('Added the article "Vaccinations"');
    const added = await admin.say('In Vaccinations can you add that kennel cough is £38');
    expect(added.text).toContain('Added to the article "Vaccinations"');
    const listed = await api(server.url, server.managementKey, 'GET', '/api/v1/management/knowledge?q=vaccinations');
    const content: string = listed.body.articles[0].content;
    expect(content).toContain('Annual booster: £55');
    expect(content).toContain('Kennel cough is £38.');
    const customer = await chat(server.url, server.customerKey, 'customer');
    expect((await customer.say("what's the annual booster for a dog?")).text).toContain('£55');
  });

  it.each([
    ['Our deliveries go to Scotland', 'add_business_fact'],
    ['show me the escalated conversations', 'list_conversations'],
    ["Don't give quotes in the chat, say we need to see the job first", 'add_business_rule'],
    ['what % of chats got handed over in the last 30 days', 'analytics'],
  ])('reads %j as %s', (message, kind) => {
    expect(parseCommand(message).kind).toBe(kind);
  });
});
