/**
 * Fact-checks as published: schema.org ClaimReview JSON-LD (one object, an array, an `@graph`,
 * or a DataFeed's `dataFeedElement[].item[]`) and the Fact Check Tools API's search response
 * (`claims[].claimReview[]`), read into claims with their reviews. Real feeds are untidy, so this
 * accepts what they do: `@type` as an array, `reviewRating` or `itemReviewed` under
 * `properties`, `{ "@value": … }` for text, numbers as strings (-1: no scale), an appearance
 * as a string, an object or an array, an author that is a Person or an Organization, no language.
 *
 * Several reviews of one claim (the same words, case and spacing aside) become one claim with
 * several reviews. Every problem names the review (its place in the file, from 1), the field and
 * why; a caller imports all or nothing.
 */
import { classifyRating, type RatingClass } from './rating';

export interface Review {
  /** Who published the fact-check, as they name themselves. */
  publisher: string;
  /** The fact-check's address (https only). */
  url: string;
  /** YYYY-MM-DD, when the feed gives it. */
  date?: string;
  /** The publisher's own words for the rating ("Pants on Fire", "Faux"), or "" if only a number. */
  rating: string;
  /** The rating on Gloss's small scale (rating.ts). */
  verdict: RatingClass;
  language?: string;
}

export interface ReviewedClaim {
  /** Stable across imports: derived from the claim's words. */
  id: string;
  text: string;
  /** Who made the claim, where the feed says. */
  claimant?: string;
  /** Where the claim appeared (https addresses). */
  appearances: string[];
  reviews: Review[];
}

export interface Problem {
  /** The review's place in the file, from 1; null for the file as a whole. */
  item: number | null;
  field: string;
  message: string;
}

export type ReadResult = { ok: true; claims: ReviewedClaim[] } | { ok: false; problems: Problem[] };

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const list = (x: unknown): unknown[] => (x === undefined || x === null ? [] : Array.isArray(x) ? x : [x]);
const typesOf = (x: Json): string[] => list(x['@type'] ?? x.type).filter((t): t is string => typeof t === 'string');
/** A field, or the same field under `properties` (a quirk of some feeds). */
const field = (x: Json, key: string): unknown => x[key] ?? (isObject(x.properties) ? x.properties[key] : undefined);

/** Text from a string, a number, `{ "@value": … }`, or the first of an array of those. */
function textOf(x: unknown): string | undefined {
  if (typeof x === 'string') return x.replace(/\s+/g, ' ').trim() || undefined;
  if (typeof x === 'number') return String(x);
  if (Array.isArray(x)) return x.map(textOf).find((t) => t !== undefined);
  if (isObject(x)) return textOf(x['@value'] ?? x.name);
  return undefined;
}

const MAX_TEXT = 5000;

/** The reviews in any of the accepted shapes, in file order. */
function reviewsIn(json: unknown): Json[] | null {
  if (Array.isArray(json)) return json.flatMap((x) => reviewsIn(x) ?? []);
  if (!isObject(json)) return null;
  if (Array.isArray(json.claims) && json.claims.some((c) => isObject(c) && 'claimReview' in c)) return fromFactCheckApi(json.claims);
  if ('@graph' in json) return reviewsIn(json['@graph']);
  if (typesOf(json).includes('DataFeed'))
    return list(json.dataFeedElement).flatMap((e) => (isObject(e) ? list(e.item).flatMap((i) => reviewsIn(i) ?? []) : []));
  if (typesOf(json).includes('ClaimReview')) return [json];
  return [];
}

/** The Fact Check Tools API's shape, as ClaimReview-like objects. */
function fromFactCheckApi(claims: unknown[]): Json[] {
  return claims.flatMap((c) =>
    isObject(c)
      ? list(c.claimReview).map((r) => {
          const review = isObject(r) ? r : {};
          const publisher = isObject(review.publisher) ? review.publisher : {};
          return {
            '@type': 'ClaimReview',
            claimReviewed: c.text,
            url: review.url,
            datePublished: review.reviewDate,
            inLanguage: review.languageCode,
            author: { name: publisher.name ?? publisher.site },
            reviewRating: { alternateName: review.textualRating },
            itemReviewed: { author: { name: c.claimant }, datePublished: c.claimDate },
          };
        })
      : [],
  );
}

