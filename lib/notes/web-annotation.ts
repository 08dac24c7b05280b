/**
 * Notes as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), for export and import.
 *
 * This is the import side (export: web-annotation-export.ts). Import takes Gloss's own export and what other
 * tools write in the same model: a collection, a page, an array or a single annotation, with a
 * TextualBody (or bodyValue) and a target whose selectors include a TextQuoteSelector.
 *
 * Validation is all or nothing: every problem is reported (which item, which field, why), and a
 * file with any problem imports nothing.
 */
import * as v from 'valibot';
import type { ClaimNote, Note, PassageNote } from '../store/types';
import { CLAIM_URN, NOTE_URN } from './web-annotation-export';
import { NoteSchema } from './note-schema';
import { AnnotationSchema, PositionSelector, QuoteSelector, TextualBody } from './web-annotation-schema';

/** Bigger files are refused before parsing: 10,000 long notes fit in far less. */
export const IMPORT_MAX_BYTES = 50 * 1024 * 1024;

export { ANNOTATION_CONTEXT, toAnnotationCollection } from './web-annotation-export';

export interface ImportProblem {
  /** 1-based position of the annotation in the file; null for the file as a whole. */
  item: number | null;
  /** The annotation's id when it has one, to find it in the file. */
  id?: string;
  field: string;
  message: string;
}

export type ImportResult = { ok: true; notes: Note[] } | { ok: false; problems: ImportProblem[] };

/** Parses and validates a file's text; nothing is written here. */
export async function parseAnnotations(fileText: string): Promise<ImportResult> {
  if (fileText.length > IMPORT_MAX_BYTES) return fail(null, '(file)', `larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB`);
  let data: unknown;
  try {
    data = JSON.parse(fileText);
  } catch (error) {
    return fail(null, '(file)', `not JSON: ${(error as Error).message}`);
  }
  const items = annotationsIn(data);
  if (!items)
    return fail(null, '(file)', 'not a Web Annotation file: expected an AnnotationCollection, an AnnotationPage, an array of annotations or one Annotation');

  const problems: ImportProblem[] = [];
  const notes: Note[] = [];
  const seen = new Set<string>();
  for (const [index, item] of items.entries()) {
    const position = index + 1;
    const parsed = v.safeParse(AnnotationSchema, item);
    const rawId = typeof (item as { id?: unknown })?.id === 'string' ? (item as { id: string }).id : undefined;
    if (!parsed.success) {
      for (const issue of parsed.issues)
        problems.push({ item: position, id: rawId, field: v.getDotPath(issue) ?? '(annotation)', message: plain(issue.message) });
      continue;
    }
    const converted = await toNote(parsed.output);
    if ('problem' in converted) {
      problems.push({ item: position, id: rawId, ...converted.problem });
      continue;
    }
    // The last guard: exactly what the store accepts.
    const checked = v.safeParse(NoteSchema, converted.note);
    if (!checked.success) {
      for (const issue of checked.issues) problems.push({ item: position, id: rawId, field: v.getDotPath(issue) ?? '(annotation)', message: issue.message });
      continue;
    }
    if (seen.has(converted.note.id)) {
      problems.push({ item: position, id: rawId, field: 'id', message: 'the same annotation appears twice in the file' });
      continue;
    }
    seen.add(converted.note.id);
    notes.push(converted.note);
  }
  return problems.length ? { ok: false, problems } : { ok: true, notes };
}

/** valibot says a required field is missing in its own words; the report says it plainly. */
function plain(message: string): string {
  return /^Invalid key: Expected ".*" but received undefined$/.test(message) ? 'missing' : message;
}

function fail(item: number | null, field: string, message: string): ImportResult {
  return { ok: false, problems: [{ item, field, message }] };
}

function annotationsIn(data: unknown): unknown[] | null {
  if (Array.isArray(data)) return data;
  if (!data || typeof data !== 'object') return null;
  const record = data as Record<string, unknown>;
  const types = ([] as unknown[]).concat(record.type);
  if (types.includes('AnnotationCollection')) {
    const first = record.first as Record<string, unknown> | undefined;
    if (first === undefined && record.total === 0) return [];
    return first && Array.isArray(first.items) ? first.items : null;
  }
  if (types.includes('AnnotationPage')) return Array.isArray(record.items) ? record.items : null;
  if (types.includes('Annotation')) return [data];
  return null;
}

type Parsed = v.InferOutput<typeof AnnotationSchema>;

async function toNote(a: Parsed): Promise<{ note: Note } | { problem: Omit<ImportProblem, 'item' | 'id'> }> {
  const text = noteText(a);
  if (text === null) return { problem: { field: 'body', message: 'no text: a TextualBody value or bodyValue is needed' } };
  const id = a.id.startsWith(NOTE_URN) ? a.id.slice(NOTE_URN.length) : `import-${await digest(a.id)}`;
  const createdAt = a.created ? Date.parse(a.created) : 0;
  const updatedAt = a.modified ? Date.parse(a.modified) : createdAt;
  const conflictOf = a['gloss:conflictOf']?.slice(NOTE_URN.length);
  const extra = conflictOf ? { conflictOf } : {};

  if ('id' in a.target && typeof a.target.id === 'string' && a.target.id.startsWith(CLAIM_URN)) {
    const written = a['gloss:writtenOn'];
    const note: ClaimNote = {
      id,
      kind: 'claim',
      claimId: a.target.id.slice(CLAIM_URN.length),
      text,
      url: written?.source ?? null,
      title: written?.['dcterms:title'] ?? '',
      createdAt,
      updatedAt,
      ...extra,
    };
    return { note };
  }
  const target = a.target as { source: string; 'dcterms:title': string; selector: unknown };
  const selectors = ([] as unknown[]).concat(target.selector);
  const quote = selectors.map((s) => v.safeParse(QuoteSelector, s)).find((r) => r.success)?.output;
  if (!quote) return { problem: { field: 'target.selector', message: 'no valid TextQuoteSelector: Gloss places notes by their quote' } };
  const position = selectors.map((s) => v.safeParse(PositionSelector, s)).find((r) => r.success)?.output;
  const note: PassageNote = {
    id,
    kind: 'passage',
    url: target.source,
    title: target['dcterms:title'],
    quote: { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
    // Without a position, a rough one: the quote is then found by its text and context alone.
    position: position
      ? { type: 'TextPositionSelector', start: position.start, end: position.end }
      : { type: 'TextPositionSelector', start: 0, end: quote.exact.length },
    text,
    createdAt,
    updatedAt,
    orphaned: a['gloss:orphaned'] ?? false,
    ...extra,
  };
  return { note };
}

function noteText(a: Parsed): string | null {
  if (typeof a.bodyValue === 'string') return a.bodyValue;
  const bodies = Array.isArray(a.body) ? a.body : a.body ? [a.body] : [];
  const texts = bodies.map((b) => v.safeParse(TextualBody, b)).flatMap((r) => (r.success ? [r.output.value] : []));
  return texts.length ? texts.join('\n\n') : null;
}

/** A stable id for another tool's annotation, so importing it twice finds the first copy. */
async function digest(text: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return [...bytes.slice(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
