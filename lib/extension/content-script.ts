/**
 * Gloss reaches a page in steps, each injected by the background into the tab (top frame only),
 * none registered for pages and none needing web-accessible resources.
 *
 * 1. The scout (`scout.js`), once an allowed page has loaded (page-pull.ts): it gives back the
 *    page's first batch of text as the injection's result, and the background decides whether a
 *    known claim is there (claim-gate.ts). Then `scout-quiet.js` (no: watch for late text) or,
 *    after step 2, `scout-listen.js` (messages reach the page from now on).
 * 2. The rest (`gloss.js` and its CSS): scans (matched in the background),
 *    highlights and notes, into a tab whose page makes a known claim or holds the reader's notes.
 * 3. The card's code (`card.js`), when that Gloss asks for it: once its first pass is done, or at
 *    the first card opened (entrypoints/content/lazy-card.ts).
 *
 * Nothing is registered: a registered content script would tell its background by message,
 * and a message makes the browser build the extension's API bindings in the page's world first,
 * a cost every off-topic page would pay (README, "Page cost").
 */
import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import type { PulledText } from '@/lib/page/pulled-text';

// WXT types the paths it builds, so a renamed entrypoint fails the typecheck here.
const SCOUT_FILE: ScriptPublicPath = '/scout.js';
const LISTEN_FILE: ScriptPublicPath = '/scout-listen.js';
const QUIET_FILE: ScriptPublicPath = '/scout-quiet.js';
const FULL_FILE: ScriptPublicPath = '/gloss.js';
const FULL_CSS = 'assets/gloss.css';
const CARD_FILE: ScriptPublicPath = '/card.js';

/** The id under which earlier builds registered the scout for every allowed page. */
const OLD_REGISTRATION = 'gloss-content';

/** Takes back the registration an earlier version made (it persisted across sessions). */
export async function forgetRegisteredScout(): Promise<void> {
  const [existing] = await browser.scripting.getRegisteredContentScripts({ ids: [OLD_REGISTRATION] });
  if (existing) await browser.scripting.unregisterContentScripts({ ids: [OLD_REGISTRATION] });
}

async function inject(tabId: number, file: ScriptPublicPath): Promise<unknown> {
  const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: [file] });
  return injection?.result;
}

/** The scout's reading of the page in `tabId` (it waits for the document to be idle); null if there is nothing new. */
export async function readPageInTab(tabId: number): Promise<PulledText | null> {
  return ((await inject(tabId, SCOUT_FILE)) as PulledText | null | undefined) ?? null;
}

/** Tells the scout that read the page the background's decision. */
export async function tellScout(tabId: number, decision: 'listen' | 'quiet'): Promise<void> {
  await inject(tabId, decision === 'listen' ? LISTEN_FILE : QUIET_FILE);
}

/** Makes sure a script in the tab listens for Gloss's messages: the scout, injected if need be. */
export async function listenInTab(tabId: number): Promise<void> {
  if ((await inject(tabId, LISTEN_FILE)) === true) return;
  await inject(tabId, SCOUT_FILE);
  await inject(tabId, LISTEN_FILE);
}

/**
 * The rest of Gloss, into a tab whose page asked for it. Its styles and its script are asked for
 * together: each injection is a round trip to the page that took 15–80 ms here, and the styles
 * are needed only once highlights are drawn, far later.
 */
export async function startFullGloss(tabId: number): Promise<void> {
  await Promise.all([
    browser.scripting.insertCSS({ target: { tabId }, files: [FULL_CSS] }),
    browser.scripting.executeScript({ target: { tabId }, files: [FULL_FILE] }),
  ]);
}

/** The card's code, into a tab where the rest of Gloss asked for it (entrypoints/content/lazy-card.ts). */
export async function loadCardIntoTab(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [CARD_FILE] });
}
