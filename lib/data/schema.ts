/**
 * The claim dataset's schema. Every file in `data/claims/` is checked against it at build time
 * (see `build/vite-plugin.ts`), in the data tests, and by `npm run data:check`.
 * Documented for dataset authors in `docs/data-format.md`.
 */
import * as v from 'valibot';

/** Verdict vocabulary. `opinion` and `negotiating-position` are not judgements that a view is wrong. */
export const VERDICT_LABELS = ['accurate', 'missing-context', 'misleading', 'inaccurate', 'opinion', 'negotiating-position'] as const;
export type VerdictLabel = (typeof VERDICT_LABELS)[number];

/** The sides a perspective can speak for; a claim needs at least three distinct ones. */
export const VIEWPOINTS = [
  'russian-government',
  'ukrainian-government',
  'us-administration',
  'european-governments',
  'nato',
  'independent-analysts',
  'international-organisations',
  'other-governments',
] as const;
export type Viewpoint = (typeof VIEWPOINTS)[number];

const IsoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'must be a real calendar date'),
);

const HttpsUrl = v.pipe(v.string(), v.url('must be a well-formed URL'), v.startsWith('https://', 'must be an https:// address'));

const Text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(max));

/** What a reviewer found when checking a source against a stored copy of the page. */
export const SOURCE_CHECK_OUTCOMES = ['confirmed', 'partly', 'unverifiable'] as const;

export const SourceCheckSchema = v.strictObject({
  /** When it was checked. */
  on: IsoDate,
  /** `confirmed`: the page says what the item says; `partly`: some of it; `unverifiable`: no copy could be read. */
  outcome: v.picklist(SOURCE_CHECK_OUTCOMES),
  /** What the page confirmed, or why it could not be checked. */
  note: Text(400),
});

export const SourceSchema = v.strictObject({
  publisher: Text(120),
  title: Text(300),
  date: IsoDate,
  url: HttpsUrl,
  check: v.optional(SourceCheckSchema),
});

export const ContextItemSchema = v.strictObject({
  text: Text(600),
  source: SourceSchema,
});

/** A later development, dated, with its source: the card's "Since then", newest first. */
export const LaterItemSchema = v.strictObject({
  date: IsoDate,
  text: Text(600),
  source: SourceSchema,
});

export const PerspectiveSchema = v.strictObject({
  viewpoint: v.picklist(VIEWPOINTS),
  /** Who speaks, as shown to the reader, e.g. "Kremlin (Dmitry Peskov)". */
  speaker: Text(120),
  summary: Text(600),
  source: SourceSchema,
});

/**
 * What the matcher needs. A sentence matches when every group in `all` has at least one of its
 * terms in the sentence. Terms are words or short phrases; both sides are normalised and stemmed,
 * so "troops" also finds "troop". `paraphrases` are other ways an article may state the claim:
 * the tests require the matcher to find each one.
 */
export const MatchSchema = v.strictObject({
  all: v.pipe(
    v.array(v.pipe(v.array(Text(60)), v.minLength(1, 'a term group needs at least one term'))),
    v.minLength(2, 'needs at least two term groups, or the claim would match on a single word'),
  ),
  /** Terms that, when present, mean the sentence is about something else. */
  none: v.optional(v.array(Text(60))),
  paraphrases: v.pipe(v.array(Text(400)), v.minLength(2, 'needs at least two paraphrases')),
  /**
   * When the claim's event happened, for a claim about one dated event ("2025", "2025-04" or
   * "2025-04-17", as precise as the event is short): a sentence that names only other dates is
   * probably about another event (event-date.ts).
   */
  when: v.optional(v.pipe(v.string(), v.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'))),
});

export const ClaimSchema = v.pipe(
  v.strictObject({
    id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens')),
    title: Text(90),
    statement: Text(400),
    verdict: v.strictObject({
      label: v.picklist(VERDICT_LABELS),
      reason: Text(400),
    }),
    asOf: IsoDate,
    context: v.pipe(v.array(ContextItemSchema), v.minLength(2, 'needs at least two context items')),
    perspectives: v.pipe(v.array(PerspectiveSchema), v.minLength(3, 'needs at least three perspectives')),
    /** Developments after `asOf`, each dated (checked against `asOf` in validate.ts). */
    sinceThen: v.optional(v.array(LaterItemSchema), []),
    match: MatchSchema,
    related: v.optional(v.array(v.string()), []),
  }),
  v.check((c) => new Set(c.perspectives.map((p) => p.viewpoint)).size >= 3, 'perspectives must come from at least three distinct viewpoints'),
);

/** The bundled claims are written in English, whatever the reader's UI language: their elements say so (`lang`). */
export const DATASET_LANGUAGE = 'en';

export type Claim = v.InferOutput<typeof ClaimSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Perspective = v.InferOutput<typeof PerspectiveSchema>;
export type LaterItem = v.InferOutput<typeof LaterItemSchema>;
