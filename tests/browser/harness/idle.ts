/**
 * Waiting for Gloss instead of a clock: the content script sets `data-gloss-idle` on `<html>`
 * whenever it has nothing left to do, to a count that only grows (see lib/page/activity.ts).
 * A negative check ("nothing was marked") waits for idle, then asserts.
 */
import type { TestBrowser, TestPage } from './driver';

/** The page's idle count now, or -1 while Gloss is busy (or not running). */
export function idleCount(page: TestPage): Promise<number> {
  return page.evaluate(() => {
    const value = document.documentElement.getAttribute('data-gloss-idle');
    return value === null ? -1 : Number(value);
  });
}

/**
 * Waits until Gloss is idle with a count above `after` (default: idle at all). Pass the count read
 * before an action to wait for Gloss to have handled it.
 */
export async function waitForIdle(page: TestPage, after = -1, timeoutMs = 30_000): Promise<number> {
  await page.waitFor(
    (min) => {
      const value = document.documentElement.getAttribute('data-gloss-idle');
      return value !== null && Number(value) > min;
    },
    after,
    timeoutMs,
  );
  return idleCount(page);
}

type Api = { scripting: { executeScript(injection: { target: { tabId: number }; func: () => unknown }): Promise<{ result?: unknown }[]> } };

/**
 * Whether Gloss may run in this tab, asked from the extension's popup for it: the browser refuses
 * any injection into a page whose site the reader has not granted, and every script of Gloss
 * reaches a page by injection (lib/extension/content-script.ts). The signal for "Gloss does not
 * run here", where no idle signal can ever come.
 */
export async function glossRunsIn(browser: TestBrowser, page: TestPage): Promise<boolean> {
  await page.waitFor(() => document.readyState === 'complete');
  const popup = await browser.openPopup(page);
  try {
    return await popup.evaluate(async () => {
      const g = globalThis as unknown as { browser?: Api; chrome: Api };
      const tabId = Number(new URLSearchParams(location.search).get('tabId'));
      return (g.browser ?? g.chrome).scripting.executeScript({ target: { tabId }, func: () => true }).then(
        () => true,
        () => false,
      );
    });
  } finally {
    await popup.close();
    await page.bringToFront();
  }
}
