/**
 * Keeps open tabs in step with the reader's host-access choices, from the background:
 * - access granted → Gloss starts in the already open tabs of those sites (the registered
 *   content script only runs on pages loaded later);
 * - access taken back → pages of sites no longer covered take their highlights down.
 */
import { browser } from 'wxt/browser';
import type { GlossEvent } from '@/lib/messages/protocol';
import { currentAccess } from './site-access';
import { injectIntoTab } from './content-script';

export function watchSiteAccess(broadcast: (event: GlossEvent) => Promise<void>): void {
  const announce = async () => {
    const access = await currentAccess();
    await broadcast({ type: 'access/changed', everywhere: access.everywhere, sites: access.sites });
  };
  browser.permissions.onAdded.addListener(async ({ origins = [] }) => {
    if (origins.length === 0) return;
    await announce();
    await startInOpenTabs(origins);
  });
  browser.permissions.onRemoved.addListener(async ({ origins = [] }) => {
    if (origins.length > 0) await announce();
  });
}

async function startInOpenTabs(origins: string[]): Promise<void> {
  const tabs = await browser.tabs.query({ url: origins });
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined) return;
      // A tab that answers already runs Gloss; injecting again would run it twice.
      const running = await browser.tabs.sendMessage(tab.id, { type: 'page/status' }).then(
        () => true,
        () => false,
      );
      if (!running) await injectIntoTab(tab.id).catch(() => {});
    }),
  );
}
