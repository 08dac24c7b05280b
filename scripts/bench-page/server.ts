/**
 * Serves the bench's pages on 127.0.0.1, each with the probe (probe.ts) as the first script of
 * its <head>: a same-origin script works the same in both browsers, with and without Gloss, and
 * runs before the page's own.
 *
 * The saved real pages ("/readability/…") get a Content-Security-Policy that allows only 'self'
 * (and inline styles, for their layout): their sites' scripts, fonts and images are neither
 * fetched nor run, so every run sees the same page.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { PROBE_PATH, PROBE_SOURCE } from './probe';

const SAVED_PAGE_CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";

/** The probe tag after <head> (or <html>, or the doctype), on the bytes as latin1 so any charset survives. */
function withProbe(body: Buffer): Buffer {
  const html = body.toString('latin1');
  const tag = `<script src="${PROBE_PATH}"></script>`;
  const after = /<head[^>]*>/i.exec(html) ?? /<html[^>]*>/i.exec(html) ?? /<!doctype[^>]*>/i.exec(html);
  const at = after ? after.index + after[0].length : 0;
  return Buffer.from(html.slice(0, at) + tag + html.slice(at), 'latin1');
}

export interface BenchServer {
  url(path: string): string;
  close(): Promise<void>;
}

/** `roots`: URL prefix ("" or "readability") → folder. */
export async function serveBenchPages(roots: Record<string, string>): Promise<BenchServer> {
  const server: Server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    if (path === PROBE_PATH) {
      res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' }).end(PROBE_SOURCE);
      return;
    }
    const [, first, ...rest] = path.split('/');
    const saved = first in roots && first !== '';
    const file = saved ? join(roots[first], ...rest) : join(roots[''], path);
    try {
      const body = await readFile(file);
      const html = /\.html?$/i.test(extname(file));
      const headers: Record<string, string> = { 'cache-control': 'no-store' };
      // Saved pages declare their own charset (some are not UTF-8); ours are UTF-8.
      headers['content-type'] = html ? (saved ? 'text/html' : 'text/html; charset=utf-8') : 'application/octet-stream';
      if (saved) headers['content-security-policy'] = SAVED_PAGE_CSP;
      res.writeHead(200, headers).end(html ? withProbe(body) : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}/${path.split('/').map(encodeURIComponent).join('/')}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
