/** Chromium from Debian, driven by playwright-core, with the built MV3 extension loaded. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createErrorLog, type ErrorLog } from './errors';
import { allowEverywhere, type ExtensionPageGlobals, type TestBrowser, type TestPage } from './driver';

export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const CHROME_BUILD = join(process.env.GLOSS_OUT_DIR ?? join(import.meta.dirname, '../../..', '.output'), 'chrome-mv3');

/** Flags that keep a headless Chromium off the network and quiet on this machine. */
export function chromiumArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

/**
 * With `recordRequests`, every request issued by a page, an extension page, a content script or
 * the extension's service worker is recorded in `requests` (the service worker's through
 * Playwright's service-worker network events, switched on for this process).
 */
export async function launchChromium({
  headless = true,
  extensionDir = CHROME_BUILD,
  extraArgs = [] as string[],
  recordRequests = false,
  keepWelcome = false,
  /** Grant "on every site" at launch, as a reader does on first run. */
  everywhere = true,
} = {}): Promise<TestBrowser & { context(): BrowserContext; extensionId: string; requests: string[] }> {
  if (recordRequests) process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const requests: string[] = [];
  const errors = createErrorLog();
  const profile = mkdtempSync(join(tmpdir(), 'gloss-chromium-'));
  const start = async () => {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless,
      args: [...chromiumArgs(extensionDir), ...extraArgs],
      viewport: { width: 1280, height: 900 },
      // A touch screen as well as a mouse, so tests can tap.
      hasTouch: true,
    });
    if (recordRequests) context.on('request', (request) => requests.push(request.url()));
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    if (!keepWelcome) await closeWelcome(context);
    return { context, extensionId: new URL(worker.url()).host };
  };
  let { context, extensionId } = await start();

  const browser: TestBrowser & { context(): BrowserContext; extensionId: string; requests: string[] } = {
    name: 'chromium',
    canTap: true,
    requests,
    context: () => context,
    get extensionId() {
      return extensionId;
    },
    async newPage() {
      return wrap(await context.newPage(), errors);
    },
    async openPopup(tabOf) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      // Gloss has no "tabs" permission, so a tab cannot be found by URL: make it the active one.
      await tabOf.bringToFront();
      const tabId = await page.evaluate(async () => {
        const { chrome } = globalThis as unknown as ExtensionPageGlobals;
        return (await chrome.tabs.query({ active: true, currentWindow: true })).at(0)?.id;
      });
      if (tabId === undefined) throw new Error('no active tab');
      // Back to the popup: a hidden tab gets no animation frames, and Preact runs effects after one.
      await page.bringToFront();
      await page.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
      return wrap(page, errors);
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return wrap(page, errors);
    },
    async restart() {
      await context.close();
      ({ context, extensionId } = await start());
    },
    tabUrls: async () => context.pages().map((p) => p.url()),
    takeGlossErrors: () => errors.take(),
    async stopServiceWorker() {
      // As Chrome does to an idle worker: the DevTools protocol's own "stop", from a page of the
      // extension's origin.
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
      await page.close();
    },
    async approveNextPermissionPrompt(pattern) {
      const page = await context.newPage();
      await page.goto(`chrome://extensions/?id=${extensionId}`);
      await page.evaluate(([id, host]) => (globalThis as unknown as DeveloperPrivateGlobals).chrome.developerPrivate.addHostPermission(id, host), [
        extensionId,
        pattern,
      ] as const);
      await page.close();
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  if (everywhere)
    await allowEverywhere(browser).catch(async (error: unknown) => {
      await browser.close();
      throw error;
    });
  // The record starts with the test: the set-up above visited chrome://extensions, the browser's page.
  requests.length = 0;
  return browser;
}

/** chrome://extensions's own API, the one behind its "Site access" controls. */
interface DeveloperPrivateGlobals {
  chrome: { developerPrivate: { addHostPermission(extensionId: string, host: string): Promise<void> } };
}

/**
 * The welcome tab opens on install and takes the focus; tests want their own tabs in front (a
 * background tab gets no animation frames), so it is closed once it has appeared.
 */
async function closeWelcome(context: BrowserContext): Promise<void> {
  for (let waited = 0; waited < 3000; waited += 100) {
    const welcome = context.pages().find((p) => p.url().endsWith('/welcome.html'));
    if (welcome) return welcome.close();
    await new Promise((r) => setTimeout(r, 100));
  }
}

function wrap(page: Page, errors: ErrorLog): TestPage {
  page.on('pageerror', (error) => errors.uncaught(page.url(), error.message, error.stack));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.consoleError(page.url(), message.text(), message.location().url);
  });
  return {
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg),
    waitFor: async (fn, arg, timeout = 10_000) => void (await page.waitForFunction(fn as never, arg, { timeout })),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    hover: (selector) => page.hover(selector),
    click: (selector) => page.click(selector),
    tripleClick: (selector) => page.click(selector, { clickCount: 3 }),
    tap: (selector) => page.tap(selector),
    screenshot: async (path) => void (await page.screenshot({ path })),
    bringToFront: () => page.bringToFront(),
    mouseMove: (x, y) => page.mouse.move(x, y),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    emulateDarkScheme: async () => {
      await page.emulateMedia({ colorScheme: 'dark' });
      return true;
    },
    addScript: async (source) => void (await page.evaluate(source)),
    setInputFile: (selector, name, content) => page.setInputFiles(selector, { name, mimeType: 'application/json', buffer: Buffer.from(content) }),
    close: () => page.close(),
  };
}
