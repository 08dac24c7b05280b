/**
 * Injected by the background when the page the scout read makes no known claim and holds no notes:
 * the scout stops being busy, and watches an article-like page for text added later.
 */
import type { Scout } from './scout/scout';
import { SCOUT_GLOBAL } from '@/lib/page/scout-global';

export default defineUnlistedScript(() => {
  (globalThis as unknown as Record<string, Scout | undefined>)[SCOUT_GLOBAL]?.quiet();
  return true;
});
