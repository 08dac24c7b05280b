/**
 * The background's answer to "does this page make a known claim?", from the text the page's
 * scout hands over: the prefilter first (cheap, and false for most blocks of an unrelated page),
 * then the matcher itself on the blocks it lets through. Only a page where some sentence matches
 * gets the rest of Gloss, so a page that merely shares the topic's everyday words ("attack",
 * "territory", "support") pays for nothing more than the scout.
 *
 * The matcher is made (`matcherOf`) on the first block that passes the prefilter, and kept.
 */
import type { ClaimIndex } from './claim-index';
import type { Matcher } from './matcher';
import { createPrefilterTest } from './prefilter-screen';
import { collapseWhiteSpace, iterateSentences } from '../text/sentences';

/** The first sentence of a block that makes a known claim, and its best claim. */
export interface GateMatch {
  sentence: string;
  claimId: string;
}

/** The gate's reason for letting a block through, or null: for tools (`prefilter:check`) and `createClaimGate`. */
export function createClaimFinder(prefilter: ClaimIndex['prefilter'], matcherOf: () => Matcher): (text: string) => GateMatch | null {
  const mayMention = createPrefilterTest(prefilter);
  let matcher: Matcher | undefined;
  return (text) => {
    if (!mayMention(text)) return null;
    matcher ??= matcherOf();
    for (const { start, end } of iterateSentences(text)) {
      // As the page's scan gives sentences to the matcher (find-claims.ts).
      const sentence = collapseWhiteSpace(text.slice(start, end));
      const [best] = matcher.matchSentence(sentence);
      if (best) return { sentence, claimId: best.claimId };
    }
    return null;
  };
}

/** Whether a block of a page's text makes a known claim. */
export function createClaimGate(prefilter: ClaimIndex['prefilter'], matcherOf: () => Matcher): (text: string) => boolean {
  const find = createClaimFinder(prefilter, matcherOf);
  return (text) => find(text) !== null;
}
