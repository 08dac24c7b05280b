/**
 * Personal notes in each real browser: a note on a passage placed again after the article
 * changes (or listed as an orphan, never put on other words), re-attached, exported, wiped and
 * imported back identically; two tabs editing; the manager with 10,000 notes.
 */
import { expect, it } from 'vitest';
import type { TestBrowser, TestPage } from './harness/driver';
import { useBrowserAndServer } from './harness/fixture';
import type { FixtureServer } from './harness/server';
import { addNoteFromMenu, ask, select } from './harness/notes';
import { waitForIdle } from './harness/idle';
import { axeViolations } from './harness/axe';

const PASSAGE = 'each change left the early shift waiting on the pier for almost an hour';
const EDITED = 'each change left the early shift standing on the pier for almost an hour';
/** On notes-offtopic.html, a page without a word the prefilter looks for. */
const OFFTOPIC_PASSAGE = 'its members now face a long walk round the bay or an expensive taxi';

/** The passages the page shows as noted: the CSS highlight's ranges, as text. */
const notedPassages = (page: TestPage) =>
  page.evaluate(() => {
    const highlight = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('gloss-passage-note');
    return highlight ? [...highlight].map((r) => r.toString()) : [];
  });

/** Each marker's place: its paragraph's text up to it and the first character after it. */
const besideMarkers = (page: TestPage) =>
  page.evaluate(() =>
    [...document.querySelectorAll('gloss-note')].map((marker) => {
      const block = marker.closest('p')!;
      const before = document.createRange();
      before.setStart(block, 0);
      before.setEndBefore(marker);
      const after = document.createRange();
      after.setStartAfter(marker);
      after.setEnd(block, block.childNodes.length);
      return [before.toString(), after.toString().slice(0, 1)];
    }),
  );
const endsAfter = (passage: string, next: string) => [[expect.stringMatching(new RegExp(`${passage}$`)), next]];

const cardStatus = (page: TestPage) =>
  page.evaluate(() => document.querySelector('gloss-card')?.shadowRoot?.querySelector<HTMLElement>('.note-status')?.dataset.status ?? null);

