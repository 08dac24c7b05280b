/**
 * Injected by the background (or the popup) when the page must hear its messages: after the rest
 * of Gloss started there, or before a message to a page where it did not. Its result says whether
 * a scout was there to listen (if not, the caller injects one first).
 */
import type { Scout } from './scout/scout';
import { SCOUT_GLOBAL } from '@/lib/page/scout-global';

export default defineUnlistedScript(() => (globalThis as unknown as Record<string, Scout | undefined>)[SCOUT_GLOBAL]?.listen() ?? false);
