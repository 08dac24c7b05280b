/**
 * A dark color scheme, in each browser: a card shows its "as of" date and what happened since
 * then in dark colours, and axe finds nothing wrong in the card, the popup or the welcome page.
 * Chromium emulates the scheme per page; Firefox is launched preferring it (harness/firefox.ts),
 * since WebDriver BiDi cannot emulate it per page.
 */
import { expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import { openCardWithSinceThen } from './harness/card';
import type { TestBrowser } from './harness/driver';
import { useBrowserAndServer } from './harness/fixture';
import type { FixtureServer } from './harness/server';

/** A claim whose card has a "Since then" section. */
const CLAIM = 'coalition-26-nations-pledge-troops';
/** The card's background in the dark scheme (components' dark palette). */
const DARK_CARD = 'rgb(31, 32, 35)';

export function defineDarkSuite(launch: () => Promise<TestBrowser>): void {
  let browser: TestBrowser;
  let server: FixtureServer;
  useBrowserAndServer(launch, (b, s) => ([browser, server] = [b, s]));

  it('in a dark scheme, a card shows "as of" and "Since then" in dark colours; axe finds nothing wrong in the card, the popup or the welcome page', async () => {
    const page = await browser.newPage();
    expect(await page.emulateDarkScheme()).toBe(true);
    await page.goto(server.url('op-ed.html'));
    await page.waitFor((id) => document.querySelector(`gloss-claim:not([data-gloss-part])[data-claim-id="${id}"]`), CLAIM, 15_000);
    await openCardWithSinceThen(page, CLAIM);
    const card = await page.evaluate(() => {
      const root = document.querySelector('gloss-card')!.shadowRoot!;
      return {
        background: getComputedStyle(root.querySelector('.card')!).backgroundColor,
        asOf: root.querySelector('.as-of')?.textContent ?? '',
        headings: [...root.querySelectorAll('h3')].map((h) => h.textContent),
      };
    });
    expect(card.background).toBe(DARK_CARD);
    expect(card.asOf).toMatch(/^As of /);
    expect(card.headings).toContain('Since then');
    expect(await axeViolations(page, ['gloss-card'])).toEqual([]);

    const popup = await browser.openPopup(page);
    expect(await popup.emulateDarkScheme()).toBe(true);
    await popup.waitFor(() => document.querySelectorAll('.claims li').length > 0);
    expect(await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();

    const welcome = await browser.openExtensionPage('welcome.html');
    expect(await welcome.emulateDarkScheme()).toBe(true);
    await welcome.waitFor(() => document.querySelector('[data-knows]'));
    expect(await welcome.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    expect(await axeViolations(welcome)).toEqual([]);
    await welcome.close();
    await page.close();
  });
}
