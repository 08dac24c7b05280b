/**
 * What the popup shows for a page where the rest of Gloss is not running (the page made no known
 * claim, and holds no notes): the site's switch and nothing found. Built by the scout when it
 * listens, or by the popup itself when no script in the tab listens at all.
 */
import type { PageStatus } from '../messages/responses';
import { normalizePageUrl } from './normalize-url';
import { siteKey } from './site-key';

export function quietPageStatus(pageUrl: string, site: { enabled: boolean; paused: boolean }): PageStatus {
  return {
    host: siteKey(pageUrl),
    url: normalizePageUrl(pageUrl),
    enabled: site.enabled,
    paused: site.paused,
    claims: [],
    dismissed: [],
    hidden: [],
    notesPlaced: 0,
    orphans: [],
  };
}
