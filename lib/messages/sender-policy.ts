/**
 * What each kind of sender may ask the background. Extension pages (popup, options) act for the
 * reader and may ask anything. A content script acts for one page, and the page is someone
 * else's house: it may read claims and the reader's claim notes (shown in that page's card), and
 * read or change only what concerns its own site (its passage notes, dismissals, history). It may
 * not switch sites on or off, nor see other sites' addresses.
 *
 * "Its own site", not "its own page": after a single-page app's pushState the browser still
 * reports the address the document was loaded from, so page addresses cannot be compared.
 */
import type { Request } from './protocol';
import { siteKey } from '../page/site-key';

export type Sender = { kind: 'extension-page' } | { kind: 'content-script'; url: string; tabId?: number };

/** Null when allowed; otherwise why not. */
export function refusal(request: Request, sender: Sender): string | null {
  if (sender.kind === 'extension-page') return null;
  let site: string;
  try {
    site = siteKey(sender.url);
  } catch {
    return 'content script without a page address';
  }
  switch (request.type) {
    case 'claims/get':
    case 'note/get':
    case 'note/save':
    case 'note/delete':
    case 'hidden/set':
    case 'page/found':
    case 'page/card':
      return null;
    case 'site/get':
      return request.host === site ? null : 'a page may only ask about its own site';
    case 'suppressed/get':
    case 'dismissal/set':
      return siteKey(request.url) === site ? null : "a page may only read or change its own site's dismissals";
    case 'site/set':
    case 'pause/set':
      return 'only the reader, from the toolbar or options, switches Gloss on or off';
    case 'look/set':
      return 'only the reader, from the options page, chooses how highlights look';
    case 'sites/list':
      return "a page may not list the reader's settings for other sites";
    case 'packs/active':
      return null;
    case 'claims/match':
    case 'packs/match':
    case 'page/topic':
      return siteKey(request.url) === site ? null : 'a page may only match its own text';
    case 'packs/list':
    case 'packs/import':
    case 'packs/set-enabled':
    case 'packs/delete':
    case 'packs/undelete':
    case 'packs/export':
      return 'only the reader, from the options page, manages claim packs';
    case 'claims/all':
      // Nothing private, but a page has no use for the whole dataset: least privilege.
      return "only Gloss's own pages list every claim";
    case 'page/start':
    case 'page/read':
    case 'passage/list':
    case 'passage/save':
    case 'passage/delete':
    case 'passage/placed':
    case 'history/seen':
      return siteKey(request.url) === site ? null : "a page may only read or change its own site's notes";
    case 'options/open':
    case 'history/summary':
      // How many other pages, and when: no addresses or titles, which would tell the page
      // (able to read the card's open shadow root) where else the reader has been.
      return null;
    case 'history/list':
    case 'notes/all':
    case 'notes/edit':
    case 'notes/delete':
    case 'notes/restore':
    case 'notes/import':
    case 'history/settings':
    case 'history/set':
    case 'history/clear':
      return 'only the reader, from the options page, manages all notes and the history';
  }
}

/** The sender as the browser describes it: a tab with a web page is a content script. */
export function describeSender(sender: { id?: string; url?: string; tab?: { id?: number } }, extensionOrigin: string): Sender | null {
  if (sender.url?.startsWith(extensionOrigin)) return { kind: 'extension-page' };
  if (sender.tab && sender.url && /^https?:/.test(sender.url)) return { kind: 'content-script', url: sender.url, tabId: sender.tab.id };
  return null;
}
