/**
 * Notes, on claims and on passages.
 *
 * Merge rule for two tabs editing the same note: every save says which version it started from
 * (`baseUpdatedAt`). The newest save wins, and if the stored version was written by someone else
 * in the meantime (another tab), it is not thrown away: it is kept as a separate "conflict copy"
 * note pointing at the original. Nothing the reader typed is lost silently.
 */
import { claimNoteId, type Database } from './db';
import type { ClaimNote, Note, PassageNote } from './types';

export interface SaveResult<N extends Note = Note> {
  /** Null when the text was empty and the note was deleted. */
  note: N | null;
  /** The other tab's version, kept because this save replaced it. */
  conflictCopy: N | null;
}

export interface SaveOptions {
  /** `updatedAt` of the version the editor started from; null for a new note. */
  baseUpdatedAt?: number | null;
  now?: number;
}

export function getNote(db: Database, id: string): Promise<Note | null> {
  return db.get('notes', id).then((n) => n ?? null);
}

export async function getClaimNote(db: Database, claimId: string): Promise<ClaimNote | null> {
  const note = await db.get('notes', claimNoteId(claimId));
  return note?.kind === 'claim' ? note : null;
}

/**
 * Writes `draft` (its times are set here). An empty (white-space only) text deletes the note, so
 * a cleared editor leaves no empty record behind; the creation time of an existing note is kept.
 */
export async function saveNote<N extends Note>(
  db: Database,
  draft: Omit<N, 'createdAt' | 'updatedAt'>,
  { baseUpdatedAt, now = Date.now() }: SaveOptions = {},
): Promise<SaveResult<N>> {
  return explainStorageErrors(() => writeNote(db, draft, baseUpdatedAt, now));
}

/** A full disk surfaces as a plain message the editor shows; the editor keeps the text. */
export async function explainStorageErrors<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if ((error as DOMException)?.name === 'QuotaExceededError') throw new Error('storage is full', { cause: error });
    throw error;
  }
}

async function writeNote<N extends Note>(
  db: Database,
  draft: Omit<N, 'createdAt' | 'updatedAt'>,
  baseUpdatedAt: number | null | undefined,
  now: number,
): Promise<SaveResult<N>> {
  const tx = db.transaction('notes', 'readwrite');
  const existing = (await tx.store.get(draft.id)) as N | undefined;
  let conflictCopy: N | null = null;
  const otherTabSaved = existing !== undefined && baseUpdatedAt !== undefined && existing.updatedAt !== baseUpdatedAt && existing.text !== draft.text;
  if (otherTabSaved) {
    conflictCopy = { ...existing, id: `${existing.id}~${existing.updatedAt}`, conflictOf: existing.id };
    await tx.store.put(conflictCopy);
  }
  let note: N | null = null;
  if (!draft.text.trim()) {
    await tx.store.delete(draft.id);
  } else {
    // Never let a clock step backwards make a newer save look older than the one it replaces.
    const updatedAt = existing ? Math.max(now, existing.updatedAt + 1) : now;
    note = { ...draft, createdAt: existing?.createdAt ?? now, updatedAt } as N;
    await tx.store.put(note);
  }
  await tx.done;
  return { note, conflictCopy };
}

export function saveClaimNote(
  db: Database,
  claimId: string,
  text: string,
  page: { url: string | null; title: string } = { url: null, title: '' },
  options: SaveOptions = {},
): Promise<SaveResult<ClaimNote>> {
  return db.get('notes', claimNoteId(claimId)).then((existing) =>
    saveNote<ClaimNote>(
      db,
      // A claim note remembers the page it was first written on.
      { id: claimNoteId(claimId), kind: 'claim', claimId, text, url: existing?.url ?? page.url, title: existing?.url ? existing.title : page.title },
      options,
    ),
  );
}

/** Resolves to the deleted note, for undo. */
export async function deleteNote(db: Database, id: string): Promise<Note | null> {
  const tx = db.transaction('notes', 'readwrite');
  const existing = (await tx.store.get(id)) ?? null;
  await tx.store.delete(id);
  await tx.done;
  return existing;
}

/** Undo of a delete: puts the note back as it was. */
export async function restoreNote(db: Database, note: Note): Promise<void> {
  await db.put('notes', note);
}

export async function passageNotesFor(db: Database, url: string): Promise<PassageNote[]> {
  const onPage = await db.getAllFromIndex('notes', 'byUrl', url);
  return onPage.filter((n): n is PassageNote => n.kind === 'passage');
}

/**
 * Records what the last visit of `url` could place; only that page's passage notes are touched,
 * and only changed records are written.
 */
export async function recordPlacement(db: Database, url: string, placed: string[], orphaned: string[]): Promise<void> {
  const tx = db.transaction('notes', 'readwrite');
  const mark = async (id: string, isOrphan: boolean) => {
    const note = await tx.store.get(id);
    if (note?.kind === 'passage' && note.url === url && note.orphaned !== isOrphan) await tx.store.put({ ...note, orphaned: isOrphan });
  };
  await Promise.all([...placed.map((id) => mark(id, false)), ...orphaned.map((id) => mark(id, true))]);
  await tx.done;
}

/** Every note, newest first. */
export async function allNotes(db: Database): Promise<Note[]> {
  return (await db.getAllFromIndex('notes', 'byUpdated')).reverse();
}
