import { describe, expect, it } from 'vitest';
import { compileClaimIndex } from '@/lib/match/claim-index';
import { createMatcher, mayMentionClaims } from '@/lib/match/matcher';

const claims = [
  {
    id: 'troops-targets',
    match: {
      all: [
        ['foreign troops', 'western soldiers', 'peacekeepers'],
        ['legitimate target', 'fair game'],
      ],
      none: ['not considered'],
      paraphrases: ['x', 'y'],
    },
  },
  {
    id: 'third-year',
    match: { all: [['war', 'conflict'], ['third year']], paraphrases: ['x', 'y'] },
  },
];
const index = compileClaimIndex(claims);
const matcher = createMatcher(index);
const ids = (s: string) => matcher.matchSentence(s).map((m) => m.claimId);

describe('matcher', () => {
  it('matches when every group has a term, across inflections', () => {
    expect(ids('Putin said any foreign troop deployed there would be a legitimate target.')).toEqual(['troops-targets']);
    expect(ids('Western soldiers in Ukraine would be fair game, Moscow warned.')).toEqual(['troops-targets']);
  });

  it('does not match when one group is missing', () => {
    expect(ids('Foreign troops arrived for an exercise.')).toEqual([]);
    expect(ids('The target was a legitimate one.')).toEqual([]);
  });

  it('requires phrase words in order', () => {
    expect(ids('Troops that are foreign would be a legitimate target.')).toEqual([]);
  });

  it('an exclusion term vetoes the match', () => {
    expect(ids('Foreign troops are not considered a legitimate target by anyone.')).toEqual([]);
  });

  it('reports several claims in one sentence, with the matched words', () => {
    const sentence = 'In the third year of the war, foreign troops became a legitimate target.';
    const matches = matcher.matchSentence(sentence);
    expect(matches.map((m) => m.claimId).sort()).toEqual(['third-year', 'troops-targets']);
    const spans = matches.find((m) => m.claimId === 'troops-targets')!.spans.map((s) => sentence.slice(s.start, s.end));
    expect(spans).toEqual(['foreign troops', 'legitimate target']);
    for (const m of matches) expect(m.score).toBeGreaterThan(0.5);
    // Every group hit: a firm match, not a "possibly related" one.
    expect(matches.every((m) => m.firm)).toBe(true);
  });

  it('a claim about one dated event matches a sentence dated to another only tentatively, and says which date', () => {
    const dated = createMatcher(compileClaimIndex([{ id: 'offer', match: { all: [['offered'], ['crimea']], paraphrases: ['x', 'y'], when: '2025-04' } }]));
    const [april] = dated.matchSentence('In April the US offered to recognise Crimea.');
    expect(april).toMatchObject({ claimId: 'offer', firm: true });
    expect(april.otherEvent).toBeUndefined();
    const [november] = dated.matchSentence('In November 2025 the US offered to recognise Crimea.');
    expect(november).toMatchObject({ claimId: 'offer', firm: false, otherEvent: { month: 11, year: 2025 } });
    // The same sentence against a claim with no event date: firm.
    expect(ids('In November 2025, foreign troops became a legitimate target.')).toEqual(['troops-targets']);
    expect(matcher.matchSentence('In November 2025, foreign troops became a legitimate target.')[0].firm).toBe(true);
  });

  it('prefilter: false only when no claim can match', () => {
    expect(mayMentionClaims(index, 'A recipe for sourdough bread.')).toBe(false);
    expect(mayMentionClaims(index, 'WESTERN SOLDIERS were fair game.')).toBe(true);
    // Whatever the matcher finds, the prefilter must let through.
    const sentence = 'Peacekeepers would be fair game.';
    expect(ids(sentence)).toEqual(['troops-targets']);
    expect(mayMentionClaims(index, sentence)).toBe(true);
  });
});
