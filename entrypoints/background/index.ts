/**
 * Composition root of the background: the dataset, the database and the message router.
 * The database opens lazily, once: an MV3 service worker may be stopped and woken at any time.
 */
import { browser } from 'wxt/browser';
import claims, { version as datasetVersion } from 'virtual:gloss/claims';
import { loadClaimIndex, loadPrefilter } from 'virtual:gloss/claim-index';
import { createClaimGate } from '@/lib/match/claim-gate';
import { createMatcher, type Matcher } from '@/lib/match/matcher';
import { createPackIndex } from '@/lib/packs/pack-index';
import { createHandlers } from '@/lib/background/handlers';
import { createRequestRouter } from '@/lib/messages/router';
import { describeSender } from '@/lib/messages/sender-policy';
import { openDatabase, type Database } from '@/lib/store/db';
import { syncDataset } from '@/lib/store/dataset';
import { forgetRegisteredScout, loadCardIntoTab, startFullGloss } from '@/lib/extension/content-script';
import { isWebPage, pullPage, pullPagesAsTheyLoad, sendToPage } from '@/lib/extension/page-pull';
import { normalizePageUrl } from '@/lib/page/normalize-url';
import { siteKey } from '@/lib/page/site-key';
import { watchSiteAccess } from '@/lib/extension/access-watch';
import { hasSite } from '@/lib/extension/site-access';
import { msg } from '@/lib/i18n/strings';
import type { GlossEvent } from '@/lib/messages/protocol';
import type { PageStatus } from '@/lib/messages/responses';

/** The toolbar button: `action` in Manifest V3, `browserAction` in Firefox's Manifest V2. */
const toolbarButton = () => browser.action ?? browser.browserAction;

/** Whether `event` tells of passage notes now on the page at `tabUrl` (or on pages not named). */
function notesNowOn(event: GlossEvent, tabUrl: string | undefined): boolean {
  if (event.type !== 'notes/changed' || !isWebPage(tabUrl)) return false;
  return event.passagesOn === undefined || event.passagesOn === normalizePageUrl(tabUrl);
}

export default defineBackground(() => {
  let db: Promise<Database> | undefined;
  // The dataset is checked on every start, not only in onInstalled: an update event can be
  // missed (the worker stopped mid-update), and the check is one read when nothing changed.
  const database = () =>
    (db ??= openDatabase().then(async (opened) => {
      await syncDataset(opened, claims, datasetVersion);
      return opened;
    }));

  let matcher: Matcher | undefined;
  const bundledMatcher = () => (matcher ??= createMatcher(loadClaimIndex()));

  void forgetRegisteredScout().catch((error: unknown) => console.warn('[gloss] an earlier registration not removed', error));

  async function broadcast(event: GlossEvent) {
    const tabs = await browser.tabs.query({});
    await Promise.all(
      tabs.map((tab) => {
        if (tab.id == null) return null;
        // Most pages have no script listening (off topic, other schemes, not loaded): nothing to
        // tell them, except notes now on such a page, which the rest of Gloss must show.
        return (notesNowOn(event, tab.url) ? sendToPage(tab.id, event) : browser.tabs.sendMessage(tab.id, event)).catch(() => null);
      }),
    );
  }

  const route = createRequestRouter(
    createHandlers({
      db: database,
      broadcast,
      async openOptions(claimId) {
        await browser.tabs.create({ url: browser.runtime.getURL(`/options.html${claimId ? `#history=${claimId}` : ''}`) });
      },
      startInTab: startFullGloss,
      loadCardInTab: loadCardIntoTab,
      // Pages hand their text here, so none carries the prefilter or the matcher, or runs them.
      mentionsClaim: createClaimGate(loadPrefilter(), bundledMatcher),
      bundledMatcher,
      packs: createPackIndex(database),
      async setBadge(tabId, count) {
        await toolbarButton().setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
        await toolbarButton().setBadgeBackgroundColor({ tabId, color: '#7a5200' });
      },
    }),
  );

  // Each allowed page is read by the scout once it has loaded, and the background decides on its
  // text as on a page's own `page/read`, with the same checks.
  const pull = (tabId: number) =>
    pullPage(tabId, async (_, tabUrl, text) => {
      const answer = await route({ type: 'page/read', url: text.url, blocks: text.blocks, notes: !text.more }, { kind: 'content-script', url: tabUrl, tabId });
      if (!answer.ok) console.warn('[gloss] a page read refused', answer.error);
      return answer.ok && (answer.value as { started: boolean }).started;
    });
  pullPagesAsTheyLoad(pull);
  watchSiteAccess(broadcast, pull);

  // A new page in a tab starts with no badge; its content script sets one if it finds claims.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void toolbarButton().setBadgeText({ tabId, text: '' });
  });

  // The keyboard command toggles the site of the active tab, as the popup's switch would.
  // "Add note" on a selection: a context-menu item and a keyboard command. The page's content
  // script takes the selection (the scout is made to listen where nothing did); a page Gloss may
  // not read (no access, not a web page) does nothing.
  const addNoteIn = (tabId: number | undefined) => {
    if (tabId !== undefined) void sendToPage(tabId, { type: 'page/add-note' }).catch(() => {});
  };
  void browser.contextMenus
    .removeAll()
    .then(() =>
      browser.contextMenus.create({ id: 'add-note', title: msg('addNote'), contexts: ['selection'], documentUrlPatterns: ['http://*/*', 'https://*/*'] }),
    )
    .catch((error: unknown) => console.warn('[gloss] context menu not created', error));
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === 'add-note') addNoteIn(tab?.id);
  });

  browser.commands?.onCommand.addListener(async (command) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (command === 'add-note') return addNoteIn(tab?.id);
    if (command !== 'toggle-site') return;
    if (tab?.id === undefined) return;
    // A page with nothing listening (off topic) is asked nothing: its site is in the tab's address.
    const status = (await browser.tabs.sendMessage(tab.id, { type: 'page/status' }).catch(() => null)) as PageStatus | null;
    // (The command lends the tab's address even without access: such a site is not Gloss's to switch.)
    const host = status?.host ?? (tab.url && /^https?:/.test(tab.url) && (await hasSite(siteKey(tab.url))) ? siteKey(tab.url) : undefined);
    if (!host) return;
    const enabled =
      status?.enabled ?? (await route({ type: 'site/get', host }, { kind: 'extension-page' }).then((r) => r.ok && (r.value as { enabled: boolean }).enabled));
    await route({ type: 'site/set', host, enabled: !enabled }, { kind: 'extension-page' });
  });

  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    const db = await database();
    // Once, on install: an update must not interrupt the reader with a page they have seen. The
    // database remembers it too, for installs that keep the data (a developer's reload, or a
    // browser that loads the extension from the command line at every start).
    if (reason !== 'install' || (await db.get('meta', 'welcomed'))) return;
    await db.put('meta', { key: 'welcomed', value: new Date().toISOString() });
    await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });

  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  browser.runtime.onMessage.addListener((message, sender) => {
    // Only our own pages and content scripts reach this listener (no externally_connectable);
    // the check makes that assumption explicit should the manifest ever change.
    if (sender.id !== browser.runtime.id) return undefined;
    const from = describeSender(sender, extensionOrigin);
    if (!from) {
      console.warn('[gloss] message from an unknown kind of sender ignored');
      return undefined;
    }
    return route(message, from);
  });
});
