/**
 * Firefox ESR from Debian, driven by puppeteer-core over WebDriver BiDi, with the built MV2
 * extension installed as a temporary add-on.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../wxt.config';
import { createErrorLog, type ErrorLog } from './errors';
import { allowEverywhere, type ExtensionPageGlobals, type TestBrowser, type TestPage } from './driver';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = join(process.env.GLOSS_OUT_DIR ?? join(import.meta.dirname, '../../..', '.output'), 'firefox-mv2');
/** Pinned so extension pages have a stable moz-extension:// address. */
const EXTENSION_UUID = '5b1c7f3e-2d4a-4c59-9e61-0a7d3f2b8c11';

/**
 * With `proxy` ("host:port"), all of Firefox's traffic except to localhost goes through it. With
 * `dark`, every page prefers a dark color scheme: WebDriver BiDi cannot emulate it per page, so
 * the whole browser is launched that way.
 */
export async function launchFirefox({
  extensionDir = FIREFOX_BUILD,
  proxy = '',
  keepWelcome = false,
  everywhere = true,
  dark = false,
} = {}): Promise<TestBrowser> {
  const [proxyHost, proxyPort] = proxy.split(':');
  const proxyPrefs = proxy
    ? {
        'network.proxy.type': 1,
        'network.proxy.http': proxyHost,
        'network.proxy.http_port': Number(proxyPort),
        'network.proxy.ssl': proxyHost,
        'network.proxy.ssl_port': Number(proxyPort),
        'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
        'network.proxy.allow_hijacking_localhost': false,
      }
    : {};
  const profile = mkdtempSync(join(tmpdir(), 'gloss-firefox-'));
  const errors = createErrorLog();
  const start = async () => {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      userDataDir: profile,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
        // A temporary add-on is uninstalled when Firefox quits; keep its IndexedDB for the restart test.
        'extensions.webextensions.keepStorageOnUninstall': true,
        'extensions.webextensions.keepUuidOnUninstall': true,
        // Mozilla's test pref: permissions.request() grants without showing the doorhanger (the
        // stand-in for the reader's "Allow", which no driver can click).
        'extensions.webextOptionalPermissionPrompts': false,
        ...proxyPrefs,
        ...(dark ? { 'layout.css.prefers-color-scheme.content-override': 0, 'ui.systemUsesDarkTheme': 1 } : {}),
      },
    });
    await browser.installExtension(extensionDir);
    // The welcome tab opens on install and takes the focus; tests want their own tabs in front
    // (a background tab gets no animation frames), so it is closed once it has appeared.
    for (let waited = 0; !keepWelcome && waited < 3000; waited += 100) {
      const pages = await browser.pages();
      const urls = await addressesOf(pages);
      const welcome = pages.find((_, i) => urls[i].endsWith('/welcome.html'));
      if (welcome) {
        await welcome.close();
        break;
      }
      await pause(100);
    }
    return browser;
  };
  let browser: Browser = await start();
  const base = `moz-extension://${EXTENSION_UUID}`;

  const testBrowser: TestBrowser = {
    name: 'firefox',
    canTap: false,
    async newPage() {
      return wrap(await browser.newPage(), errors, dark);
    },
    async openPopup(tabOf) {
      const finder = await openExtensionTab(browser, `${base}/popup.html`);
      // Gloss has no "tabs" permission, so a tab cannot be found by URL: make it the active one.
      await tabOf.bringToFront();
      const tabId = await finder.evaluate(async () => {
        // Firefox names the extension API `browser`; it has the same shape here.
        const { browser: api } = globalThis as unknown as { browser: ExtensionPageGlobals['chrome'] };
        return (await api.tabs.query({ active: true, currentWindow: true })).at(0)?.id;
      });
      await finder.close();
      if (tabId === undefined) throw new Error('no active tab');
      const page = await openExtensionTab(browser, `${base}/popup.html?tabId=${tabId}`);
      // In front: a hidden tab gets no animation frames, and Preact runs effects after one.
      await page.bringToFront();
      return wrap(page, errors, dark);
    },
    async openExtensionPage(path) {
      return wrap(await openExtensionTab(browser, `${base}/${path}`), errors, dark);
    },
    async restart() {
      await browser.close();
      browser = await start();
      // A temporary add-on is installed afresh at each start, without its granted permissions.
      if (everywhere) await allowEverywhere(testBrowser);
    },
    async approveNextPermissionPrompt() {},
    tabUrls: async () => addressesOf(await browser.pages()),
    takeGlossErrors: () => errors.take(),
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  if (everywhere)
    await allowEverywhere(testBrowser).catch(async (error: unknown) => {
      await testBrowser.close();
      throw error;
    });
  return testBrowser;
}

