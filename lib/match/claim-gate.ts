/**
 * The background's answer to "does this page make a known claim?", from the text the page's
 * scout hands over: the prefilter first (cheap, and false for most blocks of an unrelated page),
 * then the matcher itself on the blocks it lets through. Only a page where some sentence matches
 * gets the rest of Gloss, so a page that merely shares the topic's everyday words ("attack",
 * "territory", "support") pays for nothing more than the scout.
 *
 * The matcher is built on the first block that passes the prefilter, and kept.
 */
import type { ClaimIndex } from './claim-index';
import { createMatcher, type Matcher } from './matcher';
import { createPrefilterTest } from './prefilter-screen';
import { iterateSentences } from '../text/sentences';

export function createClaimGate(prefilter: ClaimIndex['prefilter'], loadIndex: () => ClaimIndex): (text: string) => boolean {
  const mayMention = createPrefilterTest(prefilter);
  let matcher: Matcher | undefined;
  return (text) => {
    if (!mayMention(text)) return false;
    matcher ??= createMatcher(loadIndex());
    for (const { start, end } of iterateSentences(text)) {
      // As the page's scan gives sentences to the matcher (find-claims.ts): white space collapsed.
      if (matcher.matchSentence(text.slice(start, end).replace(/\s+/g, ' ').trim()).length > 0) return true;
    }
    return false;
  };
}
