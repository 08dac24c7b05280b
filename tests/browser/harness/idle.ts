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

type Api = { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };

/**
 * Whether Gloss's content script is in this tab, asked from the extension's popup for it: a tab
 * without the script has no receiver. The signal for "Gloss does not run here", where no idle
 * signal can ever come. Asked once the page has loaded: the browser injects at document_idle,
 * at the latest right after the load event, and opening the popup takes many tasks longer.
 */
export async function glossRunsIn(browser: TestBrowser, page: TestPage): Promise<boolean> {
  await page.waitFor(() => document.readyState === 'complete');
  const popup = await browser.openPopup(page);
  try {
    return await popup.evaluate(async () => {
      const g = globalThis as unknown as { browser?: Api; chrome: Api };
      const tabId = Number(new URLSearchParams(location.search).get('tabId'));
      return (g.browser ?? g.chrome).tabs.sendMessage(tabId, { type: 'page/status' }).then(
        () => true,
        () => false,
      );
    });
  } finally {
    await popup.close();
    await page.bringToFront();
  }
}
