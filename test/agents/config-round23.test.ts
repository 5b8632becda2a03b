/**
 * Issue 13, round 23: owner messages of the blind dev set 10 that the configuration chat still
 * read wrongly: a name the owner corrects, and cases "referred to" a named role.
 */
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/agents/offline-config/grammar.ts';

describe('a name the owner corrects (round 23)', () => {
  it.each([
    ["Name the bot Hoppy — no, wait, Hoppy's naff — call it Barley.", 'Barley'],
    ['call the bot Max, actually make it Maxine', 'Maxine'],
    ['Call the bot Sunny', 'Sunny'],
  ])('%s', (message, name) => {
    expect(parseCommand(message)).toEqual({ kind: 'set_settings', patch: { branding: { agentName: name } } });
  });

  it('keeps the name when "actually" leads into another setting', () => {
    expect(parseCommand('Name the assistant Pip. Actually, the tone should be warm.')).toEqual({ kind: 'set_settings', patch: { branding: { agentName: 'Pip' }, tone: 'warm' } });
  });
});

describe('cases "referred to" a role (round 23)', () => {
  it.each([
    ['Please ensure that enquiries concerning plus-size sample availability are referred to our senior consultant, Mrs Hargreaves.', 'enquiries concerning plus-size sample availability'],
    ['Questions about wholesale orders are passed to the office manager.', 'Questions about wholesale orders'],
  ])('%s', (message, rule) => {
    expect(parseCommand(message)).toEqual({ kind: 'add_escalation_rules', rules: [rule] });
  });
});

describe('"publish the following under the heading …" is an article (round 23)', () => {
  it.each([
    ["Please publish the following under the heading 'Alterations': All alterations are carried out in-house by our seamstress, over three fittings.", 'Alterations', 'All alterations are carried out in-house by our seamstress, over three fittings.'],
    ['Post this under the title Parking: there are 12 spaces behind the shop.', 'Parking', 'there are 12 spaces behind the shop.'],
  ])('%s', (message, title, content) => {
    expect(parseCommand(message)).toEqual({ kind: 'create_article', title, content });
  });
});
