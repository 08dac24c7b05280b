import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '@/lib/store/db';
import { deleteClaimNote, getClaimNote, saveClaimNote } from '@/lib/store/notes';
import { isSiteEnabled, setSiteEnabled } from '@/lib/store/sites';

let db: Database;
let n = 0;
beforeEach(async () => {
  db = await openDatabase(`test-${n++}`);
});

describe('claim notes', () => {
  it('saves, reads back, keeps the creation time on edit, and deletes', async () => {
    expect(await getClaimNote(db, 'c1')).toBeNull();
    await saveClaimNote(db, 'c1', 'first', 1000);
    const edited = await saveClaimNote(db, 'c1', 'second', 2000);
    expect(edited).toEqual({ claimId: 'c1', text: 'second', createdAt: 1000, updatedAt: 2000 });
    expect(await getClaimNote(db, 'c1')).toEqual(edited);
    await deleteClaimNote(db, 'c1');
    expect(await getClaimNote(db, 'c1')).toBeNull();
  });

  it('saving an empty text deletes the note', async () => {
    await saveClaimNote(db, 'c1', 'something');
    expect(await saveClaimNote(db, 'c1', '   \n')).toBeNull();
    expect(await getClaimNote(db, 'c1')).toBeNull();
  });

  it('survives closing and reopening the database', async () => {
    const name = `reopen-${n++}`;
    const first = await openDatabase(name);
    await saveClaimNote(first, 'c2', 'kept');
    first.close();
    const second = await openDatabase(name);
    expect((await getClaimNote(second, 'c2'))?.text).toBe('kept');
  });
});

describe('site settings', () => {
  it('is on by default, remembers off, and forgets the record when back on', async () => {
    expect(await isSiteEnabled(db, 'example.com')).toBe(true);
    await setSiteEnabled(db, 'example.com', false);
    expect(await isSiteEnabled(db, 'example.com')).toBe(false);
    expect(await isSiteEnabled(db, 'other.org')).toBe(true);
    await setSiteEnabled(db, 'example.com', true);
    expect(await isSiteEnabled(db, 'example.com')).toBe(true);
    expect(await db.count('sites')).toBe(0);
  });
});
