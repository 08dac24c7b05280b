import { uiLanguage } from '@/lib/i18n/strings';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import * as v from 'valibot';
import { SitePopup, type PopupApi } from '@/components/SitePopup';
import { request } from '@/lib/messages/client';
import type { PageRequest } from '@/lib/messages/protocol';
import type { PageStatus } from '@/lib/messages/responses';
import { hasSite, requestSite } from '@/lib/extension/site-access';
import { siteKey } from '@/lib/page/site-key';
import { quietPageStatus } from '@/lib/page/quiet-status';
import { sendToPage } from '@/lib/extension/page-pull';
import './popup.css';

/**
 * The tab the popup speaks about: the active one, or `?tabId=` when the popup is opened as a
 * page (by tests, or by a reader who bookmarked it next to a tab).
 */
async function targetTabId(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && v.is(v.pipe(v.string(), v.regex(/^\d+$/)), param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

const api: PopupApi = {
  async pageStatus() {
    const tabId = await targetTabId();
    if (tabId === undefined) return null;
    const status = (await browser.tabs.sendMessage(tabId, { type: 'page/status' }).catch(() => null)) as PageStatus | null;
    if (status) return status;
    // Nothing listens in the tab: a page Gloss read and found off topic (its site is in the
    // address, visible with access), or one it may not read (a browser page, a file; no address).
    const url = (await browser.tabs.get(tabId).catch(() => null))?.url;
    if (!url || !/^https?:/.test(url) || !(await hasSite(siteKey(url)))) return null;
    return quietPageStatus(url, await request({ type: 'site/get', host: siteKey(url) }));
  },
  setSiteEnabled: (host, enabled) => request({ type: 'site/set', host, enabled }).then((s) => s.enabled),
  async showClaim(claimId) {
    await toPage({ type: 'page/show-claim', claimId });
    // Opened as a popup, it gets out of the way so the reader sees the card.
    if (!new URLSearchParams(location.search).has('tabId')) window.close();
  },
  undoDismissal: (url, claimId) => request({ type: 'dismissal/set', url, claimId, dismissed: false }).then(() => undefined),
  undoHidden: (claimId) => request({ type: 'hidden/set', claimId, hidden: false }).then(() => undefined),
  pause: (until) => request({ type: 'pause/set', until }).then((r) => r.pausedUntil),
  pausedUntil: () => request({ type: 'sites/list' }).then((r) => r.pausedUntil),
  openOptions: () => browser.runtime.openOptionsPage(),
  async siteWithoutAccess() {
    const tabId = await targetTabId();
    if (tabId === undefined) return null;
    // The address is visible only with access, or through activeTab when the reader opened the popup.
    const url = (await browser.tabs.get(tabId).catch(() => null))?.url;
    if (!url || !/^https?:/.test(url)) return null;
    const host = siteKey(url);
    return (await hasSite(host)) ? null : host;
  },
  // The background starts Gloss in the tab once the permission is added (see access-watch.ts).
  allowSite: (host) => requestSite(host),
  async reattach(noteId) {
    await toPage({ type: 'page/reattach', id: noteId });
  },
  deleteNote: (noteId) => request({ type: 'notes/delete', id: noteId }).then(() => undefined),
};

async function toPage(message: PageRequest): Promise<unknown> {
  const tabId = await targetTabId();
  if (tabId === undefined) throw new Error('no tab');
  // An off-topic page has no script listening: the scout is injected to listen first.
  return sendToPage(tabId, message);
}

// The page speaks the reader's language where Gloss has a translation, English otherwise.
document.documentElement.lang = uiLanguage();
render(<SitePopup api={api} />, document.getElementById('app')!);
