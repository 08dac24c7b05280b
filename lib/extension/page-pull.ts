/**
 * The background's side of the scout (entrypoints/scout/scout.ts): it reads each allowed page
 * when the page has loaded, and again when a single-page app moves to another address, then
 * decides. A page the scout already read, or where the rest of Gloss runs, gives nothing back.
 *
 * Also: sending to a page where no script listens yet (an off-topic page has none), by having
 * the scout listen first.
 */
import { browser, type Browser } from 'wxt/browser';
import type { PulledText } from '@/lib/page/pulled-text';
import { listenInTab, readPageInTab, tellScout } from './content-script';

/** Decides on a page's text, as `page/read` does; resolves whether the rest of Gloss started. */
export type DecideOnPage = (tabId: number, tabUrl: string, text: PulledText) => Promise<boolean>;

/** Pages Gloss may read: only http(s) documents (never the browser's own or the extension's pages). */
export const isWebPage = (url: string | undefined): url is string => !!url && /^https?:/.test(url);

/** Reads the page in `tabId` and tells the scout what was decided. */
export async function pullPage(tabId: number, decide: DecideOnPage): Promise<void> {
  const text = await readPageInTab(tabId);
  if (!text) return;
  let started = false;
  try {
    const tabUrl = (await browser.tabs.get(tabId)).url;
    started = isWebPage(tabUrl) && (await decide(tabId, tabUrl, text));
  } finally {
    // Always told, or the page would stay marked busy (lib/page/activity.ts).
    await tellScout(tabId, started ? 'listen' : 'quiet');
  }
}

/**
 * Pulls each allowed page once it has a title (the scout's injection waits for the document to
 * be idle) or has loaded, and at each new address. `tab.url` is there only for tabs whose site
 * Gloss may read, so other tabs are never touched.
 */
export function pullPagesAsTheyLoad(pull: (tabId: number) => Promise<void>): void {
  const pulled = new Map<number, string>();
  const onUpdated = (tabId: number, change: Browser.tabs.OnUpdatedInfo, tab: Browser.tabs.Tab) => {
    // A new document is coming (the old one may still be the frame's): read it later.
    if (change.status === 'loading') return void pulled.delete(tabId);
    // A new address on a loaded page is a single-page app's in-page navigation.
    const ready = change.status === 'complete' || change.title !== undefined || (change.url !== undefined && tab.status === 'complete');
    if (!ready || !isWebPage(tab.url) || pulled.get(tabId) === tab.url) return;
    pulled.set(tabId, tab.url);
    void pull(tabId).catch((error: unknown) => {
      if (pulled.get(tabId) === tab.url) pulled.delete(tabId);
      // A tab closed or moved on meanwhile is no error worth telling.
      console.debug('[gloss] page not read', error);
    });
  };
  browser.tabs.onUpdated.addListener(onUpdated);
  browser.tabs.onRemoved.addListener((tabId) => pulled.delete(tabId));
}

/** `tabs.sendMessage`, first having the page's scout listen if nothing in the tab does. */
export async function sendToPage(tabId: number, message: unknown): Promise<unknown> {
  try {
    return await browser.tabs.sendMessage(tabId, message);
  } catch {
    await listenInTab(tabId);
    return browser.tabs.sendMessage(tabId, message);
  }
}
