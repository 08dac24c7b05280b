/**
 * The content script is registered at run time, not listed in the manifest: a manifest content
 * script grants its host access at install, and such access can never be given back. Registered
 * here for every http(s) page, it is injected only where the reader granted host access (all
 * sites, or the ones they chose), so the permissions alone decide where Gloss runs.
 */
import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { ALL_SITES } from '@/lib/access/site-access';

// WXT types the paths it builds, so a renamed entrypoint fails the typecheck here.
const SCRIPT_FILE: ScriptPublicPath = '/content-scripts/content.js';

const CONTENT_SCRIPT = {
  id: 'gloss-content',
  matches: [ALL_SITES],
  js: [SCRIPT_FILE.slice(1)],
  css: ['content-scripts/content.css'],
  runAt: 'document_idle' as const,
  allFrames: false,
};

/** Idempotent: run on every background start, as a registration can be lost with an update. */
export async function ensureContentScriptRegistered(): Promise<void> {
  const [existing] = await browser.scripting.getRegisteredContentScripts({ ids: [CONTENT_SCRIPT.id] });
  if (existing && JSON.stringify(existing.js) === JSON.stringify(CONTENT_SCRIPT.js) && JSON.stringify(existing.css) === JSON.stringify(CONTENT_SCRIPT.css)) return;
  if (existing) await browser.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT.id] });
  await browser.scripting.registerContentScripts([{ ...CONTENT_SCRIPT, persistAcrossSessions: true }]);
}

/**
 * Starts Gloss in a tab that was open before its site was granted (the registered script only
 * runs on pages loaded after). The reader just granted the site, so the host access is there.
 */
export async function injectIntoTab(tabId: number): Promise<void> {
  await browser.scripting.insertCSS({ target: { tabId }, files: CONTENT_SCRIPT.css });
  await browser.scripting.executeScript({ target: { tabId }, files: [SCRIPT_FILE] });
}
