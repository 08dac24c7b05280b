/**
 * The in-page experience in each real browser: keyboard and pointer paths, placement at the
 * viewport's edges, hostile and dark pages, the page's own behaviour, dismissals, accessibility.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import { cardSettled, openCardWithSinceThen } from './harness/card';
import type { TestBrowser, TestPage } from './harness/driver';
import { useBrowserAndServer } from './harness/fixture';
import { waitForIdle } from './harness/idle';
import type { FixtureServer } from './harness/server';

export const TEST_OUTPUT = join(import.meta.dirname, '../../test-output');

export function defineExperienceSuite(launch: () => Promise<TestBrowser>): void {
  let browser: TestBrowser;
  let server: FixtureServer;
  useBrowserAndServer(launch, (b, s) => ([browser, server] = [b, s]));

  async function open(fixture: string): Promise<TestPage> {
    const page = await browser.newPage();
    await page.goto(server.url(fixture));
    await page.waitFor(() => document.querySelectorAll('gloss-claim').length > 0, undefined, 15_000);
    return page;
  }
  const cardOpen = (page: TestPage) => page.waitFor(() => document.querySelector('gloss-card')?.shadowRoot?.querySelector('.claim h2'));
  const cardClosed = (page: TestPage) => page.waitFor(() => !document.querySelector('gloss-card'));
  /** In the popup, "Undo" on the first claim hidden on this page. */
  const undoFirstHidden = (popup: TestPage) =>
    popup.evaluate(() => {
      const section = [...document.querySelectorAll('section')].find((x) => x.querySelector('h2')?.textContent === 'Hidden on this page')!;
      section.querySelector('button')!.click();
    });

  const focusedIn = (page: TestPage) =>
    page.evaluate(() => {
      const host = document.activeElement;
      const inner = host?.shadowRoot?.activeElement;
      return {
        host: host?.tagName ?? null,
        inner: inner ? `${inner.tagName}.${inner.className}` : null,
        claimId: (host as HTMLElement | null)?.dataset?.claimId ?? null,
      };
    });

  it('keyboard only: Tab reaches the highlights, arrows go on in reading order, Enter opens, Tab stays in the card, Esc returns', async () => {
    const page = await open('op-ed.html');
    const inOrder = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('gloss-claim:not([data-gloss-part])')].map((e) => e.dataset.claimIds));
    const focusedClaims = () =>
      page.evaluate(() => (document.activeElement?.tagName === 'GLOSS-CLAIM' ? (document.activeElement as HTMLElement).dataset.claimIds! : null));
    let first: string | null = null;
    for (let i = 0; i < 60 && !first; i++) {
      await page.press('Tab');
      first = await focusedClaims();
    }
    // One Tab stop for all highlights: the first in reading order; arrows go through the rest.
    const reached = [first];
    for (const key of ['ArrowDown', 'ArrowDown']) {
      await page.press(key);
      reached.push(await focusedClaims());
    }
    expect(reached).toEqual(inOrder.slice(0, 3));
    const name = await page.evaluate(() => document.activeElement!.getAttribute('aria-label'));
    expect(name).toMatch(/^Claim: .+, show context$/);

    await page.press('Enter');
    await cardOpen(page);
    for (let i = 0; i < 25; i++) {
      await page.press('Tab');
      expect((await focusedIn(page)).host).toBe('GLOSS-CARD');
    }
    await page.press('Shift+Tab');
    expect((await focusedIn(page)).host).toBe('GLOSS-CARD');
    await page.press('Escape');
    await cardClosed(page);
    expect((await focusedIn(page)).claimId).toBe(reached[2]!.split(' ')[0]);
    await page.close();
  });

  it('a compact card on a 360×640 screen: fits, adds no horizontal scroll, scrolls inside itself, the note and "Not this claim" within two Tabs, sections expand in place', async () => {
    const page = await browser.newPage();
    await page.setViewport(360, 640);
    await page.goto(server.url('op-ed.html'));
    await page.waitFor(() => document.querySelectorAll('gloss-claim').length > 0, undefined, 15_000);
    await waitForIdle(page);
    // The fixture page is not built for phones and scrolls sideways by itself: the card must add nothing to that.
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    await page.evaluate(() => document.querySelector<HTMLElement>('gloss-claim[tabindex="0"]')!.focus());
    await page.press('Enter');
    await cardOpen(page);
    await cardSettled(page);
    const fits = await page.evaluate((before) => {
      const host = document.querySelector('gloss-card')!;
      const card = host.shadowRoot!.querySelector<HTMLElement>('.card')!;
      const r = host.getBoundingClientRect();
      return {
        inside: r.left >= 0 && r.right <= innerWidth,
        widensPage: document.documentElement.scrollWidth > before,
        cardScrollsSideways: card.scrollWidth > card.clientWidth,
        scrollsInside: getComputedStyle(card).overflowY === 'auto' && r.bottom <= innerHeight,
      };
    }, pageWidth);
    expect(fits).toEqual({ inside: true, widensPage: false, cardScrollsSideways: false, scrollsInside: true });
    await page.press('Tab');
    expect((await focusedIn(page)).inner).toMatch(/^TEXTAREA/);
    await page.press('Tab');
    const second = await page.evaluate(() => document.querySelector('gloss-card')!.shadowRoot!.activeElement?.textContent);
    expect(second).toMatch(/^Not th(is claim|ese claims)$/);
    // Context opens in place from the keyboard: its summary, then Enter.
    const closed = await page.evaluate(() => !document.querySelector('gloss-card')!.shadowRoot!.querySelector<HTMLDetailsElement>('details.section')!.open);
    expect(closed).toBe(true);
    await page.evaluate(() => document.querySelector('gloss-card')!.shadowRoot!.querySelector<HTMLElement>('details.section > summary')!.focus());
    await page.press('Enter');
    await page.waitFor(() => document.querySelector('gloss-card')!.shadowRoot!.querySelector<HTMLDetailsElement>('details.section')!.open);
    await page.close();
  });

  it('hover intent: a quick pass does not open the card; moving into it keeps it; leaving closes it', async () => {
    const page = await open('op-ed.html');
    const box = await page.evaluate(() => {
      const r = document.querySelector('gloss-claim')!.getClientRects()[0];
      return { x: r.x + 20, y: r.y + r.height / 2 };
    });
    await page.mouseMove(box.x, box.y);
    await page.mouseMove(5, 5);
    // A card on its way (hover intent) keeps Gloss busy: idle now means none is coming.
    await waitForIdle(page);
    expect(await page.evaluate(() => !!document.querySelector('gloss-card'))).toBe(false);

    await page.mouseMove(box.x, box.y);
    await cardOpen(page);
    const card = await page.evaluate(() => {
      const r = document.querySelector('gloss-card')!.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + 30 };
    });
    // Through the gap and into the card, at a human pace.
    await page.mouseMove((box.x + card.x) / 2, (box.y + card.y) / 2);
    await page.mouseMove(card.x, card.y);
    // Idle: no close is pending (leaving the highlight started one, entering the card ended it).
    await waitForIdle(page);
    expect(await page.evaluate(() => !!document.querySelector('gloss-card'))).toBe(true);

    await page.mouseMove(card.x, 5);
    await cardClosed(page);
    await page.close();
  });

  // Chromium only: puppeteer's tap over WebDriver BiDi produced no click in Firefox ESR 153.
  it('Space opens the card too; a pinned card stays open when the pointer leaves or the reader clicks elsewhere', async () => {
    const page = await open('op-ed.html');
    await page.evaluate(() => document.querySelector<HTMLElement>('gloss-claim:not([data-gloss-part])')!.focus());
    await page.press(' ');
    await cardOpen(page);
    await page.evaluate(() => document.querySelector('gloss-card')!.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-pressed]')!.click());
    expect(
      await page.evaluate(() => document.querySelector('gloss-card')!.shadowRoot!.querySelector('button[aria-pressed]')!.getAttribute('aria-pressed')),
    ).toBe('true');
    await page.mouseMove(5, 5);
    await page.click('h1');
    await waitForIdle(page);
    expect(await page.evaluate(() => !!document.querySelector('gloss-card'))).toBe(true);
    await page.press('Escape');
    await cardClosed(page);
    await page.close();
  });

  it('a tap on a touch screen opens the card, and a tap elsewhere closes it', async (ctx) => {
    if (!browser.canTap) return ctx.skip();
    const page = await open('op-ed.html');
    await page.tap('gloss-claim');
    await cardOpen(page);
    await page.tap('h1');
    await cardClosed(page);
    await page.close();
  });

  it('follows its highlight when a scrolled container scrolls', async () => {
    await expectCardFollowsScroll('scroll-container.html');
  });

  it('follows its highlight on a page zoomed with CSS', async () => {
    await expectCardFollowsScroll('scroll-container-zoomed.html');
  });

  it('on a page zoomed with CSS, a card short of room fits beside its highlight without covering it', async () => {
    const page = await open('scroll-container-zoomed.html');
    await page.setViewport(1280, 600);
    await page.evaluate(() => document.querySelectorAll<HTMLElement>('gloss-claim:not([data-gloss-part])')[1].focus({ preventScroll: true }));
    await page.press('Enter');
    await cardOpen(page);
    const box = await page.evaluate(async () => {
      await new Promise(requestAnimationFrame);
      await new Promise(requestAnimationFrame);
      const card = document.querySelector('gloss-card')!.getBoundingClientRect();
      const anchor = document.querySelector('[data-gloss-active]')!.getBoundingClientRect();
      return { top: card.top, bottom: card.bottom, anchorTop: anchor.top, anchorBottom: anchor.bottom, height: innerHeight };
    });
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(box.height);
    expect(box.bottom <= box.anchorTop + 1 || box.top >= box.anchorBottom - 1).toBe(true);
    await page.close();
  });

  async function expectCardFollowsScroll(fixture: string): Promise<void> {
    const page = await open(fixture);
    // The same window in both browsers (puppeteer's default is 600 px tall): room for the card below.
    await page.setViewport(1280, 900);
    await page.evaluate(() => document.querySelectorAll<HTMLElement>('gloss-claim:not([data-gloss-part])')[1].focus({ preventScroll: true }));
    await page.press('Enter');
    await cardOpen(page);
    const gap = () =>
      page.evaluate(async () => {
        await new Promise(requestAnimationFrame);
        await new Promise(requestAnimationFrame);
        const card = document.querySelector('gloss-card')!.getBoundingClientRect();
        const anchor = document.querySelector('[data-gloss-active]')!.getBoundingClientRect();
        return { dx: Math.round(card.left - anchor.left), dy: Math.round(card.top - anchor.bottom), anchorTop: Math.round(anchor.top) };
      });
    const before = await gap();
    await page.evaluate(() => document.querySelector('.reader')!.scrollBy(0, 60));
    const after = await gap();
    expect(after.anchorTop).not.toBe(before.anchorTop);
    expect(Math.abs(after.dx - before.dx)).toBeLessThanOrEqual(2);
    expect(Math.abs(after.dy - before.dy)).toBeLessThanOrEqual(2);
    await page.close();
  }

  it('keeps the card inside the viewport at all four edges', async () => {
    const page = await open('edges.html');
    await page.setViewport(900, 640);
    for (let corner = 0; corner < 4; corner++) {
      await page.evaluate((i) => document.querySelector<HTMLElement>(`#corner-${i} gloss-claim:not([data-gloss-part])`)!.focus(), corner);
      await page.press('Enter');
      await cardOpen(page);
      // Placement is asynchronous and re-runs when the content grows: wait until it holds still.
      await page.waitFor(() => {
        const w = window as unknown as { lastRect?: string; sameFor?: number };
        const rect = JSON.stringify(document.querySelector('gloss-card')!.getBoundingClientRect());
        w.sameFor = rect === w.lastRect ? (w.sameFor ?? 0) + 1 : 0;
        w.lastRect = rect;
        return document.querySelector('gloss-card')!.getAttribute('style')?.includes('--gloss-y') && w.sameFor >= 5;
      });
      const r = await page.evaluate(() => {
        const b = document.querySelector('gloss-card')!.getBoundingClientRect();
        return { left: b.left, top: b.top, right: b.right, bottom: b.bottom, vw: innerWidth, vh: innerHeight };
      });
      expect(r.left, `corner ${corner}`).toBeGreaterThanOrEqual(0);
      expect(r.top, `corner ${corner}`).toBeGreaterThanOrEqual(0);
      expect(r.right, `corner ${corner}`).toBeLessThanOrEqual(r.vw);
      expect(r.bottom, `corner ${corner}`).toBeLessThanOrEqual(r.vh);
      await page.press('Escape');
      await cardClosed(page);
    }
    await page.close();
  });

  it('a claim-heavy paragraph carries one underline at rest; its other claim sentences show when the reader points into it or focuses one', async () => {
    const page = await open('op-ed.html');
    await page.hover('h1');
    const found = await page.evaluate(() => {
      const quiet = document.querySelector<HTMLElement>('gloss-claim[data-gloss-quiet]:not([data-gloss-part])');
      if (!quiet) return null;
      quiet.parentElement!.id ||= 'gloss-test-dense';
      const first = quiet.parentElement!.querySelector('gloss-claim:not([data-gloss-quiet])')!;
      return { id: quiet.parentElement!.id, first: getComputedStyle(first).textDecorationLine, quiet: getComputedStyle(quiet).textDecorationLine };
    });
    expect(found).toMatchObject({ first: 'underline', quiet: 'none' });
    // Pointing into the paragraph shows every claim sentence in it.
    await page.hover(`#${found!.id} gloss-claim:not([data-gloss-quiet])`);
    await page.waitFor((id) => getComputedStyle(document.querySelector(`#${id} gloss-claim[data-gloss-quiet]`)!).textDecorationLine === 'underline', found!.id);
    // And so does focus, for the keyboard.
    await page.hover('h1');
    await page.evaluate((id) => document.querySelector<HTMLElement>(`#${id} gloss-claim[data-gloss-quiet]:not([data-gloss-part])`)!.focus(), found!.id);
    expect(await page.evaluate((id) => getComputedStyle(document.querySelector(`#${id} gloss-claim[data-gloss-quiet]`)!).textDecorationLine, found!.id)).toBe(
      'underline',
    );
    await page.close();
  });

  it('on a hostile page the highlights and the card look and work the same', async () => {
    const page = await open('hostile.html');
    const styled = await page.evaluate(() => {
      const el = document.querySelector('gloss-claim')!;
      const cs = getComputedStyle(el);
      return { display: cs.display, underline: cs.textDecorationLine };
    });
    expect(styled.display).toBe('inline');
    // The page's `all: unset` does not take away the underline that marks a claim.
    expect(styled.underline).toBe('underline');

    await page.click('gloss-claim');
    await cardOpen(page);
    const card = await page.evaluate(() => {
      const host = document.querySelector('gloss-card')!;
      const inner = host.shadowRoot!.querySelector('.card')!;
      const r = host.getBoundingClientRect();
      const atCentre = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      return {
        fontSize: getComputedStyle(inner).fontSize,
        display: getComputedStyle(host).display,
        position: getComputedStyle(host).position,
        onTop: atCentre === host,
        width: Math.round(r.width),
        hostileClicks: (window as unknown as { hostileClicks: number }).hostileClicks,
      };
    });
    expect(card).toMatchObject({ fontSize: '14px', display: 'block', position: 'fixed', onTop: true });
    expect(card.width).toBeGreaterThan(300);
    // The page's own capturing handler still saw the click.
    expect(card.hostileClicks).toBeGreaterThan(0);
    await page.press('Escape');
    await cardClosed(page);

    await page.evaluate(() => document.querySelector<HTMLElement>('gloss-claim:not([data-gloss-part])')!.focus());
    await page.press('Enter');
    await cardOpen(page);
    await page.close();
  });

  it('adapts highlights to a dark page', async () => {
    const page = await open('dark.html');
    expect(await page.evaluate(() => document.querySelector('gloss-claim')!.getAttribute('data-gloss-tone'))).toBe('dark');
    await page.close();
    const light = await open('op-ed.html');
    expect(await light.evaluate(() => document.querySelector('gloss-claim')!.hasAttribute('data-gloss-tone'))).toBe(false);
    await light.close();
  });

  it("leaves the page's layout, selection, links and click handlers as they were", async () => {
    const page = await open('op-ed.html');
    // Positions in the document, so a scroll between the two measurements does not count.
    const measure = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('article p')].map((p) => {
          const r = p.getBoundingClientRect();
          return JSON.stringify({ x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height });
        }),
      );
    const rectsOn = await measure();

    // The page's own handler on the article sees clicks on highlighted text.
    await page.evaluate(() => {
      (window as unknown as { pageClicks: number }).pageClicks = 0;
      document.querySelector('article')!.addEventListener('click', () => (window as unknown as { pageClicks: number }).pageClicks++);
    });
    await page.click('gloss-claim');
    expect(await page.evaluate(() => (window as unknown as { pageClicks: number }).pageClicks)).toBe(1);
    await page.press('Escape');

    // Selecting a paragraph selects its text, highlights or not.
    await page.tripleClick('article > p:nth-of-type(2)');
    const selection = await page.evaluate(() => ({
      selected: getSelection()!.toString().replace(/\s+/g, ' ').trim(),
      text: document.querySelectorAll('article > p')[1].textContent!.replace(/\s+/g, ' ').trim(),
    }));
    expect(selection.selected).toBe(selection.text);

    // Switching Gloss off must not move a single paragraph.
    const popup = await browser.openPopup(page);
    await popup.waitFor(() => document.querySelector('input[type="checkbox"]'));
    await popup.click('input[type="checkbox"]');
    await page.waitFor(() => document.querySelectorAll('gloss-claim').length === 0);
    const rectsOff = await measure();
    expect(rectsOff.length).toBe(rectsOn.length);
    rectsOn.forEach((on, i) => {
      const a = JSON.parse(on);
      const b = JSON.parse(rectsOff[i]);
      for (const k of ['x', 'y', 'width', 'height']) expect(Math.abs(a[k] - b[k]), `paragraph ${i} ${k}`).toBeLessThanOrEqual(1);
    });
    await popup.click('input[type="checkbox"]');
    await page.waitFor(() => document.querySelectorAll('gloss-claim').length > 0);
    await popup.close();

    // A link inside a highlighted sentence still navigates.
    await page.bringToFront();
    await page.click('gloss-claim a[href="/topics/coalition-of-the-willing"]');
    await page.waitFor(() => location.pathname === '/topics/coalition-of-the-willing');
    await page.close();
  });

  it('"Not this claim" removes it on this page, is remembered, and the popup undoes it', async () => {
    const page = await open('op-ed.html');
    const target = await page.evaluate(() => document.querySelector<HTMLElement>('gloss-claim[data-claim-id="war-in-third-year"]')!.dataset.claimIds);
    expect(target).toBe('war-in-third-year');
    await page.evaluate(() => document.querySelector<HTMLElement>('gloss-claim[data-claim-id="war-in-third-year"]')!.focus());
    await page.press('Enter');
    await cardOpen(page);
    await page.evaluate(() => {
      const root = document.querySelector('gloss-card')!.shadowRoot!;
      [...root.querySelectorAll('button')].find((b) => b.textContent === 'Not this claim')!.click();
    });
    await page.waitFor(() => /Hidden on this page/.test(document.querySelector('gloss-card')!.shadowRoot!.textContent ?? ''));
    await page.press('Escape');
    await page.waitFor(() => !document.querySelector('gloss-claim[data-claim-ids~="war-in-third-year"]'));

    await page.reload();
    await page.waitFor(() => document.querySelectorAll('gloss-claim').length > 0, undefined, 15_000);
    await waitForIdle(page);
    expect(await page.evaluate(() => !!document.querySelector('gloss-claim[data-claim-ids~="war-in-third-year"]'))).toBe(false);

    const popup = await browser.openPopup(page);
    await popup.waitFor(() => [...document.querySelectorAll('section h2')].some((h) => h.textContent === 'Hidden on this page'));
    await undoFirstHidden(popup);
    await page.waitFor(() => !!document.querySelector('gloss-claim[data-claim-ids~="war-in-third-year"]'));
    await popup.close();
    await page.close();
  });

  it('"Not these claims" on a highlight holding two claims removes the highlight', async () => {
    const page = await open('op-ed.html');
    const selector = 'gloss-claim[data-claim-ids="coalition-26-nations-pledge-troops troop-pledge-undermines-peace"]';
    await page.evaluate((s) => document.querySelector<HTMLElement>(`${s}:not([data-gloss-part])`)!.focus(), selector);
    await page.press('Enter');
    await cardOpen(page);
    await page.evaluate(() => {
      const root = document.querySelector('gloss-card')!.shadowRoot!;
      [...root.querySelectorAll('button')].find((b) => b.textContent === 'Not these claims')!.click();
    });
    await page.waitFor(() => /Hidden on this page/.test(document.querySelector('gloss-card')!.shadowRoot!.textContent ?? ''));
    await page.press('Escape');
    await page.waitFor((s) => !document.querySelector(s), selector);
    await waitForIdle(page);
    const left = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('gloss-claim')].flatMap((e) => e.dataset.claimIds!.split(' ')));
    expect(left).not.toContain('troop-pledge-undermines-peace');
    expect(left).not.toContain('coalition-26-nations-pledge-troops');
    expect(left.length).toBeGreaterThan(0);
    // The popup's undo brings the highlight back, with both claims (and leaves the page as the
    // other tests expect it).
    const popup = await browser.openPopup(page);
    await popup.waitFor(() => [...document.querySelectorAll('section h2')].some((h) => h.textContent === 'Hidden on this page'));
    await undoFirstHidden(popup);
    await page.waitFor(() =>
      document.querySelector('gloss-claim[data-claim-ids~="troop-pledge-undermines-peace"], gloss-claim[data-claim-ids~="coalition-26-nations-pledge-troops"]'),
    );
    await popup.close();
    const again = await browser.openPopup(page);
    await again.waitFor(() => document.querySelectorAll('.claims li').length > 0);
    await undoFirstHidden(again);
    await page.waitFor((s) => !!document.querySelector(s), selector);
    await again.close();
    await page.close();
  });

  it('shows a card’s "as of" date and, newest first, what happened since then; axe finds nothing wrong', async () => {
    const page = await open('op-ed.html');
    await openCardWithSinceThen(page, 'coalition-26-nations-pledge-troops');
    const card = await page.evaluate(() => {
      const root = document.querySelector('gloss-card')!.shadowRoot!;
      return {
        asOf: root.querySelector('.as-of')!.textContent,
        provenance: root.querySelector('.provenance')?.textContent ?? '',
        heading: [...root.querySelectorAll('h3')].map((h) => h.textContent),
        later: [...root.querySelectorAll('.since-then li time.when')].map((t) => t.getAttribute('datetime')),
      };
    });
    expect(card.asOf).toMatch(/^As of /);
    expect(card.provenance).toMatch(/^Verdict by Gloss's editors.*Gloss dataset \d{4}\.\d{2}\.\d{2}$/);
    expect(card.heading).toContain('Since then');
    expect(card.later.length).toBeGreaterThanOrEqual(1);
    expect([...card.later].sort().reverse()).toEqual(card.later);
    expect(await axeViolations(page, ['gloss-card'])).toEqual([]);
    await page.close();
  });

  it('has no axe violations in the card or the popup', async () => {
    const page = await open('op-ed.html');
    await page.evaluate(() => document.querySelector<HTMLElement>('gloss-claim:not([data-gloss-part])')!.focus());
    await page.press('Enter');
    await cardOpen(page);
    await page.evaluate(() => (document.querySelector('gloss-card')!.shadowRoot!.querySelector('details') as HTMLDetailsElement).setAttribute('open', ''));
    await cardSettled(page);
    expect(await axeViolations(page, ['gloss-card'])).toEqual([]);

    const popup = await browser.openPopup(page);
    await popup.waitFor(() => document.querySelector('.claims li'));
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  // Functional: the card opens on each click. The time is logged for the record, not asserted:
  // on two shared cores a wall-clock bound fails for reasons that are not Gloss's.
  it('opens the card on a click, again and again (time from the click to the claim on screen logged)', async () => {
    const page = await open('op-ed.html');
    const timings: number[] = [];
    for (const index of [0, 5, 10, 0]) {
      timings.push(
        await page.evaluate(async (i) => {
          const target = document.querySelectorAll<HTMLElement>('gloss-claim:not([data-gloss-part])')[i];
          const start = performance.now();
          target.click();
          while (!document.querySelector('gloss-card')?.shadowRoot?.querySelector('.claim h2')) await new Promise(requestAnimationFrame);
          const elapsed = performance.now() - start;
          document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
          return elapsed;
        }, index),
      );
      await cardClosed(page);
    }
    console.log(`[${browser.name}] card open, click to claim on screen (ms): ${timings.map((t) => t.toFixed(1)).join(', ')}`);
    expect(timings).toHaveLength(4);
    await page.close();
  });

  // Whether the page stays responsive meanwhile is a figure for the page benchmark (long tasks
  // include the page's own work, so they are no pass/fail for a functional test).
  it('highlights every claim of a very long article, each once', async () => {
    // 15 copies of the op-ed: 15 times the highlights of one (32 sentences today).
    const onePage = await open('op-ed.html');
    await waitForIdle(onePage);
    const perCopy = await onePage.evaluate(() => document.querySelectorAll('gloss-claim:not([data-gloss-part])').length);
    await onePage.close();
    const page = await browser.newPage();
    await page.goto(server.url('long-article.html'));
    await waitForIdle(page, -1, 60_000);
    expect(await page.evaluate(() => document.querySelectorAll('gloss-claim:not([data-gloss-part])').length)).toBe(15 * perCopy);
    expect(await page.evaluate(() => document.querySelectorAll('gloss-claim gloss-claim').length)).toBe(0);
    await page.close();
  });

  it('writes screenshots of the card (desktop and phone), the popup and the welcome page, light and (where the driver can emulate it) dark; axe finds nothing wrong in either', async () => {
    mkdirSync(TEST_OUTPUT, { recursive: true });
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage();
      if (scheme === 'dark' && !(await page.emulateDarkScheme())) {
        await page.close();
        continue;
      }
      await page.goto(server.url('op-ed.html'));
      await page.waitFor(() => document.querySelectorAll('gloss-claim').length > 0, undefined, 15_000);
      await page.evaluate(() => document.querySelector<HTMLElement>('gloss-claim:not([data-gloss-part])')!.focus());
      await page.press('Enter');
      await cardOpen(page);
      await cardSettled(page);
      const background = await page.evaluate(() => getComputedStyle(document.querySelector('gloss-card')!.shadowRoot!.querySelector('.card')!).backgroundColor);
      expect(background).toBe(scheme === 'dark' ? 'rgb(31, 32, 35)' : 'rgb(255, 255, 255)');
      await page.screenshot(join(TEST_OUTPUT, `card-${scheme}-${browser.name}.png`));
      // The same card on a phone-sized screen.
      await page.setViewport(360, 640);
      await page.waitFor(() => {
        const r = document.querySelector('gloss-card')!.shadowRoot!.querySelector('.card')!.getBoundingClientRect();
        return r.right <= innerWidth && r.width > 0;
      });
      await page.screenshot(join(TEST_OUTPUT, `card-phone-${scheme}-${browser.name}.png`));
      await page.setViewport(1280, 900);

      // The popup and the welcome page in the same scheme: screenshots, and axe finds nothing wrong.
      const popup = await browser.openPopup(page);
      if (scheme === 'dark') await popup.emulateDarkScheme();
      await popup.waitFor(() => document.querySelectorAll('.claims li').length > 0);
      expect(await axeViolations(popup)).toEqual([]);
      await popup.screenshot(join(TEST_OUTPUT, `popup-${scheme}-${browser.name}.png`));
      await popup.close();
      const welcome = await browser.openExtensionPage('welcome.html');
      if (scheme === 'dark') await welcome.emulateDarkScheme();
      await welcome.waitFor(() => document.querySelector('[data-knows]'));
      expect(await axeViolations(welcome)).toEqual([]);
      await welcome.screenshot(join(TEST_OUTPUT, `welcome-${scheme}-${browser.name}.png`));
      await welcome.close();
      await page.close();
    }
  });
}
