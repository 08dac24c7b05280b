/**
 * Gloss in the reader's language: with the browser's UI in German, French, Polish, Ukrainian or
 * Russian, the options page and the card speak it (their `lang` says so), while the claims, which
 * are written in English, keep `lang="en"`. Chromium only: its UI language is a launch flag,
 * while Firefox's follows installed language packs, which this machine's Firefox has none of.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import type { TestBrowser } from './harness/driver';
import { failOnGlossErrors } from './harness/fixture';
import { serveFixtures, type FixtureServer } from './harness/server';

const LOCALES = join(import.meta.dirname, '../../public/_locales');
const message = (lang: string, key: string) =>
  (JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>)[key].message;

/**
 * Run in a page: text that is a message key rather than a message (a missing translation shows
 * its key), and elements whose text is cut off (hidden overflow narrower than its content).
 */
const RAW_OR_CLIPPED = () => {
  const all = [...document.querySelectorAll<HTMLElement>('body *')].filter((el) => el.getClientRects().length > 0);
  const own = (el: HTMLElement) =>
    [...el.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent!.trim())
      .join(' ')
      .trim();
  return {
    raw: all.map(own).filter((text) => /__MSG_|^[a-z]+(?:[A-Z][a-z]+)+(?:_[a-z]+)?$/.test(text)),
    clipped: all
      .filter((el) => {
        const style = getComputedStyle(el);
        const hides = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
        // A visually hidden label (for screen readers only) is clipped on purpose: a 1 px box.
        const box = el.getBoundingClientRect();
        const screenReaderOnly = style.clipPath !== 'none' || box.width * box.height <= 1;
        return hides && !screenReaderOnly && own(el) !== '' && el.scrollWidth > el.clientWidth + 1;
      })
      .map((el) => `${el.tagName}: ${own(el).slice(0, 40)}`),
  };
};

export function defineLanguagesSuite(launchIn: (lang: string) => Promise<TestBrowser>): void {
  let server: FixtureServer;
  let browser: TestBrowser | undefined;
  beforeAll(async () => void (server = await serveFixtures()));
  afterAll(async () => {
    await browser?.close();
    await server.close();
  });
  failOnGlossErrors(() => browser);

  it.each(['de', 'fr', 'pl', 'uk', 'ru'])(
    'in %s: the options page, the card and the popup speak the language (its plural forms too); the claims stay marked as English',
    async (lang) => {
      await browser?.close();
      browser = await launchIn(lang);
      const options = await browser.openExtensionPage('options.html');
      await options.waitFor(() => document.querySelector('h1'));
      expect(await options.evaluate(() => [document.documentElement.lang, document.querySelector('h1')!.textContent])).toEqual([
        lang,
        message(lang, 'optionsTitle'),
      ]);
      expect(await axeViolations(options)).toEqual([]);
      expect(await options.evaluate(RAW_OR_CLIPPED)).toEqual({ raw: [], clipped: [] });
      // The privacy policy it links to is in the same language, and ships in the package.
      const policy = await options.evaluate(() => document.querySelector<HTMLAnchorElement>('footer a')!.getAttribute('href')!);
      expect(policy).toBe(`privacy.${lang}.html`);
      await options.close();
      const policyPage = await browser.openExtensionPage(policy);
      await policyPage.waitFor(() => document.querySelector('h1'));
      expect(await policyPage.evaluate(() => document.documentElement.lang)).toBe(lang);
      await policyPage.close();

      const page = await browser.newPage();
      await page.goto(server.url('op-ed.html'));
      await page.waitFor(() => document.querySelectorAll('gloss-claim').length > 0, undefined, 15_000);
      await page.evaluate(() => document.querySelector<HTMLElement>('gloss-claim:not([data-gloss-part])')!.focus());
      await page.press('Enter');
      await page.waitFor(() => document.querySelector('gloss-card')?.shadowRoot?.querySelector('.claim h2'));
      const card = await page.evaluate(() => {
        const root = document.querySelector('gloss-card')!.shadowRoot!;
        return {
          lang: root.querySelector('.card')!.getAttribute('lang'),
          note: root.querySelector('.note label')!.textContent,
          titleLang: root.querySelector('.claim h2')!.getAttribute('lang'),
        };
      });
      expect(card).toEqual({ lang, note: message(lang, 'yourNote'), titleLang: 'en' });

      // The popup counts the page's claims in the language's own plural form, and no message key shows raw.
      const popup = await browser.openPopup(page);
      await popup.waitFor(() => document.querySelectorAll('.claims li').length > 0);
      const shown = await popup.evaluate(() => ({
        count: document.querySelectorAll('.claims li').length,
        heading: document.querySelector('h2')!.textContent,
        text: document.body.innerText,
      }));
      const form = new Intl.PluralRules(lang).select(shown.count);
      expect(shown.heading).toBe(message(lang, `popupClaimsFound_${form}`).replace('$1', shown.count.toLocaleString(lang)));
      expect(shown.text).not.toMatch(/__MSG_|\b(?:popup|options|notes|welcome)[A-Z]\w+/);
      expect(await popup.evaluate(RAW_OR_CLIPPED)).toEqual({ raw: [], clipped: [] });
      await popup.close();
      await page.close();
    },
  );
}
