/** Notes on claims. */
import type { Database } from './db';
import type { ClaimNote } from './types';

export function getClaimNote(db: Database, claimId: string): Promise<ClaimNote | null> {
  return db.get('claimNotes', claimId).then((n) => n ?? null);
}

/**
 * Saves the note; an empty (white-space only) text deletes it, so a cleared editor leaves no
 * empty record behind. Keeps the creation time of an existing note.
 */
export async function saveClaimNote(db: Database, claimId: string, text: string, now = Date.now()): Promise<ClaimNote | null> {
  if (!text.trim()) {
    await db.delete('claimNotes', claimId);
    return null;
  }
  const tx = db.transaction('claimNotes', 'readwrite');
  const existing = await tx.store.get(claimId);
  const note: ClaimNote = { claimId, text, createdAt: existing?.createdAt ?? now, updatedAt: now };
  await tx.store.put(note);
  await tx.done;
  return note;
}

export function deleteClaimNote(db: Database, claimId: string): Promise<void> {
  return db.delete('claimNotes', claimId);
}
