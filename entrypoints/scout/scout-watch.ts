/**
 * The scout's watch for claims that arrive after load (a "read more", the next story of an
 * infinite scroll, a single-page app's next article). Only article-like pages are watched: a
 * ticker, a chat or a dashboard rewrites itself all day and carries no article to gloss, and
 * observing it would be a cost paid forever. Changed text is handed over when the page settles.
 */
import { createSettledBatch } from '@/lib/page/settled-batch';
import { isSkipped } from '@/lib/text/skip-policy';
import { PAGE_TEXT_BATCH_CHARS } from '@/lib/page/page-text-limits';

const SETTLE_MS = 250;
const MAX_WAIT_MS = 1000;
/** Enough of a changed subtree to find a claim's key words; more would make a big change costly. */
const MAX_TEXT_PER_NODE = 50_000;

const ARTICLE_LIKE = 'article, main, [role="main"], [itemprop="articleBody"], meta[property="og:type"][content="article"]';

export function isArticleLike(doc: Document): boolean {
  return doc.querySelector(ARTICLE_LIKE) !== null;
}

function isReadable(node: Node): boolean {
  for (let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isSkipped(el) || el.tagName.startsWith('GLOSS-')) return false;
  }
  return true;
}

/**
 * `handOver` gives changed text to the background, resolving whether the rest of Gloss started
 * (see scout.ts). Returns the function that stops watching.
 */
export function watchForLateText(options: { handOver(blocks: string[]): Promise<boolean>; signal: AbortSignal }): () => void {
  const { handOver, signal } = options;
  if (!document.body || !isArticleLike(document)) return () => {};
  const batch = createSettledBatch<Node>({ settleMs: SETTLE_MS, maxWaitMs: MAX_WAIT_MS, flush });
  const observer = new MutationObserver((records) => {
    const nodes: Node[] = [];
    for (const record of records) {
      if (record.type === 'characterData') nodes.push(record.target);
      else nodes.push(...record.addedNodes);
    }
    if (nodes.length > 0) batch.add(nodes);
  });

  function flush(nodes: Node[]): Promise<unknown> | undefined {
    const blocks: string[] = [];
    let size = 0;
    for (const node of new Set(nodes)) {
      if (size >= PAGE_TEXT_BATCH_CHARS) break;
      if (!node.isConnected || !isReadable(node)) continue;
      const text = (node.textContent ?? '').slice(0, Math.min(MAX_TEXT_PER_NODE, PAGE_TEXT_BATCH_CHARS - size));
      if (text.trim() === '') continue;
      blocks.push(text);
      size += text.length;
    }
    if (blocks.length === 0) return undefined;
    return handOver(blocks).then((started) => started && stop());
  }

  function stop(): void {
    observer.disconnect();
    batch.clear();
  }

  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', stop);
  return stop;
}
