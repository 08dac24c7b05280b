/**
 * Firefox, twice: with the built Gloss (the test harness's launcher, WebDriver BiDi) and without
 * any add-on. BiDi has no performance trace, no heap figure and no way to tell an add-on's script
 * time from the page's, so a Firefox load is measured by the probe alone (probe.ts):
 * - when Gloss said idle and when the last highlight appeared, after DOMContentLoaded;
 * - the largest gap in a setTimeout(0) chain after DOMContentLoaded, with and without Gloss: a
 *   proxy for the longest task (it also holds the page's own work and timer clamping, ~4 ms);
 * - whether highlights in the first screen came first.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { FIREFOX_PATH, launchFirefox } from '../../tests/browser/harness/firefox';
import { IDLE_YET, READ_PROBE, type ProbeResult } from './probe';

export interface FirefoxLoad {
  probe: ProbeResult;
  idleTimedOut: boolean;
}

export interface FirefoxSide {
  gloss: boolean;
  load(url: string, options: { windowMs?: number; idleTimeoutMs: number }): Promise<FirefoxLoad>;
  close(): Promise<void>;
}

interface AnyPage {
  goto(url: string): Promise<unknown>;
  evaluate(source: string): Promise<unknown>;
  close(): Promise<void>;
}

const PLAIN_SETTLE_MS = 400;
const AFTER_IDLE_MS = 200;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function side(gloss: boolean, newPage: () => Promise<AnyPage>, close: () => Promise<void>): FirefoxSide {
  return {
    gloss,
    close,
    async load(url, { windowMs, idleTimeoutMs }) {
      const page = await newPage();
      try {
        // The chain is the only blocking measure Firefox offers (see above).
        await page.goto(url + (url.includes('?') ? '&' : '?') + 'bench-chain=1');
        let idleTimedOut = false;
        if (windowMs) await sleep(windowMs);
        else if (gloss) {
          const start = Date.now();
          while (!(await page.evaluate(IDLE_YET)) && Date.now() - start < idleTimeoutMs) await sleep(100);
          idleTimedOut = !(await page.evaluate(IDLE_YET));
        } else await sleep(PLAIN_SETTLE_MS);
        await sleep(AFTER_IDLE_MS);
        return { probe: (await page.evaluate(READ_PROBE)) as ProbeResult, idleTimedOut };
      } finally {
        await page.close().catch(() => {});
      }
    },
  };
}

export async function launchFirefoxWithGloss(extensionDir: string): Promise<FirefoxSide> {
  const browser = await launchFirefox({ extensionDir });
  return side(
    true,
    async () => {
      const page = await browser.newPage();
      await page.setViewport(1280, 900);
      // The harness's page: evaluate takes a function in its types, a string works the same.
      return { goto: (u) => page.goto(u), evaluate: (s) => page.evaluate(s as never), close: () => page.close() };
    },
    () => browser.close(),
  );
}

export async function launchFirefoxWithoutGloss(): Promise<FirefoxSide> {
  const profile = mkdtempSync(join(tmpdir(), 'gloss-bench-plain-ff-'));
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX_PATH, headless: true, userDataDir: profile });
  return side(
    false,
    async () => {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      return { goto: (u) => page.goto(u), evaluate: (s) => page.evaluate(s), close: () => page.close() };
    },
    async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  );
}
