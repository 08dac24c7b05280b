/**
 * The end-to-end behaviour of Gloss, run against the built extension in each real browser.
 * `chromium.test.ts` and `firefox.test.ts` call this with their launcher.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../lib/data/schema';
import { verdictClass, type VerdictClass } from '../../lib/data/verdict-class';
import messages from '../../public/_locales/en/messages.json';
import expected from '../fixtures/expected/op-ed.json';
import type { TestBrowser, TestPage } from './harness/driver';
import { useBrowserAndServer } from './harness/fixture';
import { waitForIdle } from './harness/idle';
import { addNoteFromMenu, ask, select } from './harness/notes';
import type { FixtureServer } from './harness/server';

const DATA = join(import.meta.dirname, '../../data/claims');

export function defineGlossSuite(launch: () => Promise<TestBrowser>): void {
  let browser: TestBrowser;
  let server: FixtureServer;
  useBrowserAndServer(launch, (b, s) => ([browser, server] = [b, s]));

  async function openOpEd(): Promise<TestPage> {
    const page = await browser.newPage();
    await page.goto(server.url('op-ed.html'));
    await waitForHighlights(page);
    return page;
  }

  describe('highlights', () => {
    it('marks the sentences that make known claims on the op-ed page', async () => {
      const page = await openOpEd();
      const highlights = await page.evaluate(() => {
        const all = [...document.querySelectorAll<HTMLElement>('gloss-claim')];
        return all.flatMap((el, i) => {
          if (el.hasAttribute('data-gloss-part')) return [];
          // The whole sentence: this element and the continuation parts that follow it.
          let text = el.textContent ?? '';
          for (let j = i + 1; j < all.length && all[j].hasAttribute('data-gloss-part'); j++) text += all[j].textContent;
          return [{ ids: (el.dataset.claimIds ?? '').split(' '), text: text.replace(/\s+/g, ' ').trim() }];
        });
      });
      expect(highlights.length).toBeGreaterThanOrEqual(10);
      for (const { sentence, claimId } of expected.sentences) {
        const hit = highlights.find((h) => h.text.startsWith(sentence));
        expect(hit, `no highlight on "${sentence}"`).toBeDefined();
        expect(hit!.ids, `"${sentence}"`).toContain(claimId);
      }
      // Every highlight is on a sentence we expect: nothing marked by accident.
      for (const h of highlights) {
        expect(
          expected.sentences.some((e: { sentence: string }) => h.text.startsWith(e.sentence)),
          `unexpected highlight "${h.text}"`,
        ).toBe(true);
      }
      await page.close();
    });

    it.each(['same-topic-control.html', 'unrelated-control.html'])('marks nothing on %s', async (fixture) => {
      const page = await browser.newPage();
      await page.goto(server.url(fixture));
      await waitForIdle(page);
      expect(await page.evaluate(() => document.querySelectorAll('gloss-claim, gloss-card').length)).toBe(0);
      await page.close();
    });
  });

  it('shows each highlight’s verdict class by its underline’s style, not colour alone, and names the verdict', async () => {
    const page = await openOpEd();
    await waitForIdle(page);
    const seen = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('gloss-claim:not([data-gloss-part])')].map((e) => ({
        id: e.dataset.claimId!,
        verdict: e.dataset.glossVerdict,
        style: getComputedStyle(e).textDecorationStyle,
        label: e.getAttribute('aria-label')!,
      })),
    );
    const styleOf: Record<VerdictClass, string> = { false: 'solid', contested: 'dashed', accurate: 'dotted' };
    for (const h of seen) {
      const claim = JSON.parse(readFileSync(join(DATA, `${h.id}.json`), 'utf8')) as Claim;
      expect(h.verdict, h.id).toBe(verdictClass(claim.verdict.label));
      expect(h.style, h.id).toBe(styleOf[h.verdict as VerdictClass]);
      const verdict = messages[`verdict_${claim.verdict.label.replace(/-/g, '_')}` as keyof typeof messages].message;
      expect(h.label).toBe(`Claim: ${claim.title} (${verdict}), show context`);
    }
    expect(new Set(seen.map((h) => h.verdict)).size).toBeGreaterThanOrEqual(2);
    await page.close();
  });

  describe('the card', () => {
    it('opens on hover with the claim, verdict, dated sources and perspectives; Esc closes it', async () => {
      const page = await openOpEd();
      await page.hover('gloss-claim');
      await page.waitFor(() => document.querySelector('gloss-card')?.shadowRoot?.querySelector('.claim h2'));
      const card = await page.evaluate(() => {
        const root = document.querySelector('gloss-card')!.shadowRoot!;
        const links = [...root.querySelectorAll<HTMLAnchorElement>('.context a')];
        return {
          title: root.querySelector('h2')!.textContent,
          verdict: root.querySelector('.badge')?.textContent,
          dates: root.querySelectorAll('.context time').length,
          links: links.map((a) => ({ href: a.href, rel: a.rel, target: a.target })),
          perspectives: root.querySelectorAll('.perspective').length,
          // Page CSS cannot reach into the shadow root: the card keeps its own font size.
          fontSize: getComputedStyle(root.querySelector('.card')!).fontSize,
        };
      });
      expect(card.title).toBeTruthy();
      expect(card.verdict).toBeTruthy();
      expect(card.links.length).toBeGreaterThanOrEqual(2);
      expect(card.dates).toBe(card.links.length);
      for (const link of card.links) {
        expect(link.href).toMatch(/^https:\/\//);
        expect(link.rel).toBe('noopener noreferrer');
        expect(link.target).toBe('_blank');
      }
      expect(card.perspectives).toBeGreaterThanOrEqual(3);
      expect(card.fontSize).toBe('14px');
      await page.press('Escape');
      await page.waitFor(() => !document.querySelector('gloss-card'));
      await page.close();
    });

    it('says how the sentence relates to the claim: makes it, reports it, disputes it, is possibly related or possibly another event (no verdict chip)', async () => {
      const page = await browser.newPage();
      await page.goto(server.url('relation.html'));
      await page.waitFor(() => document.querySelectorAll('gloss-claim:not([data-gloss-part])').length >= 5, undefined, 15_000);
      const expectations: [string, string][] = [
        ['asserts', 'This sentence makes this claim:'],
        ['reports', "This sentence reports this claim as someone's:"],
        ['disputes', 'This sentence disputes this claim:'],
        // A group of the claim's terms is missing, similar wording vouches for it: tentative.
        ['possibly', "Possibly related: this sentence has most of this claim's key terms, not all of them."],
        // The claim is about the April 2025 offer; the sentence dates itself to another one.
        ['other-event', 'Possibly another event: this sentence names Nov 2025, while this claim is about Apr 2025.'],
      ];
      for (const [id, text] of expectations) {
        await page.hover(`#${id} gloss-claim`);
        await page.waitFor((want) => document.querySelector('gloss-card')?.shadowRoot?.querySelector('.relation')?.textContent === want, text);
        const badge = await page.evaluate(() => !!document.querySelector('gloss-card')!.shadowRoot!.querySelector('.badge'));
        expect(badge, id).toBe(id !== 'possibly' && id !== 'other-event');
        await page.press('Escape');
        await page.waitFor(() => !document.querySelector('gloss-card'));
      }
      await page.close();
    });

    it('opens from the keyboard (Tab to a highlight, Enter) and Esc returns focus', async () => {
      const page = await openOpEd();
      let onHighlight = false;
      for (let i = 0; i < 40 && !onHighlight; i++) {
        await page.press('Tab');
        onHighlight = await page.evaluate(() => document.activeElement?.tagName === 'GLOSS-CLAIM');
      }
      expect(onHighlight).toBe(true);
      const claimId = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.claimId);
      await page.press('Enter');
      await page.waitFor(() => document.querySelector('gloss-card')?.shadowRoot?.querySelector('.claim h2'));
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('GLOSS-CARD');
      await page.press('Escape');
      await page.waitFor(() => !document.querySelector('gloss-card'));
      expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.claimId)).toBe(claimId);
      await page.close();
    });

    it('one Tab stop for all highlights; arrows, Home and End move through every one; position is announced', async () => {
      const page = await openOpEd();
      await waitForIdle(page);
      const setup = await page.evaluate(() => {
        const starts = [...document.querySelectorAll<HTMLElement>('gloss-claim:not([data-gloss-part])')];
        const stops = [...document.querySelectorAll('gloss-claim')].filter((e) => (e as HTMLElement).tabIndex === 0);
        return { count: starts.length, stops: stops.length, stopIsFirst: stops[0] === starts[0] };
      });
      expect(setup.count).toBeGreaterThan(10);
      expect(setup.stops).toBe(1);
      expect(setup.stopIsFirst).toBe(true);
      await page.evaluate(() => document.querySelector<HTMLElement>('gloss-claim[tabindex="0"]')!.focus());
      const indexOfFocus = () =>
        page.evaluate(() => [...document.querySelectorAll('gloss-claim:not([data-gloss-part])')].indexOf(document.activeElement as Element));
      const visited = [await indexOfFocus()];
      for (let i = 1; i < setup.count; i++) {
        await page.press('ArrowDown');
        visited.push(await indexOfFocus());
      }
      expect(visited).toEqual([...Array(setup.count).keys()]);
      // The last one visited is now the only Tab stop.
      expect(await page.evaluate(() => [...document.querySelectorAll('gloss-claim[tabindex="0"]')].length)).toBe(1);
      await page.press('Home');
      expect(await indexOfFocus()).toBe(0);
      await page.press('End');
      expect(await indexOfFocus()).toBe(setup.count - 1);
      await page.waitFor(
        (n) => document.querySelector('gloss-live')?.shadowRoot?.querySelector('[role="status"]')?.textContent === `Highlighted claim ${n} of ${n}.`,
        setup.count,
      );
      await page.press('ArrowUp');
      expect(await indexOfFocus()).toBe(setup.count - 2);
      await page.close();
    });
  });

  describe('notes', () => {
    const NOTE = `Check the Kremlin transcript ${Date.now()}`;

    async function openCardByKeyboard(page: TestPage, claimId: string): Promise<void> {
      // Highlights are drawn part by part: the first one on the page may come before this one.
      await page.waitFor((id) => document.querySelector(`gloss-claim:not([data-gloss-part])[data-claim-id="${id}"]`), claimId, 15_000);
      await page.evaluate((id) => document.querySelector<HTMLElement>(`gloss-claim:not([data-gloss-part])[data-claim-id="${id}"]`)!.focus(), claimId);
      await page.press('Enter');
      await page.waitFor(() => {
        const box = document.querySelector('gloss-card')?.shadowRoot?.querySelector('textarea');
        return box && !box.disabled;
      });
    }
    const noteText = (page: TestPage) => page.evaluate(() => document.querySelector('gloss-card')!.shadowRoot!.querySelector('textarea')!.value);

    it('a note written in the card is there after a reload and after a browser restart', async () => {
      let page = await openOpEd();
      const claimId = await page.evaluate(() => document.querySelector<HTMLElement>('gloss-claim:not([data-gloss-part])')!.dataset.claimId!);
      await openCardByKeyboard(page, claimId);
      await page.evaluate(() => document.querySelector('gloss-card')!.shadowRoot!.querySelector('textarea')!.focus());
      await page.type(NOTE);
      await page.press('Control+Enter');
      await page.waitFor(() => /Saved/.test(document.querySelector('gloss-card')!.shadowRoot!.querySelector('.note-status')!.textContent ?? ''));

      await page.reload();
      await waitForHighlights(page);
      await openCardByKeyboard(page, claimId);
      expect(await noteText(page)).toBe(NOTE);
      await page.close();

      await browser.restart();
      page = await openOpEd();
      await openCardByKeyboard(page, claimId);
      expect(await noteText(page)).toBe(NOTE);

      // And it can be deleted.
      await page.evaluate(() => {
        const buttons = [...document.querySelector('gloss-card')!.shadowRoot!.querySelectorAll('button')];
        buttons.find((b) => b.textContent === 'Delete note')!.click();
      });
      await page.waitFor(() => /deleted/.test(document.querySelector('gloss-card')!.shadowRoot!.querySelector('.note-status')!.textContent ?? ''));
      await page.reload();
      await waitForHighlights(page);
      await openCardByKeyboard(page, claimId);
      expect(await noteText(page)).toBe('');
      await page.close();
    });
  });

  describe('per-site switch', () => {
    it('off removes every highlight and restores the article exactly; on brings them back; remembered', async () => {
      const page = await openOpEd();
      const original = await page.evaluate(async () => {
        const html = await (await fetch(location.href)).text();
        return new DOMParser().parseFromString(html, 'text/html').querySelector('article')!.innerHTML;
      });
      const count = await page.evaluate(() => document.querySelectorAll('gloss-claim').length);
      expect(await page.evaluate(() => document.querySelector('article')!.innerHTML)).not.toBe(original);

      // Use the card first: open it, write a note, close it. None of that may leave a trace.
      await page.evaluate(() => document.querySelector<HTMLElement>('gloss-claim:not([data-gloss-part])')!.focus());
      await page.press('Enter');
      await page.waitFor(() => {
        const box = document.querySelector('gloss-card')?.shadowRoot?.querySelector('textarea');
        return box && !box.disabled;
      });
      await page.evaluate(() => document.querySelector('gloss-card')!.shadowRoot!.querySelector('textarea')!.focus());
      await page.type('A note before switching off');
      await page.press('Control+Enter');
      await page.waitFor(() => /Saved/.test(document.querySelector('gloss-card')!.shadowRoot!.querySelector('.note-status')!.textContent ?? ''));
      await page.press('Escape');

      // And a passage note on words in the middle of a highlighted sentence: its marker splits
      // the highlight's text there, and must leave no trace either.
      const words = await page.evaluate(() => {
        const text = document.querySelector('gloss-claim:not([data-gloss-part])')!.textContent!;
        return text.slice(Math.floor(text.length / 4), Math.floor(text.length / 2)).trim();
      });
      await select(page, words);
      await addNoteFromMenu(browser, page);
      await page.waitFor(() => document.querySelector('gloss-card')?.shadowRoot?.activeElement?.tagName === 'TEXTAREA');
      await page.type('A passage note before switching off');
      await page.waitFor(() => document.querySelector('gloss-card')?.shadowRoot?.querySelector<HTMLElement>('.note-status')?.dataset.status === 'saved');
      await page.press('Escape');
      expect(await page.evaluate(() => document.querySelector('gloss-claim gloss-note') !== null)).toBe(true);

      const popup = await browser.openPopup(page);
      await popup.waitFor(() => document.querySelector('input[type="checkbox"]'));
      expect(await popup.evaluate(() => document.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked)).toBe(true);
      await popup.click('input[type="checkbox"]');
      await page.waitFor(() => document.querySelectorAll('gloss-claim, gloss-note').length === 0);
      expect(await page.evaluate(() => document.querySelector('article')!.innerHTML)).toBe(original);
      // Exactly: as many text nodes as the page sent, so none is left split where a marker or a highlight stood.
      expect(
        await page.evaluate(async () => {
          const count = (root: Node) => {
            let n = 0;
            for (const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT); walker.nextNode();) n++;
            return n;
          };
          const html = await (await fetch(location.href)).text();
          return count(document.querySelector('article')!) - count(new DOMParser().parseFromString(html, 'text/html').querySelector('article')!);
        }),
      ).toBe(0);

      await page.reload();
      // Switched off for the site: Gloss still starts, asks, and leaves the page alone.
      await waitForIdle(page);
      expect(await page.evaluate(() => document.querySelectorAll('gloss-claim').length)).toBe(0);

      await popup.close();
      const popupAgain = await browser.openPopup(page);
      await popupAgain.waitFor(() => document.querySelector('input[type="checkbox"]'));
      expect(await popupAgain.evaluate(() => document.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked)).toBe(false);
      await popupAgain.click('input[type="checkbox"]');
      await page.waitFor((n) => document.querySelectorAll('gloss-claim').length === n, count);
      await popupAgain.close();
      const options = await browser.openExtensionPage('options.html');
      for (const note of await ask<{ id: string; url: string; quote?: unknown }[]>(options, { type: 'notes/all' }))
        if (note.quote) await ask(options, { type: 'notes/delete', id: note.id });
      await options.close();
      await page.close();
    });
  });
}

/** Waits for the first highlight, then for Gloss to finish the pass (later slices may still be coming). */
async function waitForHighlights(page: TestPage): Promise<void> {
  await page.waitFor(() => document.querySelectorAll('gloss-claim').length > 0, undefined, 15_000);
  await waitForIdle(page);
}
