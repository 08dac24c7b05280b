/**
 * The scout as the background drives it (entrypoints/scout/scout.ts): it reads a page's first
 * batch without touching the extension API, stays busy until the background decides, and only
 * listens, or asks by message, when told to or when it has more to say.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createScout } from '@/entrypoints/scout/scout';
import { PAGE_TEXT_BATCH_CHARS } from '@/lib/page/page-text-limits';
import { IDLE_ATTRIBUTE } from '@/lib/dom/names';

type Listener = (message: unknown, sender: unknown, reply: (answer: unknown) => void) => boolean | undefined;

/** A stand-in for `chrome.runtime` that counts every time the scout reaches for it. */
function fakeRuntime(answer: (message: { type: string }) => unknown) {
  const sent: { type: string }[] = [];
  const listeners: Listener[] = [];
  const runtime = {
    sendMessage: vi.fn(async (message: { type: string }) => {
      sent.push(message);
      return { ok: true, value: answer(message) };
    }),
    onMessage: { addListener: (l: Listener) => listeners.push(l), removeListener: () => {} },
  };
  let reached = 0;
  // The scout takes `browser` where there is one (Firefox), else `chrome`: both lead here.
  for (const name of ['browser', 'chrome'])
    Object.defineProperty(globalThis, name, {
      configurable: true,
      get: () => {
        reached++;
        return { runtime };
      },
    });
  return { sent, listeners, reached: () => reached };
}

const idle = () => document.documentElement.getAttribute(IDLE_ATTRIBUTE);
let abort: AbortController;
const browserBefore = Object.getOwnPropertyDescriptor(globalThis, 'browser');

beforeEach(() => {
  abort = new AbortController();
  document.documentElement.removeAttribute(IDLE_ATTRIBUTE);
  history.replaceState(null, '', '/article-1');
});

afterEach(() => {
  abort.abort();
  delete (globalThis as { chrome?: unknown }).chrome;
  delete (globalThis as { browser?: unknown }).browser;
  if (browserBefore) Object.defineProperty(globalThis, 'browser', browserBefore);
  document.body.innerHTML = '';
});

describe('the scout', () => {
  it('gives back the first batch of an off-topic page, busy until the background says quiet, and never touches the extension API', async () => {
    const runtime = fakeRuntime(() => ({ started: false }));
    document.body.innerHTML = '<article><p>A week of simple suppers.</p><p>Slice the onions thinly.</p></article><nav>Home</nav>';
    const scout = createScout(abort.signal);

    const read = await scout.read();
    expect(read).toMatchObject({ more: false, url: location.href });
    expect(read!.blocks.join(' ')).toContain('Slice the onions thinly.');
    expect(read!.blocks.join(' ')).not.toContain('Home');
    expect(idle()).toBeNull();

    scout.quiet();
    expect(Number(idle())).toBeGreaterThan(0);
    expect(runtime.reached()).toBe(0);
  });

  it('reads a page once, and again at a new address (a single-page app)', async () => {
    fakeRuntime(() => ({ started: false }));
    document.body.innerHTML = '<p>First story.</p>';
    const scout = createScout(abort.signal);
    expect(await scout.read()).not.toBeNull();
    scout.quiet();
    expect(await scout.read()).toBeNull();

    history.pushState(null, '', '/article-2');
    document.body.innerHTML = '<p>Second story.</p>';
    const next = await scout.read();
    expect(next!.blocks.join(' ')).toContain('Second story.');
    scout.quiet();
  });

  it('on a page longer than one batch, says so, and once told quiet hands the rest over by message', async () => {
    const runtime = fakeRuntime(() => ({ started: false }));
    const paragraph = `<p>${'lorem ipsum dolor '.repeat(1_000)}</p>`;
    document.body.innerHTML = paragraph.repeat(Math.ceil((2.5 * PAGE_TEXT_BATCH_CHARS) / 18_000));
    const scout = createScout(abort.signal);
    const read = await scout.read();
    expect(read!.more).toBe(true);

    const before = Number(idle() ?? -1);
    scout.quiet();
    await vi.waitFor(() => expect(Number(idle() ?? -1)).toBeGreaterThan(before));
    const reads = runtime.sent.filter((m) => m.type === 'page/read') as unknown as { notes: boolean }[];
    // Each batch asked about once: told quiet, the scout reads for itself once, not twice.
    expect(reads).toHaveLength(3);
    expect(reads.at(-1)!.notes).toBe(true);
    expect(runtime.listeners).toHaveLength(1);
  });

  it('told to listen with no decision taken (the popup reached the page), asks the background itself', async () => {
    const runtime = fakeRuntime(() => ({ started: false }));
    document.body.innerHTML = '<p>Some text.</p>';
    const scout = createScout(abort.signal);
    await scout.read();
    scout.listen();
    await vi.waitFor(() => expect(runtime.sent.map((m) => m.type)).toEqual(['page/read']));
    expect(runtime.listeners).toHaveLength(1);
    // Listening twice adds no second listener.
    scout.listen();
    expect(runtime.listeners).toHaveLength(1);
  });

  it('answers the popup on a quiet page with the site switch and nothing found', async () => {
    const runtime = fakeRuntime((m) => (m.type === 'site/get' ? { enabled: true, paused: false } : { started: false }));
    document.body.innerHTML = '<p>Some text.</p>';
    const scout = createScout(abort.signal);
    await scout.read();
    scout.quiet();
    scout.listen();
    const reply = await new Promise((resolve) => runtime.listeners[0]({ type: 'page/status' }, {}, resolve));
    expect(reply).toMatchObject({ host: location.hostname.replace(/^www\./, ''), enabled: true, claims: [] });
  });
});
