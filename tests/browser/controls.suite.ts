/** The reader's controls in each real browser: popup list, badge, pause, options page. */
import { expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import type { TestBrowser, TestPage } from './harness/driver';
import { useBrowserAndServer } from './harness/fixture';
import { waitForIdle } from './harness/idle';
import type { FixtureServer } from './harness/server';

export function defineControlsSuite(launch: () => Promise<TestBrowser>): void {
  let browser: TestBrowser;
  let server: FixtureServer;
  useBrowserAndServer(launch, (b, s) => ([browser, server] = [b, s]));

  async function open(fixture: string, waitForHighlights = true): Promise<TestPage> {
    const page = await browser.newPage();
    await page.goto(server.url(fixture));
    if (waitForHighlights) await page.waitFor(() => document.querySelectorAll('gloss-claim').length > 0, undefined, 15_000);
    // Idle also means the badge report was answered.
    await waitForIdle(page);
    return page;
  }

  /** Waits until the page's card is open on a highlight of `claimId` (chosen from the popup). */
  const cardOpenOn = (page: TestPage, claimId: string) =>
    page.waitFor(
      (id) =>
        document.querySelector('gloss-card')?.shadowRoot?.querySelector('.claim h2') &&
        document.querySelector('[data-gloss-active]')?.getAttribute('data-claim-ids')?.split(' ').includes(id),
      claimId,
    );

  /** The badge of the tab the popup speaks about. */
  const badgeOf = (popup: TestPage) =>
    popup.evaluate(async () => {
      const g = globalThis as unknown as { chrome?: { action?: Badge }; browser?: { browserAction?: Badge } };
      type Badge = { getBadgeText(d: { tabId: number }): Promise<string> };
      const button = g.chrome?.action ?? g.browser!.browserAction!;
      return button.getBadgeText({ tabId: Number(new URLSearchParams(location.search).get('tabId')) });
    });

  it('lists the claims found; choosing one scrolls to its highlight and opens its card; the badge counts them per tab', async () => {
    const page = await open('op-ed.html');
    const distinct = await page.evaluate(
      () => new Set([...document.querySelectorAll<HTMLElement>('gloss-claim')].flatMap((e) => e.dataset.claimIds!.split(' '))).size,
    );
    const popup = await browser.openPopup(page);
    await popup.waitFor(() => document.querySelectorAll('.claims li').length > 0);
    expect(await popup.evaluate(() => document.querySelectorAll('.claims li').length)).toBe(distinct);
    // Grouped by how the page treats each claim; the op-ed makes its claims in its own voice.
    const groups = await popup.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.claim-group')].map((g) => [g.dataset.relation, g.querySelector('h3')!.textContent]),
    );
    expect(groups[0]).toEqual(['asserts', 'Made here']);
    expect(groups.map(([relation]) => relation)).toEqual(['asserts', 'reports', 'disputes'].filter((r) => groups.some(([g]) => g === r)));
    expect(await badgeOf(popup)).toBe(String(distinct));

    // A tab with an unrelated page has no badge.
    const other = await open('unrelated-control.html', false);
    const otherPopup = await browser.openPopup(other);
    await otherPopup.waitFor(() => document.body.textContent!.includes('No known claims'));
    expect(await badgeOf(otherPopup)).toBe('');
    await otherPopup.close();
    await other.close();

    const chosen = await browser.openPopup(page);
    await chosen.waitFor(() => document.querySelectorAll('.claims li').length > 0);
    const claimId = await chosen.evaluate(() => {
      const buttons = document.querySelectorAll<HTMLButtonElement>('.claims button');
      const last = buttons[buttons.length - 1];
      last.click();
      return last.dataset.claimId!;
    });
    // A real popup floats over the page; here the page is another tab, so show it: a hidden tab
    // gets no animation frames, for the smooth scroll or for the card's first render.
    await page.bringToFront();
    await cardOpenOn(page, claimId);
    await page.waitFor(() => {
      const r = document.querySelector('[data-gloss-active]')!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    await chosen.close();
    await popup.close();
    await page.close();
  });

  it('pauses everywhere from the popup and resumes; the options page lists switched-off sites and turns them back on', async () => {
    const page = await open('op-ed.html');
    const popup = await browser.openPopup(page);
    await popup.waitFor(() => [...document.querySelectorAll('button')].some((b) => b.textContent === 'Pause everywhere until I resume'));
    await popup.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Pause everywhere until I resume')!.click());
    await page.waitFor(() => document.querySelectorAll('gloss-claim').length === 0);
    const second = await open('dark.html', false);
    expect(await second.evaluate(() => document.querySelectorAll('gloss-claim').length)).toBe(0);
    await popup.waitFor(() => [...document.querySelectorAll('button')].some((b) => b.textContent === 'Resume'));
    await popup.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Resume')!.click());
    await page.waitFor(() => document.querySelectorAll('gloss-claim').length > 0);
    await second.waitFor(() => document.querySelectorAll('gloss-claim').length > 0);
    await second.close();

    // Switch the site off, then back on from the options page.
    await popup.waitFor(() => document.querySelector('input[type="checkbox"]'));
    await popup.click('input[type="checkbox"]');
    await page.waitFor(() => document.querySelectorAll('gloss-claim').length === 0);
    await popup.close();
    const options = await browser.openExtensionPage('options.html');
    await options.waitFor(() => document.querySelector('.sites li'));
    expect(await options.evaluate(() => [...document.querySelectorAll('.sites li span')].map((s) => s.textContent))).toEqual(['127.0.0.1']);
    expect(await axeViolations(options)).toEqual([]);
    // The privacy policy ships in the package: its link works with no network.
    const policy = await options.evaluate(async () => {
      const link = document.querySelector<HTMLAnchorElement>('footer a')!;
      const page = await fetch(link.href).then((r) => r.text());
      return [link.textContent, new URL(link.href).protocol, /<title>Gloss privacy policy<\/title>/.test(page)];
    });
    expect(policy).toEqual(['Privacy policy', browser.name === 'chromium' ? 'chrome-extension:' : 'moz-extension:', true]);
    await options.evaluate(() => document.querySelector<HTMLButtonElement>('.sites button')!.click());
    await options.waitFor(() => document.body.textContent!.includes('You have not switched Gloss off on any site.'));
    await page.waitFor(() => document.querySelectorAll('gloss-claim').length > 0);
    await options.close();
    await page.close();
  });

  it('the options page sets how highlights look: subtle by default, full, or off with the popup only', async () => {
    const page = await open('op-ed.html');
    const looks = () => page.evaluate(() => [...document.querySelectorAll('gloss-claim')].map((e) => e.hasAttribute('data-gloss-subtle')));
    expect((await looks()).every(Boolean)).toBe(true);
    const options = await browser.openExtensionPage('options.html');
    await options.waitFor(() => document.querySelector<HTMLInputElement>('input[name="highlight-look"][value="subtle"]')?.checked);
    await options.click('input[name="highlight-look"][value="full"]');
    await page.waitFor(() => [...document.querySelectorAll('gloss-claim')].every((e) => !e.hasAttribute('data-gloss-subtle')));
    expect((await looks()).length).toBeGreaterThan(10);

    await options.click('input[name="highlight-look"][value="off"]');
    await page.waitFor(() => document.querySelectorAll('gloss-claim').length === 0);
    // Nothing in the page, but the popup still lists its claims; choosing one shows that sentence and its card.
    const popup = await browser.openPopup(page);
    await popup.waitFor(() => document.querySelectorAll('.claims li').length > 0);
    const claimId = await popup.evaluate(() => {
      const first = document.querySelector<HTMLButtonElement>('.claims button')!;
      first.click();
      return first.dataset.claimId!;
    });
    await page.bringToFront();
    await cardOpenOn(page, claimId);
    expect(await page.evaluate(() => document.querySelectorAll('gloss-claim:not([data-gloss-part])').length)).toBe(1);
    await popup.close();

    // Back to the default: every highlight returns, subtle.
    await options.click('input[name="highlight-look"][value="subtle"]');
    await page.waitFor(() => document.querySelectorAll('gloss-claim').length > 10);
    await waitForIdle(page);
    expect((await looks()).every(Boolean)).toBe(true);
    expect(await axeViolations(options)).toEqual([]);
    await options.close();
    await page.close();
  });

  it('on a phone-sized screen (412×915): a tapped highlight opens a card that fits; the popup and the options page do not scroll sideways and every control is on screen', async () => {
    const page = await browser.newPage();
    await page.setViewport(412, 915);
    await page.goto(server.url('op-ed.html'));
    await page.waitFor(() => document.querySelectorAll('gloss-claim').length > 0, undefined, 15_000);
    await waitForIdle(page);
    // Tap where the driver can (Chromium's touch emulation); Firefox's driver clicks instead.
    if (browser.canTap) await page.tap('gloss-claim');
    else await page.click('gloss-claim');
    await page.waitFor(() => document.querySelector('gloss-card')?.shadowRoot?.querySelector('.claim h2'));
    const card = await page.evaluate(() => {
      const r = document.querySelector('gloss-card')!.getBoundingClientRect();
      return r.left >= 0 && r.right <= innerWidth && r.bottom <= innerHeight;
    });
    expect(card).toBe(true);

    const onScreen = () => {
      const controls = [...document.querySelectorAll<HTMLElement>('button, input, select, textarea, a')].filter((el) => el.getClientRects().length > 0);
      return {
        scrollsSideways: document.documentElement.scrollWidth > innerWidth,
        offScreen: controls.filter((el) => {
          const r = el.getBoundingClientRect();
          return r.left < 0 || r.right > innerWidth + 0.5;
        }).length,
        controls: controls.length,
      };
    };
    const popup = await browser.openPopup(page);
    await popup.setViewport(412, 915);
    await popup.waitFor(() => document.querySelectorAll('.claims li').length > 0);
    const inPopup = await popup.evaluate(onScreen);
    expect(inPopup).toMatchObject({ scrollsSideways: false, offScreen: 0 });
    expect(inPopup.controls).toBeGreaterThan(5);
    await popup.close();

    const options = await browser.openExtensionPage('options.html');
    await options.setViewport(412, 915);
    await options.waitFor(() => document.querySelector('fieldset.look:not([disabled])'));
    const inOptions = await options.evaluate(onScreen);
    expect(inOptions).toMatchObject({ scrollsSideways: false, offScreen: 0 });
    expect(inOptions.controls).toBeGreaterThan(5);
    await options.close();
    await page.close();
  });

  it('the options page lists every claim: a search finds one, it opens as its card shows it, and "where you met it" leads to the history', async () => {
    const options = await browser.openExtensionPage('options.html');
    await options.waitFor(() => document.querySelectorAll('.claim-lines li').length > 0);
    const all = await options.evaluate(() => document.querySelectorAll('.claim-lines li').length);
    expect(all).toBe(65);
    await options.click('.claims-browser input[type="search"]');
    await options.type('third year');
    await options.waitFor(() => document.querySelectorAll('.claim-lines li').length === 1);
    await options.click('.claim-lines li button');
    await options.waitFor(() => document.querySelector('.claim-open h2')?.textContent === 'The war is “now in its third year”');
    expect(await options.evaluate(() => document.querySelector('.claim-open .provenance')?.textContent)).toMatch(/^Verdict by Gloss's editors/);
    expect(await axeViolations(options)).toEqual([]);
    await options.evaluate(() =>
      [...document.querySelectorAll<HTMLButtonElement>('.claim-open button')].find((b) => b.textContent === 'Where you met this claim')!.click(),
    );
    await options.waitFor(() => /^Pages where you met “The war is “now in its third year”/.test(document.querySelector('#history h3')?.textContent ?? ''));
    await options.close();
  });
}
