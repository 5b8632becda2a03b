/**
 * The live JS heap of a child process, read through its inspector (the child runs with
 * `--inspect=127.0.0.1:0`): two full collections (`HeapProfiler.collectGarbage`), then
 * `Runtime.getHeapUsage`. Unlike an RSS difference it holds no uncollected garbage, so the
 * difference of two readings is what the objects between them keep alive.
 *
 * Needs a WebSocket client: Node 22 has one; Node 20 needs `--experimental-websocket`, which
 * `npm run bench` passes.
 */

/** The `ws://` address the child printed ("Debugger listening on ws://…"), once it has. */
export function inspectorUrl(output: string): string | undefined {
  return /Debugger listening on (ws:\/\/\S+)/.exec(output)?.[1];
}

export async function liveHeapBytes(url: string, timeoutMs = 30_000): Promise<number> {
  if (typeof WebSocket === 'undefined') throw new Error('no WebSocket client: run node with --experimental-websocket');
  const ws = new WebSocket(url);
  const pending = new Map<number, (result: unknown) => void>();
  let nextId = 0;
  const call = (method: string) =>
    new Promise<unknown>((resolve) => {
      const id = ++nextId;
      pending.set(id, resolve);
      ws.send(JSON.stringify({ id, method }));
    });
  ws.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown };
    if (message.id !== undefined) pending.get(message.id)?.(message.result);
  });
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`inspector did not answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([
      (async () => {
        await new Promise<void>((resolve, reject) => {
          ws.addEventListener('open', () => resolve(), { once: true });
          ws.addEventListener('error', () => reject(new Error(`cannot connect to ${url}`)), { once: true });
        });
        await call('HeapProfiler.collectGarbage');
        await call('HeapProfiler.collectGarbage');
        const usage = (await call('Runtime.getHeapUsage')) as { usedSize: number };
        return usage.usedSize;
      })(),
      timedOut,
    ]);
  } finally {
    clearTimeout(timer);
    ws.close();
  }
}