/** Over BiDi a tab the extension opened reports "about:blank" as its url; its document knows. */
function addressesOf(pages: Page[]): Promise<string[]> {
  return Promise.all(pages.map((p) => p.evaluate(() => location.href).catch(() => p.url())));
}

/** puppeteer wraps the protocol's error: "Waiting failed", caused by "Protocol error (…)". */
function isRealmTornDown(error: unknown): boolean {
  return /Protocol error/.test(`${String(error)} ${String((error as { cause?: unknown })?.cause)}`);
}

/**
 * A new tab with a moz-extension:// page. An awaited goto to one never sees its load event over
 * BiDi, so the navigation is started and the document polled. An evaluation that lands while the
 * tab leaves about:blank can fail inside Firefox ("right-hand side of 'in' should be an object,
 * got null": its realm died mid-evaluation), and a waitForFunction fails at the first such error;
 * so the tab is polled one evaluation at a time, a failed one tried again. A tab whose realm stays
 * lost is closed and the opening tried in a fresh one, after a pause (four tabs at most).
 */
async function openExtensionTab(browser: Browser, url: string): Promise<Page> {
  for (let attempt = 0; ; attempt++) {
    const page = await browser.newPage();
    void page.goto(url).catch(() => {});
    if (await becomesLoaded(page, url, 15_000)) return page;
    await page.close().catch(() => {});
    if (attempt >= 3) throw new Error(`Firefox did not open ${url} in ${attempt + 1} tabs`);
    await pause(500 * (attempt + 1));
  }
}

/** Whether the tab shows `url`, fully loaded, within `timeout` ms; false after 10 lost polls. */
async function becomesLoaded(page: Page, url: string, timeout: number): Promise<boolean> {
  const deadline = Date.now() + timeout;
  for (let lostPolls = 0; Date.now() < deadline; await pause(100)) {
    try {
      if (await page.evaluate((u) => location.href === u && document.readyState === 'complete', url)) return true;
    } catch (error) {
      if (!isRealmTornDown(error)) throw error;
      if (++lostPolls >= 10) return false;
    }
  }
  return false;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `dark`: the browser was launched preferring a dark scheme (the only way to have one here). */
function wrap(page: Page, errors: ErrorLog, dark = false): TestPage {
  page.on('pageerror', (error) => errors.uncaught(page.url(), String((error as Error).message ?? error), (error as Error).stack));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.consoleError(page.url(), message.text(), message.stackTrace()[0]?.url ?? message.location().url ?? '');
  });
  return {
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async waitFor(fn, arg, timeout = 10_000) {
      // Polling across a navigation can hit a realm being torn down ("Protocol error … unknown
      // error"); that says nothing about the page, so poll again (twice at most).
      for (let attempt = 0; ; attempt++) {
        try {
          return void (await page.waitForFunction(fn as never, { timeout }, arg));
        } catch (error) {
          if (attempt >= 2 || !isRealmTornDown(error)) throw error;
        }
      }
    },
    async press(chord) {
      const keys = chord.split('+') as KeyInput[];
      for (const k of keys.slice(0, -1)) await page.keyboard.down(k);
      await page.keyboard.press(keys.at(-1)!);
      for (const k of keys.slice(0, -1).reverse()) await page.keyboard.up(k);
    },
    type: (text) => page.keyboard.type(text),
    hover: (selector) => page.hover(selector),
    click: (selector) => page.click(selector),
    tripleClick: (selector) => page.click(selector, { count: 3 }),
    tap: (selector) => page.tap(selector),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    bringToFront: () => page.bringToFront(),
    mouseMove: (x, y) => page.mouse.move(x, y),
    setViewport: (width, height) => page.setViewport({ width, height }),
    // Media emulation is not in Firefox's WebDriver BiDi yet.
    emulateDarkScheme: async () => dark,
    addScript: async (source) => void (await page.evaluate(source)),
    async setInputFile(selector, name, content) {
      const dir = mkdtempSync(join(tmpdir(), 'gloss-upload-'));
      const path = join(dir, name);
      writeFileSync(path, content);
      const input = await page.$(selector);
      if (!input) throw new Error(`no ${selector}`);
      await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(path);
    },
    close: () => page.close(),
  };
}
