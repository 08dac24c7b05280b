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
  // All reads queued at once, then all writes: IndexedDB pipelines requests within a transaction,
  // where awaiting each in turn would cost a round trip per note.
  const stored = await Promise.all(notes.map((note) => tx.store.get(note.id)));
  const writes: Promise<unknown>[] = [];
  notes.forEach((note, i) => {
    const existing = stored[i];
    if (existing && existing.updatedAt >= note.updatedAt) {
      counts.unchanged++;
      return;
    }
    counts[existing ? 'updated' : 'added']++;
    writes.push(tx.store.put(note));
  });
  await Promise.all([...writes, tx.done]);
  return counts;
}
