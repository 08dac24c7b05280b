/**
 * Gloss reaches a page in two steps.
 *
 * 1. The scout (`scout.js`), registered at run time for every http(s) page:
 *    a few kilobytes that hand the page's text to the background, which decides whether a known
 *    claim is there (claim-gate.ts). A content script listed in the manifest would grant its
 *    pages at install, and such access can never be given back; registered here, it is injected
 *    only where the reader granted host access.
 * 2. The rest (`content-scripts/gloss.js` and its CSS): scans (matched in the background),
 *    highlights and notes, injected by the background into a tab whose page makes a known claim,
 *    or holds the reader's notes. It asks the background, too, whether text the page adds later
 *    may make a claim: no page carries the prefilter.
 * 3. The card's code (`card.js`), injected when that Gloss asks for it: once its first pass is
 *    done, or at the first card opened (entrypoints/content/lazy-card.ts).
 * Each injection is its own task in the page, and none needs web-accessible resources.
 */
import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { ALL_SITES } from '@/lib/access/site-access';

// WXT types the paths it builds, so a renamed entrypoint fails the typecheck here.
const SCOUT_FILE: ScriptPublicPath = '/scout.js';
const FULL_FILE: ScriptPublicPath = '/content-scripts/gloss.js';
const FULL_CSS = 'content-scripts/gloss.css';
const CARD_FILE: ScriptPublicPath = '/card.js';

const SCOUT = {
  id: 'gloss-content',
  matches: [ALL_SITES],
  js: [SCOUT_FILE.slice(1)],
  css: [] as string[],
  runAt: 'document_idle' as const,
  allFrames: false,
};

/** Idempotent: run on every background start, as a registration can be lost with an update. */
export async function ensureContentScriptRegistered(): Promise<void> {
  const [existing] = await browser.scripting.getRegisteredContentScripts({ ids: [SCOUT.id] });
  const same = existing && JSON.stringify(existing.js) === JSON.stringify(SCOUT.js) && JSON.stringify(existing.css ?? []) === JSON.stringify(SCOUT.css);
  if (same) return;
  if (existing) await browser.scripting.unregisterContentScripts({ ids: [SCOUT.id] });
  const { css, ...withoutCss } = SCOUT;
  await browser.scripting.registerContentScripts([{ ...withoutCss, ...(css.length ? { css } : {}), persistAcrossSessions: true }]);
}

/**
 * Starts the scout in a tab that was open before its site was granted (the registered script
 * only runs on pages loaded after). The reader just granted the site, so the access is there.
 */
export async function injectIntoTab(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [SCOUT_FILE] });
}

/**
 * The rest of Gloss, into a tab whose scout asked for it (top frame only, as the scout). Its
 * styles and its script are asked for together: each injection is a round trip to the page that
 * took 15–80 ms here, and the styles are needed only once highlights are drawn, far later.
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
