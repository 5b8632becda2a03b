import { describe, expect, it } from 'vitest';
import SQLite from 'better-sqlite3';
import { pino } from 'pino';
import { EventWriter } from '../src/runs/event-writer.ts';
import { withStatementCache } from '../src/storage/create-store.ts';
import type { ReplyEventRow, Store } from '../src/storage/types.ts';

function fakeStore(failFirst = false) {
  const calls: ReplyEventRow[][] = [];
  let fail = failFirst;
  const store = {
    async appendReplyEvents(rows: ReplyEventRow[]) {
      if (fail) {
        fail = false;
        throw new Error('disk full');
      }
      calls.push(rows);
    },
  } as unknown as Store;
  return { store, calls };
}

describe('EventWriter', () => {
  it('writes the events of all runs queued in one tick with one call', async () => {
    const { store, calls } = fakeStore();
    const writer = new EventWriter(store, pino({ level: 'silent' }), 10);
    writer.enqueue('a', { seq: 1, data: 'x' });
    writer.enqueue('b', { seq: 1, data: 'y' });
    writer.enqueue('a', { seq: 2, data: 'z' });
    await new Promise((r) => setTimeout(r, 40));
    expect(calls).toHaveLength(1);
    expect(calls[0]!.map((r) => `${r.messageId}${r.seq}`)).toEqual(['a1', 'b1', 'a2']);
  });

  it('take() hands a run its unwritten events in order, after any write under way', async () => {
    const { store, calls } = fakeStore();
    const writer = new EventWriter(store, pino({ level: 'silent' }), 1000);
    writer.enqueue('a', { seq: 1, data: 'x' });
    const writing = writer.flush();
    writer.enqueue('a', { seq: 3, data: 'w' });
    writer.enqueue('a', { seq: 2, data: 'z' });
    writer.enqueue('b', { seq: 1, data: 'y' });
    expect(await writer.take('a')).toEqual([
      { seq: 2, data: 'z' },
      { seq: 3, data: 'w' },
    ]);
    await writing;
    await writer.flush();
    expect(calls.flat().map((r) => `${r.messageId}${r.seq}`)).toEqual(['a1', 'b1']);
  });

  it('keeps events whose write failed and gives them back to take()', async () => {
    const { store } = fakeStore(true);
    const writer = new EventWriter(store, pino({ level: 'silent' }), 1000);
    writer.enqueue('a', { seq: 1, data: 'x' });
    await writer.flush();
    expect(await writer.take('a')).toEqual([{ seq: 1, data: 'x' }]);
  });
});

describe('EventWriter: stored before seen', () => {
  it('releases an event to its feed only after the write that stores it has committed', async () => {
    let commit!: () => void;
    const written: ReplyEventRow[][] = [];
    const store = {
      appendReplyEvents(rows: ReplyEventRow[]) {
        written.push(rows);
        return new Promise<void>((resolve) => (commit = resolve));
      },
    } as unknown as Store;
    const released: string[] = [];
    const feed = (id: string) => ({ release: (seq: number) => released.push(`${id}${seq}`) });
    const writer = new EventWriter(store, pino({ level: 'silent' }), 1);
    writer.enqueue('a', { seq: 1, data: 'x' }, feed('a'));
    writer.enqueue('b', { seq: 1, data: 'y' }, feed('b'));
    await new Promise((r) => setTimeout(r, 20));
    expect(written).toHaveLength(1);
    expect(released).toEqual([]);
    // Queued while a write is under way: waits for it, then goes in the next write.
    writer.enqueue('a', { seq: 2, data: 'z' }, feed('a'));
    await new Promise((r) => setTimeout(r, 20));
    expect(written).toHaveLength(1);
    commit();
    await new Promise((r) => setTimeout(r, 20));
    expect(released).toEqual(['a1', 'b1']);
    expect(written).toHaveLength(2);
    expect(written[1]!.map((r) => `${r.messageId}${r.seq}`)).toEqual(['a2']);
    commit();
    await new Promise((r) => setTimeout(r, 5));
    expect(released).toEqual(['a1', 'b1', 'a2']);
  });

  it('never releases events whose write failed; they are written again', async () => {
    const { store, calls } = fakeStore(true);
    const released: number[] = [];
    const writer = new EventWriter(store, pino({ level: 'silent' }), 1);
    writer.enqueue('a', { seq: 1, data: 'x' }, { release: (seq) => released.push(seq) });
    await writer.flush();
    expect(released).toEqual([]);
    await new Promise((r) => setTimeout(r, 120));
    expect(calls.flat().map((r) => r.seq)).toEqual([1]);
    expect(released).toEqual([1]);
  });
});

describe('statement cache', () => {
  it('reuses prepared statements and stays bounded', () => {
    const db = withStatementCache(new SQLite(':memory:'), 2);
    const a = db.prepare('select 1 as v');
    expect(db.prepare('select 1 as v')).toBe(a);
    db.prepare('select 2 as v');
    db.prepare('select 3 as v');
    expect(db.prepare('select 1 as v')).not.toBe(a);
    expect(db.prepare('select 3 as v').get()).toEqual({ v: 3 });
    db.close();
  });
});
