/**
 * The scout (see scout.ts), injected by the background into an allowed page once it has loaded,
 * and again at each of the tab's later updates (a single-page app's next address). Its result,
 * the page's first batch of text or null, is the injection's result: no message, no extension
 * API. It carries nothing of the dataset and no library: not even WXT's content script context,
 * which would bring webextension-polyfill.
 */
import { createScout, type Scout } from './scout';
import { SCOUT_GLOBAL } from '@/lib/page/scout-global';

export default defineUnlistedScript(() => {
  // One scout per page, kept on the content scripts' own global (the page cannot see it).
  const scope = globalThis as unknown as Record<string, Scout | undefined>;
  const scout = (scope[SCOUT_GLOBAL] ??= createScout());
  return scout.read();
});