/** `serviceWorker`: the background is an MV3 service worker the test can stop (Chromium). */
export function defineNotesSuite(launch: () => Promise<TestBrowser>, { serviceWorker = false } = {}): void {
  let browser: TestBrowser;
  let server: FixtureServer;
  useBrowserAndServer(launch, (b, s) => ([browser, server] = [b, s]));

  async function visit(page: TestPage, variant = ''): Promise<void> {
    // Through a blank page, so that a change of fragment alone is a new visit.
    await page.goto('about:blank');
    await page.goto(server.url(`notes.html${variant ? `#${variant}` : ''}`));
  }

  it('a passage note is placed again after the article changes, or listed as an orphan, never on other words; it can be re-attached', async () => {
    // From an empty store, also when this test is retried.
    const options0 = await browser.openExtensionPage('options.html');
    for (const note of await ask<{ id: string }[]>(options0, { type: 'notes/all' })) await ask(options0, { type: 'notes/delete', id: note.id });
    await options0.close();
    const page = await browser.newPage();
    await visit(page);
    await page.waitFor(() => document.readyState === 'complete');
    // Nothing selected: the reader is told what to do, and nothing else happens.
    await addNoteFromMenu(browser, page);
    await page.waitFor(() => document.querySelector('gloss-notice')?.shadowRoot?.textContent?.includes('Select some text on the page first'));
    expect(await page.evaluate(() => document.querySelectorAll('gloss-note').length)).toBe(0);
    await select(page, PASSAGE);
    await addNoteFromMenu(browser, page);
    await page.waitFor(
      () => document.activeElement?.tagName === 'GLOSS-CARD' && document.querySelector('gloss-card')!.shadowRoot!.activeElement?.tagName === 'TEXTAREA',
    );
    await page.type('The winter timetable: ask the operator about crews.');
    // Saved as the reader types, without pressing anything.
    await page.waitFor(() => document.querySelector('gloss-card')?.shadowRoot?.querySelector<HTMLElement>('.note-status')?.dataset.status === 'saved');
    expect(await axeViolations(page, ['gloss-card', 'gloss-note'])).toEqual([]);
    await page.press('Escape');
    expect(await notedPassages(page)).toEqual([PASSAGE]);
    expect(await page.evaluate(() => document.querySelectorAll('gloss-note').length)).toBe(1);
    // The marker stands right after the selected words, not at the end of their text node.
    expect(await besideMarkers(page)).toEqual(endsAfter(PASSAGE, '.'));
    // The page can see that a passage is noted, never what the note says.
    expect(await page.evaluate(() => document.documentElement.outerHTML.includes('ask the operator'))).toBe(false);

    const placedAfterVisit = async (variant: string) => {
      await visit(page, variant);
      // Idle after a load: the page's notes have been asked for and placed (or found orphaned).
      await waitForIdle(page);
      return notedPassages(page);
    };
    // A paragraph inserted above: the same words, found by the quote.
    expect(await placedAfterVisit('inserted')).toEqual([PASSAGE]);
    // The sentence edited a little: placed on the edited words.
    expect(await placedAfterVisit('edited')).toEqual([EDITED]);
    // The passage removed, and a near copy in another context: placed nowhere.
    expect(await placedAfterVisit('lookalike')).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('gloss-note').length)).toBe(0);
    expect(await placedAfterVisit('removed')).toEqual([]);

    // The popup lists it as an orphan with its quote; re-attached to a new selection it is placed there.
    let popup = await browser.openPopup(page);
    await popup.waitFor(() => document.querySelector('.orphans li'));
    expect(await popup.evaluate(() => document.querySelector('.orphans q')!.textContent)).toBe(PASSAGE);
    await popup.close();
    await page.bringToFront();
    await select(page, "the yard's early shift");
    popup = await browser.openPopup(page);
    await popup.waitFor(() => document.querySelector('.orphans li'));
    await popup.click('.orphans button');
    await popup.close();
    await page.bringToFront();
    await page.waitFor(() => document.querySelectorAll('gloss-note').length === 1);
    await page.press('Escape');
    expect(await notedPassages(page)).toEqual(["the yard's early shift"]);

    // The options page shows it, no longer orphaned, with its note.
    const options = await browser.openExtensionPage('options.html');
    await options.waitFor(() => document.querySelector('.notes-list li'));
    expect(await options.evaluate(() => document.querySelector('.notes-list .note-text')!.textContent)).toBe(
      'The winter timetable: ask the operator about crews.',
    );
    expect(await options.evaluate(() => document.querySelector('.notes-list .badge.warn'))).toBeNull();
    await options.close();
    await page.close();
  });

  it('a passage note on a page with nothing for Gloss to highlight comes back after a reload', async () => {
    const url = server.url('notes-offtopic.html');
    // From no note on this page, also when this test is retried.
    const options = await browser.openExtensionPage('options.html');
    for (const note of await ask<{ id: string; url: string }[]>(options, { type: 'notes/all' }))
      if (note.url === url) await ask(options, { type: 'notes/delete', id: note.id });
    await options.close();
    const page = await browser.newPage();
    await page.goto(url);
    await waitForIdle(page);
    await select(page, OFFTOPIC_PASSAGE);
    await addNoteFromMenu(browser, page);
    await page.waitFor(() => document.querySelector('gloss-card')?.shadowRoot?.activeElement?.tagName === 'TEXTAREA');
    // The rest of Gloss started for this note and placed the page's (saved) notes: the one being
    // written, not saved yet, keeps its marker, right after the selected words.
    await waitForIdle(page);
    expect(await besideMarkers(page)).toEqual(endsAfter(OFFTOPIC_PASSAGE, '.'));
    await page.type('Ask the choir whether a later Saturday boat would do.');
    await page.waitFor(() => document.querySelector('gloss-card')?.shadowRoot?.querySelector<HTMLElement>('.note-status')?.dataset.status === 'saved');
    await page.press('Escape');
    expect(await notedPassages(page)).toEqual([OFFTOPIC_PASSAGE]);
    expect(await besideMarkers(page)).toEqual(endsAfter(OFFTOPIC_PASSAGE, '.'));

    await page.reload();
    await waitForIdle(page);
    expect(await notedPassages(page)).toEqual([OFFTOPIC_PASSAGE]);
    expect(await page.evaluate(() => document.querySelectorAll('#p3 gloss-note').length)).toBe(1);
    expect(await besideMarkers(page)).toEqual(endsAfter(OFFTOPIC_PASSAGE, '.'));
    expect(await page.evaluate(() => document.querySelectorAll('gloss-note, gloss-claim').length)).toBe(1);
    await page.close();
  });

  /** A fresh load of an extension page (Firefox's BiDi never reports an extension page's load). */
  async function reopen(page: TestPage): Promise<TestPage> {
    await page.close();
    const fresh = await browser.openExtensionPage('options.html');
    await fresh.waitFor(() => document.querySelector('[data-count]'));
    return fresh;
  }

  it('export, wipe, import: every note comes back identical; importing again adds nothing', async () => {
    let options = await browser.openExtensionPage('options.html');
    await options.waitFor(() => document.querySelector('[data-count]'));
    // A claim note too, with an awkward text.
    await ask(options, {
      type: 'note/save',
      claimId: 'war-third-year',
      text: 'Line one\n<script>alert(1)</script> "quoted" — ünïcödé 👍',
      baseUpdatedAt: null,
      url: server.url('op-ed.html'),
      title: 'Op-ed',
    });
    const before = await ask<unknown[]>(options, { type: 'notes/all' });
    expect(before.length).toBeGreaterThanOrEqual(2);

    options = await reopen(options);
    // The file the reader would save: captured as it is handed to the browser's download.
    await options.evaluate(() => {
      const w = window as unknown as { exported?: Promise<string> };
      const original = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob) => {
        w.exported = blob.text();
        return original(blob);
      };
    });
    await options.waitFor(() => [...document.querySelectorAll('button')].some((b) => b.textContent?.startsWith('Export (Web Annotation') && !b.disabled));
    await options.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Export (Web Annotation'))!.click());
    await options.waitFor(() => (window as unknown as { exported?: Promise<string> }).exported);
    const file = await options.evaluate(() => (window as unknown as { exported: Promise<string> }).exported);
    expect(JSON.parse(file)).toMatchObject({ type: 'AnnotationCollection', total: before.length });

    // Wipe.
    for (const note of before as { id: string }[]) await ask(options, { type: 'notes/delete', id: note.id });
    expect(await ask<unknown[]>(options, { type: 'notes/all' })).toEqual([]);

    options = await reopen(options);
    await options.waitFor(() => document.querySelector('[data-count="0"]'));
    await options.setInputFile('.notes-manager input[type="file"]', 'gloss-notes.jsonld', file);
    await options.waitFor(() => /Imported:/.test(document.querySelector('.notes-manager .import-report')?.textContent ?? ''));
    expect(await options.evaluate(() => document.querySelector('.notes-manager .import-report')!.textContent)).toBe(
      `Imported: ${before.length} new, 0 updated, 0 already here.`,
    );
    expect(await ask<unknown[]>(options, { type: 'notes/all' })).toEqual(before);
    // The manager with notes in it, and the import report, pass axe.
    expect(await axeViolations(options)).toEqual([]);
    // Its filters share one row at desktop width, all the same height (a long claim title in
    // the claim filter must not push it onto a row of its own).
    const filters = await options.evaluate(() =>
      [...document.querySelectorAll('.notes-tools > *')].map((el) => {
        const r = el.getBoundingClientRect();
        return { top: Math.round(r.top), height: Math.round(r.height) };
      }),
    );
    expect(filters).toHaveLength(4);
    expect(new Set(filters.map((f) => f.top)).size).toBe(1);
    expect(new Set(filters.map((f) => f.height)).size).toBe(1);

    await options.setInputFile('.notes-manager input[type="file"]', 'gloss-notes.jsonld', file);
    await options.waitFor(
      () =>
        /already here/.test(document.querySelector('.notes-manager .import-report')?.textContent ?? '') &&
        !/ 0 already/.test(document.querySelector('.notes-manager .import-report')!.textContent!),
    );
    expect(await ask<unknown[]>(options, { type: 'notes/all' })).toEqual(before);

    // A bad file: refused with a reason, and nothing changes.
    await options.setInputFile('.notes-manager input[type="file"]', 'broken.json', file.replace('"TextQuoteSelector"', '"NoSuchSelector"'));
    await options.waitFor(() => document.querySelector('.notes-manager .import-report.error'));
    expect(await options.evaluate(() => document.querySelector('.notes-manager .import-report')!.textContent)).toMatch(
      /Nothing was imported: broken\.json has 1 problem.*field “target\.selector”/,
    );
    expect(await ask<unknown[]>(options, { type: 'notes/all' })).toEqual(before);
    await options.close();
  });

  if (serviceWorker) {
    it('nothing typed is lost when the service worker is stopped mid-edit (saving wakes it)', async () => {
      const page = await browser.newPage();
      await visit(page);
      await page.waitFor(() => document.querySelector('gloss-note'));
      await page.evaluate(() => document.querySelector<HTMLElement>('gloss-note')!.focus());
      await page.press('Enter');
      await page.waitFor(() => document.querySelector('gloss-card')?.shadowRoot?.activeElement?.tagName === 'TEXTAREA');
      await page.press('End');
      await page.type(' [part one]');
      await page.waitFor(() => document.querySelector('gloss-card')?.shadowRoot?.querySelector<HTMLElement>('.note-status')?.dataset.status === 'saved');

      await browser.stopServiceWorker!();
      await page.bringToFront();
      await page.type(' [part two]');
      await page.waitFor(
        () =>
          /part two/.test(document.querySelector('gloss-card')!.shadowRoot!.querySelector('textarea')!.value) &&
          document.querySelector('gloss-card')?.shadowRoot?.querySelector<HTMLElement>('.note-status')?.dataset.status === 'saved',
        undefined,
        15_000,
      );

      // Stopped again, and the card closed right after typing: the save on close wakes it too.
      await browser.stopServiceWorker!();
      await page.bringToFront();
      await page.type(' [part three]');
      await page.press('Escape');
      const options = await browser.openExtensionPage('options.html');
      await options.waitFor(() => document.querySelector('[data-count]'));
      await expect
        .poll(async () => (await ask<{ text: string }[]>(options, { type: 'notes/all' })).map((n) => n.text).join('\n'), { timeout: 10_000 })
        .toMatch(/\[part one\] \[part two\] \[part three\]/);
      await options.close();
      await page.close();
    });
  }

  it('two tabs editing the same note lose nothing: every text typed ends up in a note', async () => {
    // Its own note, on a passage no other test uses.
    const a = await browser.newPage();
    await visit(a);
    await a.waitFor(() => document.readyState === 'complete');
    await select(a, 'Fares stayed the same');
    await addNoteFromMenu(browser, a);
    await a.waitFor(() => document.querySelector('gloss-card')?.shadowRoot?.activeElement?.tagName === 'TEXTAREA');
    await a.type('Written first.');
    await a.waitFor(() => document.querySelector('gloss-card')?.shadowRoot?.querySelector<HTMLElement>('.note-status')?.dataset.status === 'saved');
    await a.press('Escape');
    const b = await browser.newPage();
    await visit(b);
    await b.waitFor(() => document.querySelector('#p4 gloss-note'));
    const openNote = async (page: TestPage) => {
      await page.bringToFront();
      await page.evaluate(() => document.querySelector<HTMLElement>('#p4 gloss-note')!.focus());
      await page.press('Enter');
      await page.waitFor(() => document.querySelector('gloss-card')?.shadowRoot?.activeElement?.tagName === 'TEXTAREA');
      await page.press('End');
    };
    await openNote(a);
    await openNote(b);
    await b.type(' [typed in tab B]');
    await a.bringToFront();
    await a.type(' [typed in tab A]');
    await a.press('Control+Enter');
    // Which tab's save lands first depends on timing (tab B's autosave may beat tab A's key);
    // either way the second one finds the note changed and keeps the first as a copy.
    await a.waitFor(() =>
      ['saved', 'conflict'].includes(document.querySelector('gloss-card')?.shadowRoot?.querySelector<HTMLElement>('.note-status')?.dataset.status ?? ''),
    );
    await b.bringToFront();
    await b.press('Control+Enter');
    await b.waitFor(() =>
      ['saved', 'conflict'].includes(document.querySelector('gloss-card')?.shadowRoot?.querySelector<HTMLElement>('.note-status')?.dataset.status ?? ''),
    );
    console.log(`[${browser.name}] tab A's save: ${await cardStatus(a)}, tab B's save: ${await cardStatus(b)}`);

    const options = await browser.openExtensionPage('options.html');
    await options.waitFor(() => document.querySelector('[data-count]'));
    const texts = (await ask<{ text: string }[]>(options, { type: 'notes/all' })).map((n) => n.text).join('\n');
    expect(texts).toContain('[typed in tab A]');
    expect(texts).toContain('[typed in tab B]');
    for (const page of [a, b, options]) await page.close();
  });

  it('the card says where else the reader met its claim (counts and dates only); "Where?" lists the pages in Gloss\'s own page', async () => {
    const first = await browser.newPage();
    await first.goto(server.url('op-ed.html'));
    await first.waitFor(() => document.querySelectorAll('gloss-claim').length > 0, undefined, 15_000);
    const claimId = await first.evaluate(() => document.querySelector<HTMLElement>('gloss-claim:not([data-gloss-part])')!.dataset.claimId!);
    await first.close();
    const second = await browser.newPage();
    await second.goto(server.url('long-article.html'));
    await second.waitFor((id) => document.querySelector(`gloss-claim:not([data-gloss-part])[data-claim-id="${id}"]`), claimId, 15_000);
    await second.evaluate((id) => document.querySelector<HTMLElement>(`gloss-claim:not([data-gloss-part])[data-claim-id="${id}"]`)!.focus(), claimId);
    await second.press('Enter');
    await second.waitFor(() => document.querySelector('gloss-card')?.shadowRoot?.querySelector('.seen-elsewhere'));
    const seen = await second.evaluate(() => document.querySelector('gloss-card')!.shadowRoot!.querySelector('.seen-elsewhere')!.textContent!);
    expect(seen).toMatch(/^You met this claim on 1 other page, on .+\. Where\?$/);
    // The card, inside someone else's page, names no other page.
    expect(seen).not.toContain('op-ed');

    const options = await browser.openExtensionPage(`options.html#history=${claimId}`);
    await options.waitFor(() => document.querySelector('.sightings li'));
    const pages = await options.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>('.sightings a')].map((a) => a.href).sort());
    expect(pages).toEqual([server.url('long-article.html'), server.url('op-ed.html')].sort());

    // Switched off, nothing more is recorded; cleared, nothing is left.
    await options.click('#history input[type="checkbox"]');
    await options.waitFor(() => !document.querySelector<HTMLInputElement>('#history input[type="checkbox"]')!.checked);
    const third = await browser.newPage();
    await third.goto(server.url('dark.html'));
    // Idle: its highlights are up and its "met here" report has been answered by the background.
    await third.waitFor(() => document.querySelectorAll('gloss-claim').length > 0, undefined, 15_000);
    await waitForIdle(third);
    expect(await ask<unknown[]>(options, { type: 'history/list', claimId })).toHaveLength(2);
    await options.evaluate(() =>
      [...document.querySelectorAll<HTMLButtonElement>('#history button')].find((b) => b.textContent === 'Clear this history')!.click(),
    );
    await options.waitFor(() => /History cleared/.test(document.querySelector('#history')!.textContent!));
    expect(await ask<unknown[]>(options, { type: 'history/list', claimId })).toEqual([]);
    await options.click('#history input[type="checkbox"]');
    for (const page of [second, third, options]) await page.close();
  });

  // Functional: the manager opens and searches 10,000 notes. The times are logged; bounds on them
  // belong to `npm run bench:notes`, not to a test on a shared machine.
  it('the notes manager opens and searches 10,000 notes (times logged)', async () => {
    const options = await browser.openExtensionPage('options.html');
    await options.waitFor(() => document.querySelector('[data-count]'));
    const many = Array.from({ length: 10_000 }, (_, i) => ({
      id: `bulk-${i}`,
      kind: 'passage',
      url: `https://site${i % 40}.example/article-${i % 500}`,
      title: `Article ${i % 500}`,
      quote: { type: 'TextQuoteSelector', exact: `a passage numbered ${i} about the ferry timetable`, prefix: 'before ', suffix: ' after' },
      position: { type: 'TextPositionSelector', start: 100, end: 150 },
      text: `Note ${i}: ${i % 10 === 0 ? 'ask the harbour master' : 'check the fares'}`,
      createdAt: 1_700_000_000_000 + i,
      updatedAt: 1_700_000_000_000 + i,
      orphaned: false,
    }));
    let started = Date.now();
    await ask(options, { type: 'notes/import', notes: many });
    const importMs = Date.now() - started;
    await options.close();
    started = Date.now();
    const manager = await browser.openExtensionPage('options.html');
    await manager.waitFor(() => Number(document.querySelector<HTMLElement>('[data-count]')?.dataset.count) >= 10_000, undefined, 30_000);
    const openMs = Date.now() - started;
    started = Date.now();
    await manager.evaluate(() => {
      const box = document.querySelector<HTMLInputElement>('.notes-tools input[type="search"]')!;
      box.value = 'harbour master';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await manager.waitFor(() => document.querySelector<HTMLElement>('[data-count]')!.dataset.count === '1000', undefined, 30_000);
    const searchMs = Date.now() - started;
    console.log(`[${browser.name}] 10,000 notes: import ${importMs} ms, open the manager ${openMs} ms, search ${searchMs} ms (with the driver's round trips)`);
    expect(await manager.evaluate(() => document.querySelectorAll('.notes-list > li').length)).toBe(50);
    await manager.close();
  });
}
