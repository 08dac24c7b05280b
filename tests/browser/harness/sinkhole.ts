/**
 * A proxy that forwards nothing and records everything: with the browser pointed at it, any
 * request that is not to 127.0.0.1 (which browsers never proxy) lands here, and the test can
 * say exactly what tried to leave the machine.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Sinkhole {
  address: string;
  readonly attempts: string[];
  close(): Promise<void>;
}

export async function startSinkhole(): Promise<Sinkhole> {
  const attempts: string[] = [];
  const server = createServer((req, res) => {
    attempts.push(`${req.method} ${req.url}`);
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    attempts.push(`CONNECT ${req.url}`);
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    address: `127.0.0.1:${port}`,
    attempts,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
