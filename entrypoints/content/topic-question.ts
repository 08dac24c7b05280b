/**
 * Whether some of this page's text may make a known claim: asked of the background, where the
 * prefilter and the matcher are (`page/topic`), in batches that fit a message. No page carries
 * the prefilter's table or builds its lookups.
 */
import { request } from '@/lib/messages/client';
import { someBatchPasses } from '@/lib/page/text-batches';

/** The question for one page: the text Gloss reads under `roots`. A failed question means no. */
export function createTopicQuestion(pageUrl: () => string, signal: AbortSignal): (roots: readonly Element[]) => Promise<boolean> {
  async function ask(blocks: string[]): Promise<boolean> {
    if (blocks.length === 0) return false;
    try {
      return (await request({ type: 'page/topic', url: pageUrl(), blocks })).onTopic;
    } catch (error) {
      console.warn('[gloss] could not ask whether the page is on topic', error);
      return false;
    }
  }
  return (roots) => someBatchPasses(roots, ask, signal);
}
