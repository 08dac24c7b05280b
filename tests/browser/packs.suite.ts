/**
 * Claim packs in each real browser, as a reader or a newsroom would use them: ClaimReview files
 * and a 10,000-claim pack imported from the options page; a page that makes one of the pack's
 * claims (and none of the bundled dataset's) shows its card with the fact-checker's rating, name
 * and date; switching the pack off, deleting it and undoing all reach the open page; a newer
 * version keeps the reader's notes; a bad file changes nothing; hostile text stays text.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { TestBrowser, TestPage } from './harness/driver';
import { useBrowserAndServer } from './harness/fixture';
import type { FixtureServer } from './harness/server';
import { ask } from './harness/notes';
import { generatedPack } from './harness/generated-pack';

const FIXTURES = ['claimreview-single.json', 'claimreview-graph.json', 'claimreview-feed.json', 'factcheck-api.json'];
const fixture = (name: string) => readFileSync(new URL(`../fixtures/packs/${name}`, import.meta.url), 'utf8');
const FERRY = 'ferry-checks';
/** The one sentence of packs.html that makes a claim of the generated pack (claim 638). */
const FERRY_HIGHLIGHT = `gloss-claim:not([data-gloss-part])[data-claim-id^="pack-${FERRY}-"]`;

export function definePacksSuite(launch: () => Promise<TestBrowser>): void {
  let browser: TestBrowser;
  let server: FixtureServer;
  useBrowserAndServer(launch, (b, s) => ([browser, server] = [b, s]));

  /** The options page with no pack imported, also when a test is retried. */
  async function freshOptions(): Promise<TestPage> {
    const cleaner = await browser.openExtensionPage('options.html');
    for (const pack of await ask<{ id: string }[]>(cleaner, { type: 'packs/list' })) await ask(cleaner, { type: 'packs/delete', id: pack.id });
    await cleaner.close();
    const options = await browser.openExtensionPage('options.html');
    await options.waitFor(() => document.querySelector('.packs .pack-list'));
    return options;
  }

  /** Picks a file in the packs section and waits for the import's report to say `expected`. */
  async function importThrough(options: TestPage, name: string, content: string, expected: string): Promise<string> {
    await options.setInputFile('.packs input[type="file"]', name, content);
    await options.waitFor((want) => document.querySelector('.packs .import-report')?.textContent?.includes(want), expected, 60_000);
    return options.evaluate(() => document.querySelector('.packs .import-report')!.textContent!);
  }

  const highlighted = (page: TestPage) => page.evaluate((sel) => !!document.querySelector(sel), FERRY_HIGHLIGHT);

  it("imports ClaimReview files and a 10,000-claim pack; a page making one of its claims shows the fact-checker's card; off, delete and undo reach the page", async () => {
    const options = await freshOptions();
    for (const name of FIXTURES) await importThrough(options, name, fixture(name), `Imported “${name.replace('.json', '')}”`);
    expect(await importThrough(options, `${FERRY}.json`, generatedPack(10_000), `Imported “${FERRY}”`)).toContain('10,000 claims');
    await options.waitFor(() => document.querySelectorAll('.packs .pack-list li[data-pack-id]').length === 5);

    const page = await browser.newPage();
    await page.goto(server.url('packs.html'));
    await page.waitFor((sel) => document.querySelector(sel), FERRY_HIGHLIGHT, 30_000);
    // Only that sentence: nothing else on the page makes a claim of any pack, nor of the dataset.
    expect(await page.evaluate(() => [...document.querySelectorAll('gloss-claim:not([data-gloss-part])')].map((h) => h.textContent))).toEqual([
      'According to the operator, the Tromsø ferry to Gdańsk carried 7638 passengers during the February storms, a figure the port authority disputes.',
    ]);
    await page.evaluate((sel) => document.querySelector<HTMLElement>(sel)!.focus(), FERRY_HIGHLIGHT);
    await page.press('Enter');
    await page.waitFor(() => document.querySelector('gloss-card')?.shadowRoot?.querySelector('.fact-checks li'));
    const card = await page.evaluate(() => {
      const root = document.querySelector('gloss-card')!.shadowRoot!;
      const review = root.querySelector('.fact-checks li')!;
      return {
        title: root.querySelector('h2')!.textContent,
        badge: root.querySelector('.badge')?.textContent,
        publisher: review.querySelector('a')!.textContent,
        link: review.querySelector('a')!.getAttribute('href'),
        rating: review.querySelector('q')!.textContent,
        date: review.querySelector('time')!.getAttribute('datetime'),
        provenance: root.querySelector('.provenance')!.textContent,
        relation: root.querySelector('.relation')?.textContent,
      };
    });
    expect(card).toEqual({
      title: 'The Tromsø ferry to Gdańsk carried 7638 passengers during the February storms.',
      badge: 'Mixed',
      publisher: 'Harbour Fact Desk',
      link: 'https://ferry-checks.example/638',
      rating: 'Half true',
      date: '2026-01-15',
      provenance: expect.stringContaining(`From your claim pack “${FERRY}” (Harbour Fact Desk)`),
      relation: expect.any(String),
    });
    await page.press('Escape');
    // The popup lists it with the fact-checkers' rating, not a verdict of Gloss's own.
    const popup = await browser.openPopup(page);
    await popup.waitFor(() => document.querySelector('.claims li button[data-claim-id^="pack-"]'));
    expect(await popup.evaluate(() => document.querySelector('.claims li .muted')!.textContent)).toBe('Mixed');
    await popup.close();
    await page.bringToFront();

    const packRow = `.packs li[data-pack-id="${FERRY}"]`;
    await options.click(`${packRow} input[type="checkbox"]`);
    await page.waitFor((sel) => !document.querySelector(sel), FERRY_HIGHLIGHT, 30_000);
    await options.click(`${packRow} input[type="checkbox"]`);
    await page.waitFor((sel) => document.querySelector(sel), FERRY_HIGHLIGHT, 30_000);
    await options.click(`${packRow} button[aria-label="Delete “${FERRY}”"]`);
    await page.waitFor((sel) => !document.querySelector(sel), FERRY_HIGHLIGHT, 30_000);
    await options.waitFor((sel) => !document.querySelector(sel), packRow);
    await options.click('.packs [role="status"] button');
    await page.waitFor((sel) => document.querySelector(sel), FERRY_HIGHLIGHT, 30_000);
    expect(await highlighted(page)).toBe(true);
    await page.close();
    await options.close();
  });

  it('keeps notes on pack claims through a newer version of the pack; a bad file changes nothing and says why', async () => {
    const options = await freshOptions();
    await importThrough(options, `${FERRY}.json`, generatedPack(10_000), `Imported “${FERRY}”`);
    const page = await browser.newPage();
    await page.goto(server.url('packs.html'));
    await page.waitFor((sel) => document.querySelector(sel), FERRY_HIGHLIGHT, 30_000);
    const claimId = await page.evaluate((sel) => document.querySelector(sel)!.getAttribute('data-claim-id')!, FERRY_HIGHLIGHT);
    await ask(options, { type: 'note/save', claimId, text: 'Ask the port authority for their count.', baseUpdatedAt: null, url: null, title: '' });

    const report = await importThrough(options, `${FERRY}.json`, generatedPack(10_000, 2), `Updated “${FERRY}”`);
    expect(report).toContain('10,000 kept, 0 removed');
    expect(await ask(options, { type: 'note/get', claimId })).toMatchObject({ text: 'Ask the port authority for their count.' });
    // The page scanned again after the change, and the claim's card now dates the newer review.
    await page.waitFor((sel) => document.querySelector(sel), FERRY_HIGHLIGHT, 30_000);

    const before = await ask<unknown[]>(options, { type: 'packs/list' });
    const refused = await importThrough(options, 'claimreview-bad.json', fixture('claimreview-bad.json'), 'Nothing was imported');
    expect(refused).toMatch(/Item \d+, field “[a-zA-Z.]+”: /);
    expect(await options.evaluate(() => document.querySelector('.packs .import-report')!.getAttribute('role'))).toBe('alert');
    expect(await ask<unknown[]>(options, { type: 'packs/list' })).toEqual(before);
    await page.close();
    await options.close();
  });

  it('shows hostile pack text as text in the claims browser, runs none of it, and links only to https', async () => {
    const options = await freshOptions();
    await options.evaluate(() => {
      const w = window as unknown as { ran: string[] };
      w.ran = [];
      window.alert = (m?: unknown) => void w.ran.push(String(m));
    });
    await importThrough(options, 'claimreview-hostile.json', fixture('claimreview-hostile.json'), 'Imported');
    // The claims browser reads every claim again once the import is done.
    await options.waitFor(() => [...document.querySelectorAll('.claims-browser .claim-lines li')].some((li) => li.textContent?.includes('onerror')));
    await options.evaluate(() => {
      const search = document.querySelector<HTMLInputElement>('.claims-browser input[type="search"]')!;
      // Words only the hostile claim has (the dataset has a claim that Western weapons prolong the war).
      search.value = 'onerror prolong';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await options.waitFor(() => document.querySelectorAll('.claims-browser .claim-lines li').length === 1);
    await options.click('.claims-browser .claim-lines li button');
    await options.waitFor(() => document.querySelector('.claims-browser .claim-open .fact-checks'));
    const seen = await options.evaluate(() => {
      const open = document.querySelector('.claims-browser .claim-open')!;
      return {
        title: open.querySelector('h2')!.textContent,
        planted: open.querySelectorAll('img, script, b, iframe').length,
        handlers: [...open.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)),
        links: [...open.querySelectorAll('a')].map((a) => a.protocol),
        ran: (window as unknown as { ran: string[] }).ran,
      };
    });
    expect(seen).toEqual({
      title: '<img src=x onerror="alert(1)"> Western weapons only prolong the war.',
      planted: 0,
      handlers: [],
      links: seen.links.length ? seen.links.map(() => 'https:') : [],
      ran: [],
    });
    await options.close();
  });
}
