/**
 * Living pages: content that arrives or changes after load, and single-page navigation.
 *
 * A MutationObserver on the body collects the blocks that changed and hands them over, debounced,
 * as a small set: never "rescan everything". Gloss's own DOM work runs through `quiet`, which
 * drops the records it caused, so re-applying a highlight the page removed cannot feed back into
 * the observer.
 */
import { isInsideSkipped, nearestBlock } from '@/lib/text/extract';
import { HIGHLIGHT_TAG } from '@/lib/anchor/highlight';

/** Long enough for a framework's burst of updates to settle; short enough to feel immediate. */
const SETTLE_MS = 200;

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
  let changed = new Set<Element>();
  let lost = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const observer = new MutationObserver((records) => {
    for (const record of records) collect(record);
    if (changed.size === 0 && !lost) return;
    clearTimeout(timer);
    timer = setTimeout(flush, SETTLE_MS);
  });

  function collect(record: MutationRecord): void {
    const target = record.target.nodeType === Node.ELEMENT_NODE ? (record.target as Element) : record.target.parentElement;
    if (!target || target.closest('gloss-card')) return;
    for (const node of record.removedNodes) {
      if (node.nodeName === HIGHLIGHT_TAG.toUpperCase() || (node as Element).querySelector?.(HIGHLIGHT_TAG)) lost = true;
    }
    if (record.type === 'characterData' || record.type === 'attributes') return add(target);
    add(target);
    for (const node of record.addedNodes) {
      if (node.nodeType === Node.ELEMENT_NODE) add(node as Element);
    }
  }

  function add(el: Element): void {
    if (!el.isConnected || isInsideSkipped(el)) return;
    changed.add(nearestBlock(el));
  }

  function flush(): void {
    const blocks = [...changed].filter((el) => el.isConnected);
    // A block inside another changed block is rescanned with it.
    const outermost = blocks.filter((el) => !blocks.some((other) => other !== el && other.contains(el)));
    const hadLost = lost;
    changed = new Set();
    lost = false;
    if (outermost.length > 0 || hadLost) onChangedBlocks(outermost, hadLost);
  }

  // Attributes too, but only those that show or hide content ("read more" expanders); ours
  // (tabindex, aria-*, data-gloss-*) are not among them.
  if (document.body) {
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['hidden', 'style', 'class', 'open', 'aria-hidden'],
    });
  }

  let lastUrl = location.href;
  const checkLocation = () => {
    if (location.href === lastUrl) return;
    lastUrl = location.href;
    clearTimeout(timer);
    changed = new Set();
    lost = false;
    onNavigation();
  };
  // popstate and hashchange come at once; pushState/replaceState are seen by WXT's location watcher.
  window.addEventListener('popstate', checkLocation, { signal });
  window.addEventListener('hashchange', checkLocation, { signal });
  listenForLocationChange(checkLocation);

  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });

  return {
    quiet(work) {
      const result = work();
      observer.takeRecords();
      return result;
    },
  };
}
