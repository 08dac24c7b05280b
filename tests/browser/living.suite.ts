/** Living pages in each real browser: late content, infinite scroll, single-page navigation, re-renders. */
import { expect, it } from 'vitest';
import type { TestBrowser } from './harness/driver';
import { useBrowserAndServer } from './harness/fixture';
import { idleCount, waitForIdle } from './harness/idle';
import type { FixtureServer } from './harness/server';

const count = () => document.querySelectorAll('gloss-claim:not([data-gloss-part])').length;

export function defineLivingSuite(launch: () => Promise<TestBrowser>): void {
  let browser: TestBrowser;
  let server: FixtureServer;
  useBrowserAndServer(launch, (b, s) => ([browser, server] = [b, s]));

  it('marks late paragraphs, expanded "read more" text and an appended article, each once', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('live.html'));
    // The page starts with nothing to mark; the late paragraph brings a claim.
    await page.waitFor(() => !!document.querySelector('#late gloss-claim'), undefined, 15_000);
    await page.click('#read-more');
    await page.waitFor(() => !!document.querySelector('#more gloss-claim'));
    await page.evaluate(() => (window as unknown as { appendSecondArticle(): void }).appendSecondArticle());
    await page.waitFor(() => document.querySelectorAll('#second gloss-claim:not([data-gloss-part])').length === 2);
    // Settled: nothing doubled, nothing keeps changing. Idle means no change is waiting for its
    // flush and no pass is under way; a loop (Gloss reacting to its own highlights) would keep
    // it busy, or bring it back to busy, which the second count would show.
    const idle = await waitForIdle(page);
    expect(await page.evaluate(count)).toBe(4);
    expect(await page.evaluate(() => document.querySelectorAll('gloss-claim gloss-claim').length)).toBe(0);
    expect(await idleCount(page)).toBe(idle);
    await page.close();
  });

  it('follows a single-page app from article to article (pushState and back)', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('spa.html'));
    await page.waitFor(() => document.querySelectorAll('gloss-claim:not([data-gloss-part])').length === 2, undefined, 15_000);
    await page.evaluate(() => document.querySelector<HTMLElement>('gloss-claim:not([data-gloss-part])')!.focus());
    await page.press('Enter');
    await page.waitFor(() => !!document.querySelector('gloss-card'));

    await page.evaluate(() => (window as unknown as { navigateTo(id: string): void }).navigateTo('b'));
    await page.waitFor(() => !document.querySelector('gloss-claim') && !document.querySelector('gloss-card'));
    await page.evaluate(() => (window as unknown as { navigateTo(id: string): void }).navigateTo('c'));
    await page.waitFor(
      () =>
        document.querySelectorAll('gloss-claim:not([data-gloss-part])').length === 1 &&
        /expansionist/.test(document.querySelector('gloss-claim')!.textContent!),
      undefined,
      15_000,
    );
    await page.evaluate(() => history.back());
    await page.waitFor(() => !document.querySelector('gloss-claim'), undefined, 15_000);
    await page.close();
  });

  it('reads the page again at a new address that changes nothing on the page (pushState alone)', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('spa.html'));
    await page.waitFor(() => document.querySelectorAll('gloss-claim:not([data-gloss-part])').length === 2, undefined, 15_000);
    const idle = await waitForIdle(page);
    await page.evaluate(() => {
      const w = window as unknown as { highlightsTakenDown: number };
      w.highlightsTakenDown = 0;
      new MutationObserver((records) => {
        for (const record of records) w.highlightsTakenDown += [...record.removedNodes].filter((n) => n.nodeName === 'GLOSS-CLAIM').length;
      }).observe(document.body, { childList: true, subtree: true });
      history.pushState(null, '', '?same-story-new-address');
    });
    // A new address is a new page to Gloss (its notes and sightings are kept by address): the
    // highlights come down and the page is read again. No event on window announces pushState.
    await waitForIdle(page, idle, 15_000);
    await page.waitFor(() => document.querySelectorAll('gloss-claim:not([data-gloss-part])').length === 2, undefined, 15_000);
    expect(await page.evaluate(() => (window as unknown as { highlightsTakenDown: number }).highlightsTakenDown)).toBeGreaterThan(0);
    await page.close();
  });

  it('re-applies a highlight a framework re-render removed, once per render, with bounded cost', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('rerender.html'));
    await page.waitFor(() => !!document.querySelector('#live gloss-claim'), undefined, 15_000);
    const started = performance.now();
    await page.evaluate(() => (window as unknown as { rerenderFor(ms: number): Promise<void> }).rerenderFor(10_000));
    const result = await page.evaluate(() => {
      const w = window as unknown as { renders: number; highlightedBeforeRender: boolean[] };
      return { renders: w.renders, checks: w.highlightedBeforeRender };
    });
    // Before each render but the first, the highlight removed by the previous render is back.
    const after = result.checks.slice(1);
    console.log(
      `[${browser.name}] ${result.renders} re-renders in ${Math.round(performance.now() - started)} ms; highlight back before the next render ${after.filter(Boolean).length}/${after.length} times`,
    );
    expect(result.renders).toBeGreaterThanOrEqual(30);
    expect(after.filter(Boolean).length).toBeGreaterThanOrEqual(after.length - 1);
    await page.waitFor(() => document.querySelectorAll('#live gloss-claim:not([data-gloss-part])').length === 1);
    // No loop: once the page stops, Gloss stops. The page's last render has been seen (its
    // change holds Gloss busy until flushed), so idle is the end of Gloss's work on it.
    const idle = await waitForIdle(page);
    expect(await page.evaluate(() => document.querySelectorAll('#live gloss-claim:not([data-gloss-part])').length)).toBe(1);
    expect(await idleCount(page)).toBe(idle);
    await page.close();
  });
}
