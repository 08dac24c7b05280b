/**
 * Keeps open tabs in step with the reader's host-access choices, from the background:
 * - access granted → the already open tabs of those sites are read, as a page that loads is
 *   (page-pull.ts);
 * - access taken back → pages of sites no longer covered take their highlights down.
 */
import { browser } from 'wxt/browser';
import type { GlossEvent } from '@/lib/messages/protocol';
import { currentAccess } from './site-access';

export function watchSiteAccess(broadcast: (event: GlossEvent) => Promise<void>, pull: (tabId: number) => Promise<void>): void {
  const announce = async () => {
    const access = await currentAccess();
    await broadcast({ type: 'access/changed', everywhere: access.everywhere, sites: access.sites });
  };
  browser.permissions.onAdded.addListener(async ({ origins = [] }) => {
    if (origins.length === 0) return;
    await announce();
    await readOpenTabs(origins, pull);
  });
  browser.permissions.onRemoved.addListener(async ({ origins = [] }) => {
    if (origins.length > 0) await announce();
  });
}

/** The scout reads each page once: a tab already read, or running Gloss, gives nothing back. */
async function readOpenTabs(origins: string[], pull: (tabId: number) => Promise<void>): Promise<void> {
  const tabs = await browser.tabs.query({ url: origins });
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? null : pull(tab.id).catch(() => {}))));
}
