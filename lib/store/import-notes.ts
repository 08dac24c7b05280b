/**
 * Writes imported notes in one transaction: all of them or, on any failure, none. A note already
 * stored with the same id is kept when it is as new or newer, so importing the same file twice
 * changes nothing and adds no duplicates.
 */
import type { Database } from './db';
import type { Note } from './types';
import { explainStorageErrors } from './notes';

export function importNotes(db: Database, notes: Note[]): Promise<{ added: number; updated: number; unchanged: number }> {
  return explainStorageErrors(() => writeAll(db, notes));
}

async function writeAll(db: Database, notes: Note[]): Promise<{ added: number; updated: number; unchanged: number }> {
  const counts = { added: 0, updated: 0, unchanged: 0 };
  const tx = db.transaction('notes', 'readwrite');
  for (const note of notes) {
    const existing = await tx.store.get(note.id);
    if (!existing) counts.added++;
    else if (existing.updatedAt >= note.updatedAt) {
      counts.unchanged++;
      continue;
    } else counts.updated++;
    await tx.store.put(note);
  }
  await tx.done;
  return counts;
}
