/** Fact-checks as published (hand-written fixtures, one per real-world quirk) read into claims with reviews. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claimIdOf, readClaimReviews, type ReviewedClaim } from '@/lib/packs/claimreview';
import { classifyRating } from '@/lib/packs/rating';

const fixture = (name: string) => JSON.parse(readFileSync(`tests/fixtures/packs/${name}`, 'utf8')) as unknown;
function claimsOf(name: string): ReviewedClaim[] {
  const read = readClaimReviews(fixture(name));
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.claims;
}

describe('reading ClaimReview', () => {
  it('a single object: @type as an array, @value text, numbers as strings, an Organization author, an appearance as a string, no language', () => {
    const [claim] = claimsOf('claimreview-single.json');
    expect(claim.text).toBe('Any Western soldier sent to Ukraine would be a legitimate target for Russia.');
    expect(claim.claimant).toBe('Vladimir Putin');
    expect(claim.appearances).toEqual(['https://news.example/putin-eef-speech']);
    expect(claim.reviews).toEqual([
      {
        publisher: 'Example Fact Desk',
        url: 'https://factcheck.example/2025/10/troops-targets',
        date: '2025-10-02',
        rating: 'Missing context',
        verdict: 'misleading',
      },
    ]);
  });

  it('an @graph: fields under `properties`, a Person author, appearances as objects and strings; two reviews of one claim become one claim', () => {
    const claims = claimsOf('claimreview-graph.json');
    expect(claims).toHaveLength(1);
    const [claim] = claims;
    expect(claim.reviews.map((r) => [r.publisher, r.rating, r.verdict, r.language])).toEqual([
      ['Ana Reviewer', 'False', 'false', 'en'],
      ['Verificador Ejemplo', 'Falso', 'false', 'es'],
    ]);
    expect(claim.appearances).toEqual(['https://video.example/watch/123', 'https://social.example/post/9']);
    // Case and spacing aside, the same words: the same id as the first review's text.
    expect(claim.id).toBe(claimIdOf('The United States has given Ukraine $350 billion.'));
  });

  it('a DataFeed with items as an object or an array; a rating as a number alone, or words with -1 for "no scale"', () => {
    const claims = claimsOf('claimreview-feed.json');
    expect(claims.map((c) => [c.text, c.reviews[0].rating, c.reviews[0].verdict])).toEqual([
      ["Russia's invasion pushed Finland and Sweden into NATO.", '', 'true'],
      ['The war is now in its third year.', 'Verdadero a medias', 'mixed'],
    ]);
    // No author: the publisher's name instead.
    expect(claims[1].reviews[0].publisher).toBe('Desk Example');
    expect(claims[1].reviews[0].date).toBeUndefined();
  });

  it('the Fact Check Tools API response: claimant, several reviews, a publisher known only by its site', () => {
    const [claim] = claimsOf('factcheck-api.json');
    expect(claim.claimant).toBe('Kremlin officials');
    expect(claim.reviews.map((r) => [r.publisher, r.date, r.rating, r.verdict, r.language])).toEqual([
      ['Reviewer A', '2025-02-20', 'Misleading', 'misleading', 'en'],
      ['reviewer-b.example', '2025-02-21', 'Маніпуляція', 'misleading', 'uk'],
    ]);
  });

  it('refuses a file with any bad review, naming each: item, field, why', () => {
    const read = readClaimReviews(fixture('claimreview-bad.json'));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toEqual([
      { item: 2, field: 'claimReviewed', message: 'missing: the claim the review is about' },
      { item: 3, field: 'url', message: 'not an https address: javascript:alert(1)' },
      { item: 4, field: 'url', message: 'not an https address: http://plain.example/review' },
    ]);
    expect(readClaimReviews({ hello: 'world' })).toMatchObject({ ok: false, problems: [{ item: null, field: '(file)' }] });
    expect(readClaimReviews('just a string')).toMatchObject({ ok: false });
  });

  it('keeps hostile markup as text, and only https appearances', () => {
    const [claim] = claimsOf('claimreview-hostile.json');
    expect(claim.text).toContain('<img src=x onerror="alert(1)">');
    expect(claim.reviews[0].publisher).toBe('<b onmouseover=alert(1)>Evil Desk</b>');
    expect(claim.reviews[0].verdict).toBe('false');
    expect(claim.appearances).toEqual(['https://fine.example/a']);
  });
});

describe('ratings on the small scale', () => {
  it.each([
    ['Pants on Fire!', 'false'],
    ['Mostly False', 'misleading'],
    ['Partly false', 'misleading'],
    ['Half True', 'mixed'],
    ['Unproven', 'mixed'],
    ['Mostly True', 'true'],
    ['Not true', 'false'],
    ['Faux', 'false'],
    ['Trompeur', 'misleading'],
    ['Irreführend', 'misleading'],
    ['Fałsz', 'false'],
    ['Неправда', 'false'],
    ['Маніпуляція', 'misleading'],
    ['Miscaptioned', 'misleading'],
    ['Satire', 'unrated'],
  ])('%s is %s', (words, verdict) => expect(classifyRating(words)).toBe(verdict));

  it('numbers on the publisher’s scale when the words say nothing; -1 means no scale', () => {
    expect(classifyRating('', '1', '5', '1')).toBe('false');
    expect(classifyRating('', 5, 5, 1)).toBe('true');
    expect(classifyRating('', 3, 5, 1)).toBe('mixed');
    expect(classifyRating('', '-1', '-1', '-1')).toBe('unrated');
    expect(classifyRating(undefined)).toBe('unrated');
  });
});
