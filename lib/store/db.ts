/**
 * The extension's IndexedDB (background only: its origin is the extension's, never a page's).
 * Versioned: each upgrade step runs in order from the version the reader has, so a reader who
 * skipped releases gets every step.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Claim } from '../data/schema';
import type { ClaimNote, Dismissal, HiddenClaim, SiteSetting } from './types';

export const DB_NAME = 'gloss';
export const DB_VERSION = 3;

export interface GlossDB extends DBSchema {
  claimNotes: { key: string; value: ClaimNote };
  sites: { key: string; value: SiteSetting };
  /** The bundled dataset, replaced whole when its version changes (v2). */
  claims: { key: string; value: Claim };
  /** Small facts about the database itself, e.g. the dataset version loaded (v2). */
  meta: { key: string; value: { key: string; value: string } };
  /** "Not this claim" on one page (v3). */
  dismissals: { key: [string, string]; value: Dismissal; indexes: { byUrl: string } };
  /** Claims the reader hid on every page (v3). */
  hiddenClaims: { key: string; value: HiddenClaim };
}

export type Database = IDBPDatabase<GlossDB>;

export function openDatabase(name = DB_NAME): Promise<Database> {
  return openDB<GlossDB>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('claimNotes', { keyPath: 'claimId' });
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
    },
  });
}
