/**
 * Issue 13, items 4 and 6, over real sockets: a business configured by chat (business context,
 * articles, the organization's own synonyms) answers its customers from what was entered; the
 * answers hold when unrelated content is added; an analytics question gets the figure it asks
 * for; synonyms are also editable through the JSON settings API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { api, chat } from './sse.ts';

describe('answers from what was configured by chat (issue 13)', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('uses a business context and an article added by chat to answer the obvious questions', async () => {
    const admin = await chat(server.url, server.managementKey, 'management');
    await admin.say('Set the business context to: Stride Shoes sells running shoes from our shop on Kirkgate in Leeds. The shop is open Monday to Saturday from 9am to 6pm.');
    const added = await admin.say('Add an article titled "Sizes" with content: Our sneakers come in EU sizes 36 to 47. Half sizes are not made.');
    expect(added.text).toContain('Added the article "Sizes"');
    const customer = await chat(server.url, server.customerKey, 'customer');
    expect((await customer.say('When is your shop open?')).text).toContain('Monday to Saturday from 9am to 6pm');
    expect((await customer.say('Which sizes do the sneakers come in?')).text).toContain('36 to 47');
    expect((await customer.say('Do you make half sizes?')).text).toContain('Half sizes are not made');
    await admin.say('Add a FAQ: Do you have parking? Yes, there is free parking behind the shop for 10 cars.');
    expect((await customer.say('Is there somewhere to park?')).text).toContain('free parking behind the shop');
  });

  it('learns an organization synonym by chat and answers with it', async () => {
    const customer = await chat(server.url, server.customerKey, 'customer');
    const before = await customer.say('Do you sell trainers?');
    const admin = await chat(server.url, server.managementKey, 'management');
    const taught = await admin.say("Customers say 'trainers' when they mean 'sneakers'");
    expect(taught.text).toContain('synonyms: (none) → "trainers = sneakers"');
    expect((await admin.say('List synonyms')).text).toContain('1. trainers = sneakers');
    const settings = await api(server.url, server.managementKey, 'GET', '/api/v1/management/settings');
    expect(settings.body.synonyms).toEqual([['trainers', 'sneakers']]);
    const search = await api(server.url, server.managementKey, 'GET', '/api/v1/management/knowledge?q=trainers');
    expect(search.body.articles.map((x: { title: string }) => x.title)).toEqual(['Sizes']);
    const after = await customer.say('Do trainers come in size 48?');
    expect(after.text).toContain('36 to 47');
    expect(before.text).not.toContain('36 to 47');
  });

  it('keeps answering the same when unrelated articles and context are added', async () => {
    const questions = ['When is your shop open?', 'Which sizes do the sneakers come in?', 'Do you make half sizes?'];
    const customer = await chat(server.url, server.customerKey, 'customer');
    const before: string[] = [];
    for (const q of questions) before.push((await customer.say(q)).text);
    const admin = await chat(server.url, server.managementKey, 'management');
    await admin.say('Add an article titled "Gift cards" with content: Gift cards are sold in any amount and never expire. They can be used in the shop and online.');
    await admin.say('Add an article titled "Care" with content: Clean your shoes with a soft brush and let them dry away from heat. The shop sells a care kit.');
    const after: string[] = [];
    for (const q of questions) after.push((await customer.say(q)).text);
    expect(after).toEqual(before);
  });

  it('answers an analytics question with the figure asked for', async () => {
    const customer = await chat(server.url, server.customerKey, 'customer');
    expect((await customer.say('I want to speak to a human please')).escalated).toBe(true);
    const admin = await chat(server.url, server.managementKey, 'management');
    const escalated = await admin.say('How many conversations were escalated this week?');
    expect(escalated.text).toMatch(/^1 conversation was escalated in the last 7 days \(\d+% of \d+ customer conversations\)\.$/);
    const report = await api(server.url, server.managementKey, 'GET', '/api/v1/management/analytics?days=7');
    expect(escalated.text).toContain(`of ${report.body.conversations} customer conversations`);
    const count = await admin.say('How many conversations did we have this week?');
    expect(count.text).toBe(`There were ${report.body.conversations} customer conversations in the last 7 days.`);
  });

  it('edits synonyms through the JSON settings API, validated', async () => {
    const ok = await api(server.url, server.managementKey, 'PATCH', '/api/v1/management/settings', { synonyms: [['hoodie', 'sweatshirt'], ['trainers', 'sneakers', 'runners']] });
    expect(ok.status).toBe(200);
    expect(ok.body.changes.map((c: { field: string }) => c.field)).toEqual(['synonyms']);
    expect(ok.body.settings.synonyms).toEqual([['hoodie', 'sweatshirt'], ['trainers', 'sneakers', 'runners']]);
    for (const synonyms of [[['alone']], 'trainers', [['x'.repeat(61), 'y']]]) {
      const bad = await api(server.url, server.managementKey, 'PATCH', '/api/v1/management/settings', { synonyms });
      expect(bad.status).toBe(400);
      expect(bad.body).toMatchObject({ code: expect.any(String), error: expect.any(String) });
    }
    const customer = await chat(server.url, server.customerKey, 'customer');
    expect((await customer.say('Do runners come in half sizes?')).text).toContain('Half sizes are not made');
  });
});
