/**
 * Living pages: content that arrives or changes after load, and single-page navigation.
 *
 * A MutationObserver on the body collects the blocks that changed and hands them over, debounced,
 * as a small set: never "rescan everything". Gloss's own DOM work runs through `quiet`, with the
 * observer off, so re-applying a highlight the page removed cannot feed back into the observer.
 */
import { nearestBlock } from '@/lib/text/extract';
import { isInsideSkipped } from '@/lib/text/skip-policy';
import { CARD_TAG, CLAIM_TAG } from '@/lib/dom/names';
import { createSettledBatch } from '@/lib/page/settled-batch';

/** Long enough for a framework's burst of updates to settle; short enough to feel immediate. */
const SETTLE_MS = 200;
/** A page that never stops changing (a ticker) still gets its other changes looked at this often. */
const MAX_WAIT_MS = 1000;

export interface PageWatcher {
  /** Runs our own DOM changes so that the observer does not see them. */
  quiet<T>(work: () => T): T;
}

export function watchPage(options: {
  onChangedBlocks(blocks: Element[], lostHighlights: boolean): void;
  onNavigation(): void;
  listenForLocationChange(listener: () => void): void;
  signal: AbortSignal;
}): PageWatcher {
  const { onChangedBlocks, onNavigation, listenForLocationChange, signal } = options;
  // The observer's callback only keeps the records: a busy page (a ticker rewriting its items
  // every 50 ms) then costs one array push per batch, and the real work is done once per flush,
  // on distinct nodes.
  const batch = createSettledBatch<MutationRecord>({ settleMs: SETTLE_MS, maxWaitMs: MAX_WAIT_MS, flush });
  const observer = new MutationObserver((records) => batch.add(records));

  function flush(records: MutationRecord[]): void {
    const targets = new Set<Node>();
    const added = new Set<Node>();
    let lost = false;
    for (const record of records) {
      targets.add(record.target);
      for (const node of record.addedNodes) added.add(node);
      for (const node of record.removedNodes) {
        if (node.nodeName === CLAIM_TAG.toUpperCase() || (node as Element).querySelector?.(CLAIM_TAG)) lost = true;
      }
    }
    const changed = new Set<Element>();
    for (const node of [...targets, ...added]) {
      const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
      if (!el || !el.isConnected || el.closest(CARD_TAG) || isInsideSkipped(el)) continue;
      changed.add(nearestBlock(el));
    }
    const blocks = [...changed];
    // A block inside another changed block is rescanned with it.
    const outermost = blocks.filter((el) => !blocks.some((other) => other !== el && other.contains(el)));
    if (outermost.length > 0 || lost) onChangedBlocks(outermost, lost);
  }

  // Attributes too, but only those that show or hide content ("read more" expanders); ours
  // (tabindex, aria-*, data-gloss-*) are not among them.
  const body = document.body;
  /** `quiet` calls under way: the observer is off until the outermost one ends. */
  let quietDepth = 0;
  const observe = () =>
    body &&
    observer.observe(body, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['hidden', 'style', 'class', 'open', 'aria-hidden'],
    });
  observe();

  let lastUrl = location.href;
  const checkLocation = () => {
    if (location.href === lastUrl) return;
    lastUrl = location.href;
    batch.clear();
    onNavigation();
  };
  // popstate and hashchange come at once; pushState/replaceState are seen by watchLocation.
  window.addEventListener('popstate', checkLocation, { signal });
  window.addEventListener('hashchange', checkLocation, { signal });
  listenForLocationChange(checkLocation);

  signal.addEventListener('abort', () => {
    observer.disconnect();
    batch.clear();
  });

  return {
    quiet(work) {
      // Not observed while our own work runs, rather than observed and its records dropped: a
      // frame that wraps a hundred sentences would make hundreds of records only to throw them
      // away (and on a long page, the garbage collector ran in that frame). The page's own
      // changes from before are kept.
      if (quietDepth++ > 0) {
        try {
          return work();
        } finally {
          quietDepth--;
        }
      }
      const pending = observer.takeRecords();
      observer.disconnect();
      try {
        return work();
      } finally {
        quietDepth--;
        observe();
        if (pending.length > 0) batch.add(pending);
      }
    },
  };
}
