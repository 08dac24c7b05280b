/**
 * One small interface over playwright-core (Chromium) and puppeteer-core (Firefox), so that the
 * same browser tests run in both. Only what the tests need.
 */
export interface TestPage {
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Polls `fn` in the page until it returns a truthy value. */
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  /** A key or chord, e.g. "Tab", "Enter", "Control+Enter". */
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  /** Moves the real mouse over the first element matching `selector` (light DOM). */
  hover(selector: string): Promise<void>;
  click(selector: string): Promise<void>;
  /** A touch-screen tap on the first element matching `selector`. */
  tap(selector: string): Promise<void>;
  /** Three clicks in a row: selects the paragraph under the pointer. */
  tripleClick(selector: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Makes this the active tab of its window. */
  bringToFront(): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  /** Emulates prefers-color-scheme: dark; false where the driver cannot. */
  emulateDarkScheme(): Promise<boolean>;
  /** Runs a script text in the page (e.g. a test library's source). */
  addScript(source: string): Promise<void>;
  /** Chooses a file with this name and content in a file input, as the reader would. */
  setInputFile(selector: string, name: string, content: string): Promise<void>;
  close(): Promise<void>;
}

export interface TestBrowser {
  readonly name: 'chromium' | 'firefox';
  /** Whether `tap` really produces a touch tap (not with puppeteer over BiDi in Firefox ESR). */
  readonly canTap: boolean;
  newPage(): Promise<TestPage>;
  /** The extension's popup, opened as a tab that speaks about `tabOf`'s tab. */
  openPopup(tabOf: TestPage): Promise<TestPage>;
  /** An extension page by path, e.g. "options.html". */
  openExtensionPage(path: string): Promise<TestPage>;
  /** Closes the browser and starts it again on the same profile (a "browser restart"). */
  restart(): Promise<void>;
  /**
   * The reader's "Allow" in the browser's own permission prompt for `pattern`, which no driver
   * here can click. Gloss's `permissions.request` then resolves granted without a prompt.
   * Chromium: granted on its extensions page (chrome://extensions → Site access), the page's own
   * API. Firefox: a test pref grants every request, so this does nothing.
   */
  approveNextPermissionPrompt(pattern: string): Promise<void>;
  /** The addresses of every open tab (to see which tabs the extension opened by itself). */
  tabUrls(): Promise<string[]>;
  /**
   * Uncaught errors and console errors from Gloss's scripts in any page this browser opened,
   * since the last call (see errors.ts).
   */
  takeGlossErrors(): string[];
  /** Stops the extension's background service worker (MV3); undefined where there is none. */
  stopServiceWorker?(): Promise<void>;
  close(): Promise<void>;
}

/** The bit of the extension API that the harness calls inside extension pages. */
export interface ExtensionPageGlobals {
  chrome: { tabs: { query(query: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]> } };
}

/**
 * What a reader does first: on the options page, choose "On every site" and accept the prompt.
 * Every launch does this unless asked not to, since a fresh install may read no site at all.
 */
export async function allowEverywhere(browser: TestBrowser): Promise<void> {
  await browser.approveNextPermissionPrompt('*://*/*');
  const options = await browser.openExtensionPage('options.html');
  await options.waitFor(() => document.querySelector('[data-access]:not([data-access="loading"])'));
  await options.click('input[value="everywhere"]');
  await options.waitFor(() => document.querySelector('[data-access="everywhere"]'));
  await options.close();
}
