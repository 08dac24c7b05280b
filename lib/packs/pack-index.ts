/**
 * The background's matcher over the packs that are on: built from the store on first need (the
 * stems were computed at import), and dropped whenever a pack is imported, switched or deleted.
 */
import type { Database } from '../store/db';
import { activePackClaims } from '../store/packs';
import { collapseWhiteSpace, iterateSentences } from '../text/sentences';
import { createPackMatcher, matchable, type PackMatcher } from './pack-matcher';

export interface PackIndex {
  matcher(): Promise<PackMatcher>;
  /** Whether any sentence of these blocks of a page's text makes a pack claim. */
  mentionedIn(blocks: readonly string[]): Promise<boolean>;
  invalidate(): void;
}

export function createPackIndex(db: () => Promise<Database>): PackIndex {
  let built: Promise<PackMatcher> | undefined;
  const matcher = () =>
    (built ??= db()
      .then(activePackClaims)
      .then((claims) => createPackMatcher(matchable(claims)))
      .catch((error: unknown) => {
        built = undefined;
        throw error;
      }));
  return {
    matcher,
    async mentionedIn(blocks) {
      const m = await matcher();
      if (m.size === 0) return false;
      for (const block of blocks)
        for (const { start, end } of iterateSentences(block)) if (m.matchSentence(collapseWhiteSpace(block.slice(start, end))).length) return true;
      return false;
    },
    invalidate() {
      built = undefined;
    },
  };
}
