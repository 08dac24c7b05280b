/**
 * The shape of a note wherever it crosses a boundary: in messages to the background and in
 * imported files. Bounded everywhere, so a hostile page or file cannot make the store grow
 * without limit through one record.
 */
import * as v from 'valibot';

/** A note may be long, but not unbounded: 20,000 characters is about eight pages. */
export const NOTE_MAX_LENGTH = 20_000;
/** A passage longer than this is not a passage; Hypothesis caps its quotes similarly. */
export const QUOTE_MAX_LENGTH = 5_000;

export const ClaimIdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,80}$/));
export const NoteIdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9:._~-]{1,200}$/, 'letters, digits and :._~- only, at most 200'));
export const PageUrlSchema = v.pipe(v.string(), v.maxLength(4096), v.url(), v.regex(/^https?:/, 'an http(s) address'));
export const TitleSchema = v.pipe(v.string(), v.maxLength(1000));
export const NoteTextSchema = v.pipe(v.string(), v.maxLength(NOTE_MAX_LENGTH, `at most ${NOTE_MAX_LENGTH} characters`));
const Time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));

export const QuoteSchema = v.strictObject({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(v.string(), v.minLength(1, 'an empty quote'), v.maxLength(QUOTE_MAX_LENGTH)),
  prefix: v.pipe(v.string(), v.maxLength(200)),
  suffix: v.pipe(v.string(), v.maxLength(200)),
});

export const PositionSchema = v.pipe(
  v.strictObject({ type: v.literal('TextPositionSelector'), start: Time, end: Time }),
  v.check((p) => p.end > p.start, 'end must be after start'),
);

const common = {
  id: NoteIdSchema,
  text: NoteTextSchema,
  title: TitleSchema,
  createdAt: Time,
  updatedAt: Time,
  conflictOf: v.optional(NoteIdSchema),
};

export const NoteSchema = v.variant('kind', [
  v.strictObject({ ...common, kind: v.literal('claim'), claimId: ClaimIdSchema, url: v.nullable(PageUrlSchema) }),
  v.strictObject({ ...common, kind: v.literal('passage'), url: PageUrlSchema, quote: QuoteSchema, position: PositionSchema, orphaned: v.boolean() }),
]);

/**
 * A note the reader wrote: on a claim, shown wherever the claim is found (`url`: the normalised
 * address where it was written, or null), or on a passage of one page, placed again by its
 * selectors on every visit (`orphaned`: the last visit could not place it; see anchor.ts).
 * `conflictOf`, on a copy kept because another tab saved over a note: that note's id. The types
 * are the schema's, so what the store keeps and what crosses a boundary cannot drift apart.
 */
export type Note = v.InferOutput<typeof NoteSchema>;
export type ClaimNote = Extract<Note, { kind: 'claim' }>;
export type PassageNote = Extract<Note, { kind: 'passage' }>;
