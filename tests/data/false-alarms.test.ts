/**
 * Sentences from real pages that Gloss once highlighted wrongly (issue 14) get no highlight. The
 * NBC story's sentence is known only by its reported clause ("…which hosts almost 30,000 American
 * troops"), so it is tried in the contexts such a story puts it in.
 */
import { describe, expect, it } from 'vitest';
import { loadDatasetOrExit } from '@/build/load-node';
import { compileClaimIndex } from '@/lib/match/claim-index';
import { createMatcher } from '@/lib/match/matcher';

const matcher = createMatcher(compileClaimIndex(loadDatasetOrExit()));

describe('false alarms seen on real pages', () => {
  it('a South Korea story about American troops there makes no claim about the war', () => {
    for (const sentence of [
      'North Korea has been sending missiles toward the sea near South Korea, which hosts almost 30,000 American troops.',
      'The move comes as Pyongyang deepens ties with Moscow, and South Korea, which hosts almost 30,000 American troops, watches closely.',
    ])
      expect(
        matcher.matchSentence(sentence).map((m) => m.claimId),
        sentence,
      ).toEqual([]);
  });

  it('the claims those sentences were mistaken for are still found where they are made', () => {
    expect(
      matcher.matchSentence('North Korean troops fought alongside Russian forces to push Ukraine out of the Kursk region.').map((m) => m.claimId),
    ).toContain('north-korean-troops-kursk');
    expect(matcher.matchSentence('Moscow insists that no foreign troops may be stationed in Ukraine under any settlement.').map((m) => m.claimId)).toContain(
      'no-foreign-troops-in-ukraine',
    );
  });
});
