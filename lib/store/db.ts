/**
 * The extension's IndexedDB (background only: its origin is the extension's, never a page's).
 * Versioned: each upgrade step runs in order from the version the reader has.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ClaimNote, SiteSetting } from './types';

export const DB_NAME = 'gloss';
export const DB_VERSION = 1;

export interface GlossDB extends DBSchema {
  claimNotes: { key: string; value: ClaimNote };
  sites: { key: string; value: SiteSetting };
}

export type Database = IDBPDatabase<GlossDB>;

export function openDatabase(name = DB_NAME): Promise<Database> {
  return openDB<GlossDB>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('claimNotes', { keyPath: 'claimId' });
        db.createObjectStore('sites', { keyPath: 'host' });
      }
    },
  });
}
