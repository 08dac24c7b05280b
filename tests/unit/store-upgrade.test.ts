/** Schema upgrades and the dataset's life in IndexedDB: the reader's notes survive both. */
import { describe, expect, it } from 'vitest';
import { openDB, type IDBPDatabase } from 'idb';
import { DB_VERSION, openDatabase } from '@/lib/store/db';
import { getClaims, storedDatasetVersion, syncDataset } from '@/lib/store/dataset';
import { getClaimNote, saveClaimNote } from '@/lib/store/notes';
import { isSiteEnabled } from '@/lib/store/sites';
import { setDismissed, suppressedOn } from '@/lib/store/suppressions';
import type { Claim } from '@/lib/data/schema';

const claim = (id: string, title = id) => ({ id, title }) as Claim;

/** Exactly what each earlier version of Gloss created, to upgrade from. */
const EARLIER_VERSIONS: Record<number, (db: IDBPDatabase) => void> = {
  1: (db) => {
    db.createObjectStore('claimNotes', { keyPath: 'claimId' });
    db.createObjectStore('sites', { keyPath: 'host' });
  },
  2: (db) => {
    EARLIER_VERSIONS[1](db);
    db.createObjectStore('claims', { keyPath: 'id' });
    db.createObjectStore('meta', { keyPath: 'key' });
  },
  3: (db) => {
    EARLIER_VERSIONS[2](db);
    db.createObjectStore('dismissals', { keyPath: ['url', 'claimId'] }).createIndex('byUrl', 'url');
    db.createObjectStore('hiddenClaims', { keyPath: 'claimId' });
  },
  4: (db) => {
    EARLIER_VERSIONS[3](db);
    db.deleteObjectStore('claimNotes');
    const notes = db.createObjectStore('notes', { keyPath: 'id' });
    notes.createIndex('byUrl', 'url');
    notes.createIndex('byUpdated', 'updatedAt');
    notes.createIndex('byClaim', 'claimId');
    db.createObjectStore('sightings', { keyPath: ['claimId', 'url'] }).createIndex('byClaim', 'claimId');
  },
};

/** A claim note as each version stored it: in `claimNotes` before v4, in `notes` since. */
async function putOldNote(db: IDBPDatabase, version: number, claimId: string, text: string, createdAt: number, updatedAt: number) {
  if (version < 4) await db.put('claimNotes', { claimId, text, createdAt, updatedAt });
  else await db.put('notes', { id: `claim:${claimId}`, kind: 'claim', claimId, text, url: null, title: '', createdAt, updatedAt });
}

describe('database upgrades', () => {
  it.each(Object.keys(EARLIER_VERSIONS).map(Number))('upgrades a version %i database without losing notes or site settings', async (version) => {
    const name = `upgrade-from-${version}`;
    const old = await openDB(name, version, { upgrade: EARLIER_VERSIONS[version] });
    await putOldNote(old, version, 'c1', 'old note', 1, 2);
    await putOldNote(old, version, 'c2', 'another', 3, 4);
    await old.put('sites', { host: 'example.com', enabled: false, updatedAt: 3 });
    old.close();

    const db = await openDatabase(name);
    expect(db.version).toBe(DB_VERSION);
    // v4 moved claim notes into `notes`, every one of them, field for field.
    expect(await getClaimNote(db, 'c1')).toEqual({
      id: 'claim:c1',
      kind: 'claim',
      claimId: 'c1',
      text: 'old note',
      url: null,
      title: '',
      createdAt: 1,
      updatedAt: 2,
    });
    expect((await getClaimNote(db, 'c2'))?.text).toBe('another');
    expect(await isSiteEnabled(db, 'example.com')).toBe(false);
    expect([...db.objectStoreNames].sort()).toEqual(['claims', 'dismissals', 'hiddenClaims', 'meta', 'notes', 'packClaims', 'packs', 'sightings', 'sites']);
    await setDismissed(db, 'https://a.example/', 'c1', true);
    expect((await suppressedOn(db, 'https://a.example/')).dismissed).toEqual(['c1']);
  });

  it('has a recipe for every version below the current one', () => {
    expect(Object.keys(EARLIER_VERSIONS).map(Number)).toEqual(Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1));
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
