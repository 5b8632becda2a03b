/** Typo tolerance (issue 13): misspelled question words get their dictionary spellings as synonyms. */
import { beforeAll, describe, expect, it } from 'vitest';
import { extractAnswer } from '../../src/knowledge/extract-answer.ts';
import { loadSpelling, spellingGroups } from '../../src/knowledge/spelling.ts';
import { synonymTable } from '../../src/knowledge/synonyms.ts';

describe('spellingGroups', () => {
  beforeAll(async () => {
    await loadSpelling();
  });

  it('suggests dictionary words for misspelled ones only', async () => {
    expect(await spellingGroups('How long does delivery take?')).toEqual([]);
    const groups = await spellingGroups('How long does delivry take for my subscribtion?');
    expect(groups.map((g) => g[0])).toEqual(['delivry', 'subscribtion']);
    expect(groups[0]).toContain('delivery');
    expect(groups[1]).toContain('subscription');
  });

  it('lets a misspelled question be answered, and a wrong suggestion match nothing', async () => {
    const sources = [{ id: 'w', title: 'Warranty', text: 'Every grinder has a 2-year warranty against defects.' }];
    const question = 'How long is the warrenty on grinders?';
    expect(extractAnswer(question, sources)).toEqual([]);
    const synonyms = synonymTable(await spellingGroups(question));
    expect(extractAnswer(question, sources, { synonyms }).map((s) => s.text)).toEqual(['Every grinder has a 2-year warranty against defects.']);
    const unrelated = 'Do you sell zqxwv beans?';
    expect(extractAnswer(unrelated, sources, { synonyms: synonymTable(await spellingGroups(unrelated)) })).toEqual([]);
  });

  it('does not check pasted text word by word', async () => {
    expect(await spellingGroups(Array.from({ length: 40 }, (_, i) => `wrongwurd${String.fromCharCode(97 + (i % 26))}`).join(' '))).toEqual([]);
  });
});