function httpsUrl(x: unknown): string | undefined {
  const text = textOf(x);
  if (!text) return undefined;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A stable id from the claim's words: the same claim in a newer file keeps its notes. */
export function claimIdOf(text: string): string {
  let hash = 0x811c9dc5;
  for (const ch of text.toLowerCase().replace(/\s+/g, ' ')) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `cr-${hash.toString(36)}`;
}

function readReview(raw: Json, item: number, problems: Problem[]): { claim: Omit<ReviewedClaim, 'id' | 'reviews'>; review: Review } | null {
  const problem = (f: string, message: string) => void problems.push({ item, field: f, message });
  const text = textOf(field(raw, 'claimReviewed'));
  if (!text) return (problem('claimReviewed', 'missing: the claim the review is about'), null);
  if (text.length > MAX_TEXT) return (problem('claimReviewed', `longer than ${MAX_TEXT} characters`), null);
  const rawUrl = textOf(field(raw, 'url'));
  const url = httpsUrl(rawUrl);
  if (!url) return (problem('url', rawUrl ? `not an https address: ${rawUrl.slice(0, 80)}` : 'missing: the fact-check’s address'), null);
  const author = list(field(raw, 'author'))[0] ?? field(raw, 'publisher');
  const publisher = textOf(isObject(author) ? author.name : author) ?? new URL(url).hostname.replace(/^www\./, '');
  const rating = isObject(field(raw, 'reviewRating')) ? (field(raw, 'reviewRating') as Json) : {};
  const words = textOf(rating.alternateName) ?? textOf(rating.name) ?? '';
  const verdict = classifyRating(words, rating.ratingValue, rating.bestRating, rating.worstRating);
  const date = textOf(field(raw, 'datePublished'))?.match(/^\d{4}-\d{2}-\d{2}/)?.[0];
  const language = textOf(field(raw, 'inLanguage'));
  const reviewed = list(field(raw, 'itemReviewed')).find(isObject) ?? {};
  const claimAuthor = list(field(reviewed, 'author'))[0];
  const claimant = textOf(isObject(claimAuthor) ? claimAuthor.name : claimAuthor);
  const appearances = [...list(field(reviewed, 'appearance')), ...list(field(reviewed, 'firstAppearance'))]
    .map((a) => httpsUrl(isObject(a) ? (a.url ?? a['@id']) : a))
    .filter((a): a is string => a !== undefined);
  return {
    claim: { text, ...(claimant ? { claimant } : {}), appearances },
    review: { publisher, url, ...(date ? { date } : {}), rating: words, verdict, ...(language ? { language } : {}) },
  };
}

/** Reads a file's parsed JSON; all its reviews, or every problem found. */
export function readClaimReviews(json: unknown): ReadResult {
  const raw = reviewsIn(json);
  if (raw === null || raw.length === 0)
    return {
      ok: false,
      problems: [
        {
          item: null,
          field: '(file)',
          message: 'no ClaimReview found: expected ClaimReview JSON-LD (an object, an array, @graph or a DataFeed) or a Fact Check Tools API response',
        },
      ],
    };
  const problems: Problem[] = [];
  const byId = new Map<string, ReviewedClaim>();
  raw.forEach((r, i) => {
    const read = readReview(r, i + 1, problems);
    if (!read) return;
    const id = claimIdOf(read.claim.text);
    const claim = byId.get(id) ?? byId.set(id, { id, ...read.claim, appearances: [], reviews: [] }).get(id)!;
    claim.appearances = [...new Set([...claim.appearances, ...read.claim.appearances])];
    claim.claimant ??= read.claim.claimant;
    // The same review twice in one file (a feed that repeats itself) counts once.
    if (!claim.reviews.some((x) => x.url === read.review.url)) claim.reviews.push(read.review);
  });
  return problems.length ? { ok: false, problems } : { ok: true, claims: [...byId.values()] };
}
