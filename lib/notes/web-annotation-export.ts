/**
 * Notes as W3C Web Annotations (https://www.w3.org/TR/annotation-model/): the identifiers Gloss
 * writes, and the export. The export is an AnnotationCollection whose one page holds every note;
 * everything Gloss keeps is in it, so importing it gives back identical records.
 */
import type { Note } from '../store/types';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const GLOSS_NS = 'https://gloss-reader.org/ns#';
export const NOTE_URN = 'urn:gloss:note:';
export const CLAIM_URN = 'urn:gloss:claim:';

export function toAnnotationCollection(notes: Note[], generated = new Date()): object {
  return {
    '@context': [ANNOTATION_CONTEXT, { dcterms: 'http://purl.org/dc/terms/', gloss: GLOSS_NS }],
    type: 'AnnotationCollection',
    label: 'Gloss notes',
    generated: generated.toISOString(),
    total: notes.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: notes.map(toAnnotation) },
  };
}

function toAnnotation(note: Note): object {
  const common = {
    id: NOTE_URN + note.id,
    type: 'Annotation',
    motivation: 'commenting',
    created: new Date(note.createdAt).toISOString(),
    modified: new Date(note.updatedAt).toISOString(),
    body: { type: 'TextualBody', value: note.text, format: 'text/plain' },
    ...(note.conflictOf ? { 'gloss:conflictOf': NOTE_URN + note.conflictOf } : {}),
  };
  if (note.kind === 'passage') {
    return {
      ...common,
      target: { source: note.url, 'dcterms:title': note.title, selector: [note.quote, note.position] },
      'gloss:orphaned': note.orphaned,
    };
  }
  return {
    ...common,
    target: { id: CLAIM_URN + note.claimId, type: 'gloss:Claim' },
    ...(note.url !== null || note.title ? { 'gloss:writtenOn': { source: note.url, 'dcterms:title': note.title } } : {}),
  };
}
