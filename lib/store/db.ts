/**
 * The extension's IndexedDB (background only: its origin is the extension's, never a page's).
 * Versioned: each upgrade step runs in order from the version the reader has, so a reader who
 * skipped releases gets every step.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Claim } from '../data/schema';
import type { StoredPack, StoredPackClaim } from '../packs/pack-types';
import type { Dismissal, HiddenClaim, Note, Sighting, SiteSetting } from './types';

export const DB_NAME = 'gloss';
export const DB_VERSION = 5;

export interface GlossDB extends DBSchema {
  /** Every note, on claims and on passages (v4; claim notes lived in `claimNotes` before). */
  notes: { key: string; value: Note; indexes: { byUrl: string; byUpdated: number; byClaim: string } };
  /** Where the reader met each claim (v4). */
  sightings: { key: [string, string]; value: Sighting; indexes: { byClaim: string } };
  sites: { key: string; value: SiteSetting };
  /** The bundled dataset, replaced whole when its version changes (v2). */
  claims: { key: string; value: Claim };
  /** Small facts about the database itself, e.g. the dataset version loaded (v2). */
  meta: { key: string; value: { key: string; value: string } };
  /** "Not this claim" on one page (v3). */
  dismissals: { key: [string, string]; value: Dismissal; indexes: { byUrl: string } };
  /** Claims the reader hid on every page (v3). */
  hiddenClaims: { key: string; value: HiddenClaim };
  /** Claim packs the reader imported (v5). */
  packs: { key: string; value: StoredPack };
  /** Their claims, by global id (v5). */
  packClaims: { key: string; value: StoredPackClaim; indexes: { byPack: string } };
}

export type Database = IDBPDatabase<GlossDB>;

/** The id of the one note a claim can have. */
export const claimNoteId = (claimId: string) => `claim:${claimId}`;

/** The v1–v3 store of claim notes, gone from the typed schema since v4. */
interface LegacyTransaction {
  objectStore(name: 'claimNotes'): { getAll(): Promise<{ claimId: string; text: string; createdAt: number; updatedAt: number }[]> };
}

export function openDatabase(name = DB_NAME): Promise<Database> {
  return openDB<GlossDB>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, transaction) {
      if (oldVersion < 1) {
        (db as unknown as IDBPDatabase).createObjectStore('claimNotes', { keyPath: 'claimId' });
        db.createObjectStore('sites', { keyPath: 'host' });
      }
      if (oldVersion < 2) {
        db.createObjectStore('claims', { keyPath: 'id' });
        db.createObjectStore('meta', { keyPath: 'key' });
      }
      if (oldVersion < 3) {
        db.createObjectStore('dismissals', { keyPath: ['url', 'claimId'] }).createIndex('byUrl', 'url');
        db.createObjectStore('hiddenClaims', { keyPath: 'claimId' });
      }
      if (oldVersion < 4) {
        const notes = db.createObjectStore('notes', { keyPath: 'id' });
        notes.createIndex('byUrl', 'url');
        notes.createIndex('byUpdated', 'updatedAt');
        notes.createIndex('byClaim', 'claimId');
        const sightings = db.createObjectStore('sightings', { keyPath: ['claimId', 'url'] });
        sightings.createIndex('byClaim', 'claimId');
        // Claim notes move into `notes`, in this same upgrade transaction: all or nothing.
        const legacy = (transaction as unknown as LegacyTransaction).objectStore('claimNotes');
        void legacy.getAll().then((old) => {
          for (const n of old) {
            void notes.put({
              id: claimNoteId(n.claimId),
              kind: 'claim',
              claimId: n.claimId,
              text: n.text,
              url: null,
              title: '',
              createdAt: n.createdAt,
              updatedAt: n.updatedAt,
            });
          }
          (db as unknown as IDBPDatabase).deleteObjectStore('claimNotes');
        });
      }
      if (oldVersion < 5) {
        db.createObjectStore('packs', { keyPath: 'id' });
        db.createObjectStore('packClaims', { keyPath: 'id' }).createIndex('byPack', 'packId');
      }
    },
  });
}
