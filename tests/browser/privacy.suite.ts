/**
 * The privacy promise, tested in the real browsers: nothing leaves the machine, and the page
 * cannot read the reader's data.
 */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TestBrowser, TestPage } from './harness/driver';
import { failOnGlossErrors } from './harness/fixture';
import { waitForIdle } from './harness/idle';
import { addNoteFromMenu, select } from './harness/notes';
import { FIXTURE_PAGES, serveFixtures, type FixtureServer } from './harness/server';
import { startSinkhole, type Sinkhole } from './harness/sinkhole';

const NOTE = 'My private note: call my sister about the Kyiv trip';
/** Not Gloss's: the test's own last request through the proxy (see the end of the test). */
const SENTINEL = 'http://sentinel.example/after-everything';

/** `launch` gets a proxy address and must route all the browser's traffic through it. */
export function definePrivacySuite(launch: (proxy: string) => Promise<TestBrowser>): void {
  let browser: TestBrowser;
  let server: FixtureServer;
  let sinkhole: Sinkhole;

  beforeAll(async () => {
    server = await serveFixtures();
    sinkhole = await startSinkhole();
    browser = await launch(sinkhole.address);
  });
  failOnGlossErrors(() => browser);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await sinkhole?.close();
  });

  async function openCardAndWriteNote(page: TestPage): Promise<void> {
    await page.evaluate(() => document.querySelector<HTMLElement>('gloss-claim:not([data-gloss-part])')!.focus());
    await page.press('Enter');
    await page.waitFor(() => {
      const box = document.querySelector('gloss-card')?.shadowRoot?.querySelector('textarea');
      return box && !box.disabled;
    });
    await page.evaluate(() => {
      const box = document.querySelector('gloss-card')!.shadowRoot!.querySelector('textarea')!;
      box.focus();
      box.select();
    });
    await page.type(NOTE);
    await page.press('Control+Enter');
    await page.waitFor(() => /Saved/.test(document.querySelector('gloss-card')!.shadowRoot!.querySelector('.note-status')!.textContent ?? ''));
  }

  it('the page finds none of the reader’s data: no database, globals, storage, attributes or messages', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('op-ed.html'));
    await page.waitFor(() => document.querySelectorAll('gloss-claim').length > 0, undefined, 15_000);
    await openCardAndWriteNote(page);
    await page.press('Escape');
    await page.waitFor(() => !document.querySelector('gloss-card'));

    const found = await page.evaluate(async (note) => {
      const databases = 'databases' in indexedDB ? (await indexedDB.databases()).map((d) => d.name) : ['(cannot list)'];
      const attributes = [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.value));
      const chromeApi = (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome;
      return {
        databases,
        globals: Object.getOwnPropertyNames(window).filter((n) => /gloss/i.test(n)),
        storage: localStorage.length + sessionStorage.length,
        cookies: document.cookie,
        noteInDom: document.documentElement.outerHTML.includes(note),
        noteInAttributes: attributes.some((a) => a.includes(note)),
        // The page's own script listens for window messages from before Gloss starts (op-ed.html).
        messages: (window as unknown as { pageMessages: unknown[] }).pageMessages,
        canMessageExtension: typeof chromeApi?.runtime?.sendMessage === 'function',
      };
    }, NOTE);
    expect(found).toEqual({
      databases: [],
      globals: [],
      storage: 0,
      cookies: '',
      noteInDom: false,
      noteInAttributes: false,
      messages: [],
      canMessageExtension: false,
    });
    await page.close();
  });

  it('makes no network request at all while the reader uses every feature', async () => {
    const pages = readdirSync(FIXTURE_PAGES).filter((f) => f.endsWith('.html'));
    for (const fixture of pages) {
      const page = await browser.newPage();
      await page.goto(server.url(fixture));
      // Gloss is done with the page: scanned, highlighted, notes placed, reports answered.
      await waitForIdle(page);
      if (fixture === 'op-ed.html') {
        await openCardAndWriteNote(page);
        await page.press('Escape');
        const popup = await browser.openPopup(page);
        await popup.waitFor(() => document.querySelector('input[type="checkbox"]'));
        await popup.click('input[type="checkbox"]');
        await page.waitFor(() => document.querySelectorAll('gloss-claim').length === 0);
        await popup.click('input[type="checkbox"]');
        await page.waitFor(() => document.querySelectorAll('gloss-claim').length > 0);
        await popup.close();
      }
      if (fixture === 'notes.html') {
        // A note on a passage, written and saved.
        await select(page, 'The council promised a new schedule');
        await addNoteFromMenu(browser, page);
        await page.waitFor(() => document.querySelector('gloss-card')?.shadowRoot?.activeElement?.tagName === 'TEXTAREA');
        await page.type(NOTE);
        await page.waitFor(() => document.querySelector('gloss-card')?.shadowRoot?.querySelector<HTMLElement>('.note-status')?.dataset.status === 'saved');
        await page.press('Escape');
      }
      await page.close();
    }
    // The options page: the notes manager, a search, and an export (a local download).
    const options = await browser.openExtensionPage('options.html');
    await options.waitFor(() => Number(document.querySelector<HTMLElement>('[data-count]')?.dataset.count) > 0);
    // The export's file, seen as it is handed to the browser's download (a local blob).
    await options.evaluate(() => {
      const w = window as unknown as { exported?: boolean };
      const original = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob) => ((w.exported = true), original(blob));
    });
    await options.evaluate(() => {
      const box = document.querySelector<HTMLInputElement>('.notes-tools input[type="search"]')!;
      box.value = 'Kremlin';
      box.dispatchEvent(new Event('input', { bubbles: true }));
      [...document.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Export (Markdown'))!.click();
    });
    await options.waitFor(() => (window as unknown as { exported?: boolean }).exported);
    await options.close();
    // Instead of a pause for stragglers: one request of the test's own, issued after everything
    // Gloss did, through the same browser and proxy. Once the sinkhole has it, whatever was
    // issued before it has had the same way to travel.
    const last = await browser.newPage();
    await last.goto(server.url('unrelated-control.html'));
    await last.evaluate((url) => void fetch(url, { mode: 'no-cors' }).catch(() => {}), SENTINEL);
    await expect.poll(() => sinkhole.attempts.some((a) => a.includes(SENTINEL)), { timeout: 15_000 }).toBe(true);
    await last.close();
    // 1. Every request from the pages, the extension's pages, its content script and its service
    //    worker: only the test's own pages on 127.0.0.1, and the extension's packaged files.
    //    (Where the driver can record them: Playwright in Chromium. Firefox relies on 2.)
    const recorded = (browser as TestBrowser & { requests?: string[] }).requests;
    if (recorded) {
      const foreign = recorded.filter(
        (url) => url !== SENTINEL && !url.startsWith(server.url('')) && !/^(blob:)?(chrome-extension|moz-extension):\/\//.test(url),
      );
      console.log(`[${browser.name}] ${recorded.length} requests recorded; not the test's own: ${JSON.stringify(foreign)}`);
      expect(recorded.length).toBeGreaterThan(pages.length);
      expect(foreign).toEqual([]);
    }
    // 2. Everything that tried to leave the machine at all went to the sinkhole proxy. The browser
    //    itself still calls its vendor's services (Chromium: Google's update, sign-in and autofill
    //    services; Firefox: Mozilla's remote settings) despite the flags that should stop it; those
    //    vendors' hosts are excluded, anything else fails. Gloss has no reason to contact either.
    const browserOwn =
      /^(CONNECT |[A-Z]+ https?:\/\/)([\w-]+\.)*(google\.com|googleapis\.com|gvt1\.com|gstatic\.com|mozilla\.(com|net|org)|firefox\.com|mozaws\.net)(:\d+)?(\/|$)/;
    const hosts = [...new Set(sinkhole.attempts.map((a) => a.replace(/^(CONNECT |[A-Z]+ https?:\/\/)/, '').split(/[/:?]/)[0]))];
    console.log(`[${browser.name}] ${sinkhole.attempts.length} attempts to leave the machine, to: ${hosts.join(', ') || 'nowhere'}`);
    expect(sinkhole.attempts.filter((a) => !browserOwn.test(a) && !a.includes(SENTINEL))).toEqual([]);
    // And on the loopback server: only the pages the test opened (and the browser's own favicon probe).
    const allowed = new Set([...pages.map((p) => `/${p}`), '/favicon.ico']);
    expect(server.requests.filter((r) => !allowed.has(r))).toEqual([]);
  });
}
