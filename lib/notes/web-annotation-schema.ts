/**
 * What an imported Web Annotation must look like to become a note: Gloss's own export, or other
 * tools' annotations in the same model (a TextualBody or bodyValue, a TextQuoteSelector). Loose
 * objects: fields Gloss does not read are allowed and ignored.
 */
import * as v from 'valibot';
import { NOTE_MAX_LENGTH, QUOTE_MAX_LENGTH } from './note-schema';
import { CLAIM_URN, NOTE_URN } from './web-annotation-export';

const Iso = v.pipe(v.string(), v.isoTimestamp('not an ISO 8601 date and time'));
const Http = v.pipe(v.string(), v.maxLength(4096), v.url('not a web address'), v.regex(/^https?:/, 'not an http(s) address'));

export const TextualBody = v.looseObject({
  type: v.optional(v.literal('TextualBody')),
  value: v.pipe(v.string('the note text must be a string'), v.maxLength(NOTE_MAX_LENGTH, `longer than ${NOTE_MAX_LENGTH} characters`)),
});
const Selector = v.looseObject({ type: v.string() });
export const QuoteSelector = v.looseObject({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(v.string(), v.minLength(1, 'an empty quote'), v.maxLength(QUOTE_MAX_LENGTH, `a quote longer than ${QUOTE_MAX_LENGTH} characters`)),
  prefix: v.optional(v.pipe(v.string(), v.maxLength(200)), ''),
  suffix: v.optional(v.pipe(v.string(), v.maxLength(200)), ''),
});
export const PositionSelector = v.pipe(
  v.looseObject({
    type: v.literal('TextPositionSelector'),
    start: v.pipe(v.number(), v.integer(), v.minValue(0)),
    end: v.pipe(v.number(), v.integer(), v.minValue(1)),
  }),
  v.check((p) => p.end > p.start, 'end must be after start'),
);

export const AnnotationSchema = v.looseObject({
  id: v.pipe(v.string('every annotation needs an id'), v.minLength(1), v.maxLength(2000)),
  type: v.union([v.literal('Annotation'), v.pipe(v.array(v.string()), v.includes('Annotation'))], 'type must be "Annotation"'),
  created: v.optional(Iso),
  modified: v.optional(Iso),
  body: v.optional(v.union([TextualBody, v.array(v.unknown())], 'the body must be a TextualBody')),
  bodyValue: v.optional(v.pipe(v.string(), v.maxLength(NOTE_MAX_LENGTH, `longer than ${NOTE_MAX_LENGTH} characters`))),
  target: v.union(
    [
      v.looseObject({ id: v.pipe(v.string(), v.startsWith(CLAIM_URN)), type: v.optional(v.string()) }),
      v.looseObject({ source: Http, 'dcterms:title': v.optional(v.pipe(v.string(), v.maxLength(1000)), ''), selector: v.union([Selector, v.array(Selector)]) }),
    ],
    'the target must be a page with selectors (or a Gloss claim)',
  ),
  'gloss:orphaned': v.optional(v.boolean()),
  'gloss:conflictOf': v.optional(v.pipe(v.string(), v.startsWith(NOTE_URN))),
  'gloss:writtenOn': v.optional(v.looseObject({ source: v.nullable(Http), 'dcterms:title': v.optional(v.pipe(v.string(), v.maxLength(1000)), '') })),
});
