/**
 * Where Gloss may read, in each real browser: the first-run choice on the welcome page, and
 * "only on sites I choose", where a site not chosen gets no host access and no Gloss at all.
 */
import { expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import type { TestBrowser, TestPage } from './harness/driver';
import { useBrowserAndServer } from './harness/fixture';
import { glossRunsIn } from './harness/idle';
import { ask } from './harness/notes';
import type { FixtureServer } from './harness/server';

type Launch = (options: { keepWelcome: boolean; everywhere: boolean }) => Promise<TestBrowser>;

/** The extension's `permissions.contains`, asked from one of its pages. */
const holds = (extensionPage: TestPage, pattern: string) =>
  extensionPage.evaluate(async (p) => {
    const g = globalThis as unknown as Record<'browser' | 'chrome', { permissions: { contains(q: { origins: string[] }): Promise<boolean> } } | undefined>;
    return (g.browser ?? g.chrome)!.permissions.contains({ origins: [p] });
  }, pattern);

const highlightCount = (page: TestPage) => page.evaluate(() => document.querySelectorAll('gloss-claim').length);
const accessState = (page: TestPage) => page.evaluate(() => document.querySelector<HTMLElement>('[data-access]')?.dataset.access);

/**
 * The install's "welcomed" mark in the background's database, read from an extension page (same
 * origin). The install handler writes a new one before it opens the welcome tab.
 */
const welcomedMark = (extensionPage: TestPage) =>
  extensionPage.evaluate(
    () =>
      new Promise<string | null>((resolve, reject) => {
        const open = indexedDB.open('gloss');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('meta').objectStore('meta').get('welcomed');
          get.onerror = () => reject(get.error);
          get.onsuccess = () => {
            open.result.close();
            resolve((get.result as { value?: string } | undefined)?.value ?? null);
          };
        };
      }),
  );

export function defineFirstRunSuite(launch: Launch): void {
  let browser: TestBrowser;
  let server: FixtureServer;
  useBrowserAndServer(
    () => launch({ keepWelcome: true, everywhere: false }),
    (b, s) => ([browser, server] = [b, s]),
  );

  it('opens the welcome page once on install; it passes axe and its choice of where Gloss reads takes effect', async () => {
    const welcomeTabs = async () => (await browser.tabUrls()).filter((url) => url.endsWith('/welcome.html')).length;
    await expect.poll(welcomeTabs, { timeout: 10_000 }).toBe(1);

    // Fresh install: no access anywhere, so the article is left alone.
    const welcome = await browser.openExtensionPage('welcome.html');
    await welcome.waitFor(() => document.querySelector('[data-access]:not([data-access="loading"])'));
    expect(await welcome.evaluate(() => document.querySelector('h1')?.textContent)).toBe('Welcome to Gloss');
    // It says what Gloss knows: how many claims, current to when.
    const knows = await welcome.evaluate(() => document.querySelector('[data-knows]')?.textContent ?? '');
    expect(knows).toMatch(/^\d+ claims .* current to .*\d{4}\./);
    expect(Number(knows.split(' ')[0])).toBeGreaterThanOrEqual(25);
    expect(await accessState(welcome)).toBe('none');
    expect(await axeViolations(welcome)).toEqual([]);
    const article = await browser.newPage();
    await article.goto(server.url('op-ed.html'));
    expect(await glossRunsIn(browser, article)).toBe(false);
    expect(await highlightCount(article)).toBe(0);

    // "Only on sites I choose", none chosen: still no access to the site.
    await welcome.bringToFront();
    await welcome.click('input[value="chosen"]');
    await welcome.waitFor(() => document.querySelector('[data-access="chosen"]'));
    expect(await holds(welcome, '*://127.0.0.1/*')).toBe(false);

    // "On every site": granted, and the open article is read without a reload.
    await browser.approveNextPermissionPrompt('*://*/*');
    await welcome.click('input[value="everywhere"]');
    await welcome.waitFor(() => document.querySelector('[data-access="everywhere"]'));
    expect(await holds(welcome, '*://127.0.0.1/*')).toBe(true);
    await article.bringToFront();
    await article.waitFor(() => document.querySelectorAll('gloss-claim').length > 0, undefined, 15_000);

    // Not again after a restart (the same as what an update does: the install is not new).
    const mark = await welcomedMark(welcome);
    expect(mark).not.toBeNull();
    await browser.restart();
    // The background has started and opened its database (the install handler's first step);
    // the mark it decides by is the one from the first run, so it opens no tab.
    const options = await browser.openExtensionPage('options.html');
    await ask(options, { type: 'history/settings' });
    expect(await welcomedMark(options)).toBe(mark);
    expect(await welcomeTabs()).toBe(0);
  });
}

