/**
 * A loopback TCP proxy that cuts the first `text/event-stream` response right after its event
 * `cutAfter` (the client gets events 1…cutAfter whole, then the connection drops), as a flaky
 * network or a proxy timeout would. Later connections pass through untouched.
 */
import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';

export interface CuttingProxy {
  url: string;
  cuts(): number;
  close(): Promise<void>;
}

export async function startCuttingProxy(target: string, cutAfter: number): Promise<CuttingProxy> {
  const upstream = new URL(target);
  const sockets = new Set<Socket>();
  let cuts = 0;
  const proxy: Server = createServer((client) => {
    const server = connect(Number(upstream.port), upstream.hostname);
    sockets.add(client).add(server);
    let seen = '';
    client.pipe(server);
    server.on('data', (chunk: Buffer) => {
      if (cuts > 0 || !client.writable) return void client.write(chunk);
      const before = seen.length;
      seen += chunk.toString('latin1');
      const start = seen.indexOf(`\nid: ${cutAfter}\n`);
      const end = start === -1 || !seen.includes('text/event-stream') ? -1 : seen.indexOf('\n\n', start + 1);
      if (end === -1) return void client.write(chunk);
      cuts++;
      client.end(chunk.subarray(0, end + 2 - before), () => client.destroy());
      server.destroy();
    });
    const drop = () => {
      client.destroy();
      server.destroy();
    };
    client.on('error', drop).on('close', drop);
    server.on('error', drop).on('close', drop);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const { port } = proxy.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    cuts: () => cuts,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    },
  };
}
