/**
 * Waiting for Gloss instead of a clock: the content script sets `data-gloss-idle` on `<html>`
 * whenever it has nothing left to do, to a count that only grows (see lib/page/activity.ts).
 * A negative check ("nothing was marked") waits for idle, then asserts.
 */
import type { TestPage } from './driver';

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
