/**
 * Composition root of the background: the dataset, the database and the message router.
 * The database opens lazily, once: an MV3 service worker may be stopped and woken at any time.
 */
import { browser } from 'wxt/browser';
import claims, { version as datasetVersion } from 'virtual:gloss/claims';
import { createHandlers } from '@/lib/background/handlers';
import { createRequestRouter } from '@/lib/messages/router';
import { describeSender } from '@/lib/messages/sender-policy';
import { openDatabase, type Database } from '@/lib/store/db';
import { syncDataset } from '@/lib/store/dataset';
import type { GlossEvent } from '@/lib/messages/protocol';

export default defineBackground(() => {
  let db: Promise<Database> | undefined;
  // The dataset is checked on every start, not only in onInstalled: an update event can be
  // missed (the worker stopped mid-update), and the check is one read when nothing changed.
  const database = () =>
    (db ??= openDatabase().then(async (opened) => {
      await syncDataset(opened, claims, datasetVersion);
      return opened;
    }));

  const route = createRequestRouter(
    createHandlers({
      db: database,
      async broadcast(event: GlossEvent) {
        const tabs = await browser.tabs.query({});
        // Tabs without our content script (other schemes, not yet loaded) reject: nothing to tell them.
        await Promise.all(tabs.map((tab) => (tab.id == null ? null : browser.tabs.sendMessage(tab.id, event).catch(() => null))));
      },
    }),
  );

  browser.runtime.onInstalled.addListener(() => void database());

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
