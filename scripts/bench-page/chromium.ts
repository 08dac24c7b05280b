/**
 * Chromium, twice: one browser with the built Gloss (the test harness's launcher: access to every
 * site, as a reader grants on first run) and one without any extension, same flags and viewport.
 * Each load is traced (trace.ts) and probed (probe.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_PATH, chromiumArgs, launchChromium } from '../../tests/browser/harness/chromium';
import { IDLE_YET, READ_PROBE, type ProbeResult } from './probe';
import { analyseTrace, startTrace, type TraceFigures } from './trace';

export interface ChromiumLoad {
  probe: ProbeResult;
  trace: TraceFigures;
  /** V8 heap in use after a forced GC (bytes), on the pages that ask for it. */
  heapUsed: number | null;
  /** Message types the page's Gloss sent to the background (with Gloss only). */
  messages: string[];
  /** Gloss's first pass never ended within the wait. */
  idleTimedOut: boolean;
}

export interface LoadOptions {
  windowMs?: number;
  heap?: boolean;
  idleTimeoutMs: number;
  /** Trace with V8's sampling profiler (default), or from trace events alone (trace.ts). */
  sampling?: boolean;
}

export interface ChromiumSide {
  gloss: boolean;
  load(url: string, options: LoadOptions): Promise<ChromiumLoad>;
  close(): Promise<void>;
}

/** Without Gloss, a load is watched this long after `load` (with Gloss: until its idle signal). */
const PLAIN_SETTLE_MS = 300;
/** After the idle signal: the rendering tasks that draw the last highlights (a few frames). */
const AFTER_IDLE_MS = 200;

/**
 * A listener beside Gloss's own in the background, recording which messages pages send: the
 * fallback signal that a page went past the prefilter when Gloss is a single script (it then asks
 * the background for the site's state). Returns nothing, so Gloss's replies are untouched.
 * Installed again before each load, in case the service worker was restarted.
 */
const SPY = `(() => {
  if (!globalThis.__benchSpy) {
    globalThis.__benchSpy = [];
    chrome.runtime.onMessage.addListener((m, sender) => {
      if (sender.tab) globalThis.__benchSpy.push(String(m && m.type) + (m && m.when ? ':' + m.when : ''));
    });
  }
  return globalThis.__benchSpy.splice(0);
})()`;

async function spy(context: BrowserContext): Promise<string[]> {
  const worker = context.serviceWorkers()[0];
  return worker ? ((await worker.evaluate(SPY).catch(() => [])) as string[]) : [];
}

async function waitIdle(page: Page, timeoutMs: number): Promise<boolean> {
  for (const start = Date.now(); Date.now() - start < timeoutMs; await page.waitForTimeout(100)) if (await page.evaluate(IDLE_YET)) return true;
  return false;
}

export function side(context: BrowserContext, glossPrefix: string, close: () => Promise<void>): ChromiumSide {
  const gloss = glossPrefix !== '';
  return {
    gloss,
    close,
    async load(url, { windowMs, heap = false, idleTimeoutMs, sampling = true }) {
      if (gloss) await spy(context);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      const stop = await startTrace(cdp, { sampling });
      let idleTimedOut = false;
      try {
        await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
        if (windowMs) await page.waitForTimeout(windowMs);
        else if (gloss) idleTimedOut = !(await waitIdle(page, idleTimeoutMs));
        else await page.waitForTimeout(PLAIN_SETTLE_MS);
        await page.waitForTimeout(AFTER_IDLE_MS);
        const probe = (await page.evaluate(READ_PROBE)) as ProbeResult;
        const committed = page.url();
        const events = await stop();
        let heapUsed: number | null = null;
        if (heap) {
          await cdp.send('HeapProfiler.collectGarbage');
          heapUsed = (await cdp.send('Runtime.getHeapUsage')).usedSize;
        }
        const messages = gloss ? await spy(context) : [];
        return { probe, trace: analyseTrace(events, committed, glossPrefix), heapUsed, messages, idleTimedOut };
      } finally {
        await cdp.detach().catch(() => {});
        await page.close();
      }
    },
  };
}

export async function launchWithGloss(extensionDir: string): Promise<ChromiumSide & { extensionId: string }> {
  const browser = await launchChromium({ extensionDir });
  // The options page the launcher used to grant access may still be closing: start clean.
  for (const page of browser.context().pages()) if (page.url().startsWith('chrome-extension://')) await page.close();
  return { ...side(browser.context(), `chrome-extension://${browser.extensionId}/`, () => browser.close()), extensionId: browser.extensionId };
}

export async function launchWithoutGloss(): Promise<ChromiumSide> {
  const profile = mkdtempSync(join(tmpdir(), 'gloss-bench-plain-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: chromiumArgs('').filter((a) => !a.includes('extension')),
    viewport: { width: 1280, height: 900 },
    hasTouch: true,
  });
  return side(context, '', async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  });
}