export function defineSiteAccessSuite(launch: Launch): void {
  let browser: TestBrowser;
  let server: FixtureServer;
  useBrowserAndServer(
    () => launch({ keepWelcome: false, everywhere: true }),
    (b, s) => ([browser, server] = [b, s]),
  );

  it('only on sites I choose: no host access and no Gloss on a site not chosen; a chosen one works at once; removing it stops Gloss', async () => {
    const options = await browser.openExtensionPage('options.html');
    await options.waitFor(() => document.querySelector('[data-access="everywhere"]'));
    await options.click('input[value="chosen"]');
    await options.waitFor(() => document.querySelector('[data-access="chosen"]'));
    expect(await holds(options, '*://*/*')).toBe(false);
    expect(await holds(options, '*://127.0.0.1/*')).toBe(false);

    // The site is not chosen: the content script is not even there (the popup finds no receiver).
    const article = await browser.newPage();
    await article.goto(server.url('op-ed.html'));
    expect(await glossRunsIn(browser, article)).toBe(false);
    expect(await highlightCount(article)).toBe(0);
    const popup = await browser.openPopup(article);
    await popup.waitFor(() => /does not run on this page/.test(document.body.textContent ?? ''));
    await popup.close();

    // Choosing it: the reader types the site; the open article is read without a reload.
    await browser.approveNextPermissionPrompt('*://127.0.0.1/*');
    await options.bringToFront();
    await options.click('#add-site');
    await options.type('http://127.0.0.1/whatever');
    await options.press('Enter');
    await options.waitFor(() => [...document.querySelectorAll('.site-access li')].some((li) => li.textContent?.includes('127.0.0.1')));
    expect(await holds(options, '*://127.0.0.1/*')).toBe(true);
    expect(await holds(options, '*://*/*')).toBe(false);
    await article.bringToFront();
    await article.waitFor(() => document.querySelectorAll('gloss-claim').length > 0, undefined, 15_000);
    await article.reload();
    await article.waitFor(() => document.querySelectorAll('gloss-claim').length > 0, undefined, 15_000);
    // The same question as above, answered yes here: the signal tells the two apart.
    expect(await glossRunsIn(browser, article)).toBe(true);

    // A bad entry is refused with a reason and changes nothing.
    await options.bringToFront();
    await options.click('#add-site');
    await options.type('not a site');
    await options.press('Enter');
    await options.waitFor(() => document.querySelector('.site-access [role="alert"]')?.textContent?.includes('not a web site'));
    expect(await options.evaluate(() => document.querySelectorAll('.site-access li').length)).toBe(1);

    // Removing it takes the highlights down in the open tab, and nothing runs after a reload.
    await options.click('button[aria-label="Remove 127.0.0.1"]');
    await options.waitFor(() => document.querySelectorAll('.site-access li').length === 0);
    expect(await holds(options, '*://127.0.0.1/*')).toBe(false);
    await article.bringToFront();
    await article.waitFor(() => document.querySelectorAll('gloss-claim').length === 0);
    await article.reload();
    expect(await glossRunsIn(browser, article)).toBe(false);
    expect(await highlightCount(article)).toBe(0);

    // And back to every site.
    await browser.approveNextPermissionPrompt('*://*/*');
    await options.bringToFront();
    await options.click('input[value="everywhere"]');
    await options.waitFor(() => document.querySelector('[data-access="everywhere"]'));
    await article.bringToFront();
    await article.reload();
    await article.waitFor(() => document.querySelectorAll('gloss-claim').length > 0, undefined, 15_000);
  });
}
