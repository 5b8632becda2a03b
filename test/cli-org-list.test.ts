/**
 * `parley org list` through the real process, on both engines: a table (id, slug, name,
 * credits, created) with aligned columns, `--json`, oldest first, and an empty database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES, type TestDatabase } from './helpers/databases.ts';
import { runCli } from './helpers/process.ts';

describe.each(DATABASES)('parley org list on $name', ({ create }) => {
  let db: TestDatabase;
  const parley = async (...args: string[]) => {
    const result = await runCli(args, { DATABASE_URL: db.url });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    return result.stdout;
  };

  beforeAll(async () => {
    db = await create();
  });
  afterAll(() => db.cleanup());

  it('says so when there is no organization', async () => {
    expect(await parley('org', 'list')).toBe('No organizations.\n');
    expect(JSON.parse(await parley('org', 'list', '--json'))).toEqual([]);
  });

  it('lists every organization, oldest first, as a table and as JSON', async () => {
    const acme = JSON.parse(await parley('org', 'create', '--name', 'Acme Support', '--credits', '500', '--json'));
    const bikes = JSON.parse(await parley('org', 'create', '--name', 'Fjord Bikes & Co', '--slug', 'bikes', '--json'));

    const listed = JSON.parse(await parley('org', 'list', '--json')) as Record<string, unknown>[];
    expect(listed).toEqual([
      { id: acme.orgId, slug: 'acme-support', name: 'Acme Support', credits: 500, createdAt: expect.any(String) },
      { id: bikes.orgId, slug: 'bikes', name: 'Fjord Bikes & Co', credits: null, createdAt: expect.any(String) },
    ]);
    expect(Date.parse(listed[0]!.createdAt as string)).toBeLessThanOrEqual(Date.parse(listed[1]!.createdAt as string));

    const lines = (await parley('org', 'list')).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]!.split(/\s{2,}/)).toEqual(['ID', 'SLUG', 'NAME', 'CREDITS', 'CREATED']);
    expect(lines[1]!.split(/\s{2,}/)).toEqual([acme.orgId, 'acme-support', 'Acme Support', '500', listed[0]!.createdAt]);
    expect(lines[2]!.split(/\s{2,}/)).toEqual([bikes.orgId, 'bikes', 'Fjord Bikes & Co', 'unlimited', listed[1]!.createdAt]);
    // Columns line up: each starts at the same place on every line.
    for (const column of ['SLUG', 'NAME', 'CREDITS', 'CREATED']) {
      const at = lines[0]!.indexOf(column);
      expect(lines.slice(1).map((line) => line[at - 1] === ' ' && line[at] !== ' ')).toEqual([true, true]);
    }
  });
});
