/**
 * The page's matcher, built once, on first need, in a task of its own (parsing the index is the
 * costly part), and its relation cues compiled in tasks of their own.
 */
import type { ClaimIndex } from '@/lib/match/claim-index';
import { createMatcher, type Matcher } from '@/lib/match/matcher';
import { warmRelationCues } from '@/lib/match/relation';

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function lazyMatcher(loadIndex: () => ClaimIndex): () => Promise<Matcher> {
  let matcher: Matcher | undefined;
  return async () => {
    if (!matcher) {
      await yieldToPage();
      matcher ??= createMatcher(loadIndex());
      await yieldToPage();
      await warmRelationCues();
      await yieldToPage();
    }
    return matcher;
  };
}
