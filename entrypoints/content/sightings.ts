/**
 * What the page tells the background about the claims it shows: the toolbar badge (distinct
 * claims) and "where I met this claim" (each claim once per page). Reported from a scan's
 * findings as soon as it has them, not after the last highlight is drawn: a reader who leaves
 * early has still met the claims.
 */
import { request } from '@/lib/messages/client';
import { beginWork } from '@/lib/page/activity';

export interface Sightings {
  /** The claims the page now shows (after the reader's suppressions). */
  report(claimIds: Iterable<string>): void;
  /** A new page in the same document (single-page navigation): every claim is new again. */
  reset(): void;
}

/** A report is work until answered: idle then means the badge and history are up to date. */
function report(sent: Promise<unknown>): void {
  void sent.catch(() => {}).finally(beginWork());
}

export function createSightings(pageUrl: () => string): Sightings {
  let reported = new Set<string>();
  let lastCount = -1;
  return {
    report(claimIds) {
      const distinct = new Set(claimIds);
      if (distinct.size !== lastCount) {
        lastCount = distinct.size;
        report(request({ type: 'page/found', count: distinct.size }));
      }
      const fresh = [...distinct].filter((id) => !reported.has(id));
      if (fresh.length === 0) return;
      for (const id of fresh) reported.add(id);
      report(request({ type: 'history/seen', url: pageUrl(), title: document.title.slice(0, 1000), claimIds: fresh }));
    },
    reset() {
      reported = new Set();
    },
  };
}
