import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '@/lib/store/db';
import { claimNoteId } from '@/lib/store/db';
import { allNotes, deleteNote, getClaimNote, passageNotesFor, recordPlacement, restoreNote, saveClaimNote, saveNote } from '@/lib/store/notes';
import { importNotes } from '@/lib/store/import-notes';
import { clearHistory, recordSightings, setHistoryEnabled, sightingsOf } from '@/lib/store/history';
import type { PassageNote } from '@/lib/store/types';
import { isSiteEnabled, setSiteEnabled } from '@/lib/store/sites';

let db: Database;
let n = 0;
beforeEach(async () => {
  db = await openDatabase(`test-${n++}`);
});

describe('claim notes', () => {
  it('saves, reads back, keeps the creation time on edit, and deletes', async () => {
    expect(await getClaimNote(db, 'c1')).toBeNull();
    await saveClaimNote(db, 'c1', 'first', { url: 'https://a.example/1', title: 'One' }, { now: 1000 });
    const { note: edited } = await saveClaimNote(db, 'c1', 'second', { url: 'https://b.example/2', title: 'Two' }, { now: 2000, baseUpdatedAt: 1000 });
    // The page it was first written on is kept.
    expect(edited).toEqual({
      id: 'claim:c1',
      kind: 'claim',
      claimId: 'c1',
      text: 'second',
      url: 'https://a.example/1',
      title: 'One',
      createdAt: 1000,
      updatedAt: 2000,
    });
    expect(await getClaimNote(db, 'c1')).toEqual(edited);
    await deleteNote(db, claimNoteId('c1'));
    expect(await getClaimNote(db, 'c1')).toBeNull();
  });

  it('saving an empty text deletes the note', async () => {
    await saveClaimNote(db, 'c1', 'something');
    expect((await saveClaimNote(db, 'c1', '   \n')).note).toBeNull();
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

const passage = (id: string, url = 'https://news.example/a', text = 'a note'): Omit<PassageNote, 'createdAt' | 'updatedAt'> => ({
  id,
  kind: 'passage',
  url,
  title: 'An article',
  quote: { type: 'TextQuoteSelector', exact: 'peace talks', prefix: 'the ', suffix: ' resumed' },
  position: { type: 'TextPositionSelector', start: 10, end: 21 },
  text,
  orphaned: false,
});

describe('passage notes', () => {
  it('are listed per page, marked orphaned or placed, and deleted with undo', async () => {
    await saveNote(db, passage('p1'), { now: 1 });
    await saveNote(db, passage('p2', 'https://news.example/b'), { now: 2 });
    expect((await passageNotesFor(db, 'https://news.example/a')).map((n) => n.id)).toEqual(['p1']);
    await recordPlacement(db, 'https://news.example/a', [], ['p1']);
    expect((await passageNotesFor(db, 'https://news.example/a'))[0].orphaned).toBe(true);
    // Another page cannot mark it.
    await recordPlacement(db, 'https://news.example/b', ['p1'], []);
    expect((await passageNotesFor(db, 'https://news.example/a'))[0].orphaned).toBe(true);
    await recordPlacement(db, 'https://news.example/a', ['p1'], []);
    expect((await passageNotesFor(db, 'https://news.example/a'))[0].orphaned).toBe(false);
    const deleted = await deleteNote(db, 'p1');
    expect(await passageNotesFor(db, 'https://news.example/a')).toEqual([]);
    await restoreNote(db, deleted!);
    expect(await passageNotesFor(db, 'https://news.example/a')).toEqual([deleted]);
  });

  it('lists all notes newest first', async () => {
    await saveNote(db, passage('old'), { now: 1 });
    await saveClaimNote(db, 'c1', 'middle', undefined, { now: 2 });
    await saveNote(db, passage('new'), { now: 3 });
    expect((await allNotes(db)).map((n) => n.id)).toEqual(['new', 'claim:c1', 'old']);
  });
});

describe('two tabs editing one note (merge rule)', () => {
  it('the later save wins and the version it replaced is kept as a conflict copy', async () => {
    const { note: first } = await saveNote(db, passage('p1', undefined, 'v1'), { now: 100, baseUpdatedAt: null });
    // Both tabs opened v1. Tab A saves...
    const a = await saveNote(db, passage('p1', undefined, 'from tab A'), { now: 200, baseUpdatedAt: first!.updatedAt });
    expect(a.conflictCopy).toBeNull();
    // ...then tab B, still based on v1.
    const b = await saveNote(db, passage('p1', undefined, 'from tab B'), { now: 300, baseUpdatedAt: first!.updatedAt });
    expect(b.note?.text).toBe('from tab B');
    expect(b.conflictCopy).toMatchObject({ id: 'p1~200', text: 'from tab A', conflictOf: 'p1' });
    expect((await allNotes(db)).map((n) => n.text).sort()).toEqual(['from tab A', 'from tab B']);
    // Tab B goes on typing from its own save: no more copies.
    const again = await saveNote(db, passage('p1', undefined, 'from tab B, more'), { now: 400, baseUpdatedAt: b.note!.updatedAt });
    expect(again.conflictCopy).toBeNull();
    expect(await allNotes(db)).toHaveLength(2);
  });

  it('a clock that stepped back still orders saves', async () => {
    await saveNote(db, passage('p1', undefined, 'one'), { now: 5000 });
    const { note } = await saveNote(db, passage('p1', undefined, 'two'), { now: 10, baseUpdatedAt: 5000 });
    expect(note!.updatedAt).toBe(5001);
  });

  it('reports a full disk as an error and keeps the stored note as it was', async () => {
    await saveNote(db, passage('p1', undefined, 'kept'), { now: 1 });
    // What IndexedDB does when the origin's quota is used up.
    const full = {
      transaction: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    } as unknown as typeof db;
    await expect(saveNote(full, passage('p1', undefined, 'lost?'), { now: 2, baseUpdatedAt: 1 })).rejects.toThrow(/storage is full/i);
    expect((await passageNotesFor(db, 'https://news.example/a'))[0].text).toBe('kept');
  });
});

describe('importing notes', () => {
  it('adds new ones, replaces older versions, and adds nothing when the same file comes twice', async () => {
    await saveNote(db, passage('p1', undefined, 'mine, newer'), { now: 500 });
    const file = [
      { ...passage('p1', undefined, 'from file, older'), createdAt: 1, updatedAt: 100 },
      { ...passage('p2', undefined, 'from file'), createdAt: 1, updatedAt: 100 },
    ] as PassageNote[];
    expect(await importNotes(db, file)).toEqual({ added: 1, updated: 0, unchanged: 1 });
    expect(await importNotes(db, file)).toEqual({ added: 0, updated: 0, unchanged: 2 });
    expect((await allNotes(db)).map((n) => n.text).sort()).toEqual(['from file', 'mine, newer']);
  });
});

describe('where I met a claim', () => {
  it('records each page once with first and last dates, can be switched off, and cleared', async () => {
    await recordSightings(db, 'https://a.example/1', 'A', ['c1', 'c2'], 1000);
    await recordSightings(db, 'https://a.example/1', 'A', ['c1'], 2000);
    await recordSightings(db, 'https://b.example/2', 'B', ['c1'], 3000);
    expect(await sightingsOf(db, 'c1')).toEqual([
      { claimId: 'c1', url: 'https://b.example/2', title: 'B', firstSeen: 3000, lastSeen: 3000 },
      { claimId: 'c1', url: 'https://a.example/1', title: 'A', firstSeen: 1000, lastSeen: 2000 },
    ]);
    await setHistoryEnabled(db, false);
    await recordSightings(db, 'https://c.example/3', 'C', ['c1'], 4000);
    expect(await sightingsOf(db, 'c1')).toHaveLength(2);
    await clearHistory(db);
    expect(await sightingsOf(db, 'c1')).toEqual([]);
  });
});
