/** Schema upgrades and the dataset's life in IndexedDB: the reader's notes survive both. */
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { DB_VERSION, openDatabase } from '@/lib/store/db';
import { getClaims, storedDatasetVersion, syncDataset } from '@/lib/store/dataset';
import { getClaimNote, saveClaimNote } from '@/lib/store/notes';
import { isSiteEnabled } from '@/lib/store/sites';
import type { Claim } from '@/lib/data/schema';

const claim = (id: string, title = id) => ({ id, title }) as Claim;

describe('database upgrades', () => {
  it('upgrades a version 1 database (notes and sites only) without losing anything', async () => {
    const name = 'upgrade-from-1';
    // Exactly what version 1 of Gloss created.
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('claimNotes', { keyPath: 'claimId' });
        db.createObjectStore('sites', { keyPath: 'host' });
      },
    });
    await v1.put('claimNotes', { claimId: 'c1', text: 'old note', createdAt: 1, updatedAt: 2 });
    await v1.put('sites', { host: 'example.com', enabled: false, updatedAt: 3 });
    v1.close();

    const db = await openDatabase(name);
    expect(db.version).toBe(DB_VERSION);
    expect(await getClaimNote(db, 'c1')).toEqual({ claimId: 'c1', text: 'old note', createdAt: 1, updatedAt: 2 });
    expect(await isSiteEnabled(db, 'example.com')).toBe(false);
    expect([...db.objectStoreNames].sort()).toEqual(['claimNotes', 'claims', 'meta', 'sites']);
  });
});

describe('the dataset in IndexedDB', () => {
  it('loads on first sync, skips an unchanged version, replaces a new one, and keeps notes', async () => {
    const db = await openDatabase('dataset-sync');
    await saveClaimNote(db, 'a', 'my note');
    expect(await syncDataset(db, [claim('a'), claim('b')], 'v1')).toBe(true);
    expect(await syncDataset(db, [claim('a'), claim('b')], 'v1')).toBe(false);
    expect((await getClaims(db, ['b', 'a', 'nope'])).map((c) => c.id)).toEqual(['b', 'a']);

    // An update that renames one claim and drops another.
    expect(await syncDataset(db, [claim('a', 'A, revised')], 'v2')).toBe(true);
    expect(await getClaims(db, ['a', 'b'])).toEqual([claim('a', 'A, revised')]);
    expect(await storedDatasetVersion(db)).toBe('v2');
    expect((await getClaimNote(db, 'a'))?.text).toBe('my note');
  });
});
