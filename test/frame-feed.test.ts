import { describe, expect, it } from 'vitest';
import { FrameFeed, type EventSink } from '../src/runs/frame-feed.ts';

/** A sink that records writes, can refuse writes (backpressure) and be closed by the reader. */
function recordingSink(options: { capacity?: number } = {}) {
  const written: string[] = [];
  const calls: string[] = [];
  let drain: (() => void) | undefined;
  let close: (() => void) | undefined;
  let buffered = 0;
  const sink: EventSink = {
    write(chunk) {
      written.push(chunk);
      calls.push('write');
      buffered++;
      return options.capacity === undefined || buffered < options.capacity;
    },
    onceDrain(callback) {
      drain = callback;
    },
    end(lastChunk) {
      if (lastChunk !== undefined) written.push(lastChunk);
      calls.push(lastChunk === undefined ? 'end' : 'end+chunk');
    },
    onClose(callback) {
      close = callback;
    },
  };
  return {
    sink,
    written,
    calls,
    drain: () => {
      buffered = 0;
      const d = drain;
      drain = undefined;
      d?.();
    },
    close: () => close?.(),
  };
}

/** Pushes a frame and releases it at once, as a run does once the event is stored. */
function pushStored(feed: FrameFeed, frame: string): void {
  feed.push(frame);
  feed.release(feed.frames.length);
}

describe('FrameFeed', () => {
  it('delivers every frame in order; the final frames come with end() and the last one ends the response', () => {
    const feed = new FrameFeed();
    const r = recordingSink();
    feed.attach(r.sink, 0);
    pushStored(feed, 'a');
    pushStored(feed, 'b');
    feed.end('error', '[DONE]');
    expect(r.written).toEqual(['a', 'b', 'error', '[DONE]']);
    // The final frame rides with the end of the response: one write, not two.
    expect(r.calls).toEqual(['write', 'write', 'write', 'end+chunk']);
    expect(() => feed.end()).toThrow('end after end');

    const late = recordingSink();
    feed.attach(late.sink, 1);
    expect(late.written).toEqual(['b', 'error', '[DONE]']);
    expect(late.calls).toEqual(['write', 'write', 'end+chunk']);
  });

  it('waits for drain when a sink is full and resumes where it stopped', () => {
    const feed = new FrameFeed();
    const r = recordingSink({ capacity: 2 });
    feed.attach(r.sink, 0);
    for (const f of ['1', '2', '3']) pushStored(feed, f);
    feed.end('4');
    expect(r.written).toEqual(['1', '2']);
    r.drain();
    expect(r.written).toEqual(['1', '2', '3', '4']);
    expect(r.calls.at(-1)).toBe('end+chunk');
  });

  it('stops writing to a sink whose reader left, and ends nothing for it', () => {
    const feed = new FrameFeed();
    const r = recordingSink();
    feed.attach(r.sink, 0);
    pushStored(feed, '1');
    r.close();
    pushStored(feed, '2');
    feed.end();
    expect(r.written).toEqual(['1']);
    expect(r.calls).toEqual(['write']);
    expect(feed.subscriberCount).toBe(0);
  });

  it('ends every subscriber, however many, and one leaving mid-stream changes nothing for the others', () => {
    const feed = new FrameFeed();
    const sinks = [recordingSink(), recordingSink(), recordingSink()];
    for (const r of sinks) feed.attach(r.sink, 0);
    pushStored(feed, '1');
    sinks[1]!.close();
    pushStored(feed, '2');
    expect(feed.subscriberCount).toBe(2);
    feed.end('[DONE]');
    expect(sinks[0]!.written).toEqual(['1', '2', '[DONE]']);
    expect(sinks[1]!.written).toEqual(['1']);
    expect(sinks[2]!.written).toEqual(['1', '2', '[DONE]']);
    expect(sinks[2]!.calls.at(-1)).toBe('end+chunk');
    expect(feed.subscriberCount).toBe(0);
  });

  it('delivers a frame only once it is released (stored); end() releases the rest', () => {
    const feed = new FrameFeed();
    const r = recordingSink();
    feed.attach(r.sink, 0);
    feed.push('1');
    feed.push('2');
    feed.push('3');
    expect(r.written).toEqual([]);
    feed.release(2);
    expect(r.written).toEqual(['1', '2']);
    expect(feed.released).toBe(2);
    feed.release(1);
    expect(r.written).toEqual(['1', '2']);
    // A resume that attaches now gets what is released, then the rest as it is released.
    const late = recordingSink();
    feed.attach(late.sink, 1);
    expect(late.written).toEqual(['2']);
    feed.end('[DONE]');
    expect(r.written).toEqual(['1', '2', '3', '[DONE]']);
    expect(late.written).toEqual(['2', '3', '[DONE]']);
  });

  it('truncate() drops frames never released, so the final frames follow the last stored one', () => {
    const feed = new FrameFeed();
    const r = recordingSink();
    feed.attach(r.sink, 0);
    feed.push('1');
    feed.push('2');
    feed.release(1);
    feed.truncate(1);
    expect(feed.frames).toEqual(['1']);
    feed.end('error', '[DONE]');
    expect(r.written).toEqual(['1', 'error', '[DONE]']);
  });

  it('heartbeats only a sink that has everything released', () => {
    const feed = new FrameFeed();
    const r = recordingSink();
    feed.attach(r.sink, 0);
    feed.push('1');
    feed.heartbeat();
    expect(r.written).toEqual([': ping\n\n']);
    feed.release(1);
    feed.heartbeat();
    expect(r.written).toEqual([': ping\n\n', '1', ': ping\n\n']);
  });
});
