/**
 * Claim packs in IndexedDB. An import is one transaction over the `packs` and `packClaims`
 * stores: it lands whole or not at all, and never touches notes, dismissals or hidden claims
 * (they are keyed to global claim ids, which a newer version of a pack keeps for claims that
 * survive). Deleting only marks a pack, so that undo is instant; marked packs are purged once
 * the undo window has passed.
 */
import type { Database } from './db';
import type { ClaimLine } from './dataset';
import { shownPackClaim } from '../packs/shown-claim';
import type { PackSummary, StoredPack, StoredPackClaim } from '../packs/pack-types';

/** How long a deleted pack can be brought back. */
export const UNDO_WINDOW_MS = 10 * 60_000;

export type ImportOutcome =
  | { status: 'added'; id: string; name: string; count: number }
  | { status: 'updated'; id: string; name: string; count: number; kept: number; removed: number }
  | { status: 'unchanged'; id: string; name: string; count: number };

export async function importPack(db: Database, pack: StoredPack, claims: StoredPackClaim[]): Promise<ImportOutcome> {
  const tx = db.transaction(['packs', 'packClaims'], 'readwrite');
  const packs = tx.objectStore('packs');
  const store = tx.objectStore('packClaims');
  const existing = await packs.get(pack.id);
  const live = existing && existing.deletedAt === null ? existing : undefined;
  if (live && live.digest === pack.digest) {
    await tx.done;
    return { status: 'unchanged', id: pack.id, name: live.name, count: live.count };
  }
  const oldIds = new Set(await store.index('byPack').getAllKeys(pack.id));
  const newIds = new Set(claims.map((c) => c.id));
  for (const id of oldIds) if (!newIds.has(id)) void store.delete(id);
  for (const claim of claims) void store.put(claim);
  // A newer version keeps the reader's switch; a pack deleted and imported again starts on.
  await packs.put({ ...pack, enabled: live?.enabled ?? true });
  await tx.done;
  if (!live) return { status: 'added', id: pack.id, name: pack.name, count: claims.length };
  const kept = [...newIds].filter((id) => oldIds.has(id)).length;
  return { status: 'updated', id: pack.id, name: pack.name, count: claims.length, kept, removed: oldIds.size - kept };
}

const summary = ({ original: _o, digest: _d, deletedAt: _x, ...rest }: StoredPack): PackSummary => rest;

/** Live packs, oldest import first; purges deleted ones whose undo window has passed. */
export async function listPacks(db: Database, now = Date.now()): Promise<PackSummary[]> {
  const all = await db.getAll('packs');
  for (const pack of all) if (pack.deletedAt !== null && now - pack.deletedAt > UNDO_WINDOW_MS) await purgePack(db, pack.id);
  return all
    .filter((p) => p.deletedAt === null)
    .sort((a, b) => a.importedAt - b.importedAt)
    .map(summary);
}

async function purgePack(db: Database, id: string): Promise<void> {
  const tx = db.transaction(['packs', 'packClaims'], 'readwrite');
  const store = tx.objectStore('packClaims');
  for (const key of await store.index('byPack').getAllKeys(id)) void store.delete(key);
  await tx.objectStore('packs').delete(id);
  await tx.done;
}

/** Applies `change` to a live pack; false if there is none with that id. */
async function updatePack(db: Database, id: string, change: (pack: StoredPack) => StoredPack | null): Promise<boolean> {
  const tx = db.transaction('packs', 'readwrite');
  const pack = await tx.store.get(id);
  const next = pack ? change(pack) : null;
  if (next) await tx.store.put(next);
  await tx.done;
  return next !== null;
}

export const setPackEnabled = (db: Database, id: string, enabled: boolean) => updatePack(db, id, (p) => (p.deletedAt === null ? { ...p, enabled } : null));

export const deletePack = (db: Database, id: string, now = Date.now()) => updatePack(db, id, (p) => (p.deletedAt === null ? { ...p, deletedAt: now } : null));

export const undeletePack = (db: Database, id: string) => updatePack(db, id, (p) => (p.deletedAt !== null ? { ...p, deletedAt: null } : null));

/** The file as it was imported, for export. */
export async function packOriginal(db: Database, id: string): Promise<{ name: string; text: string } | null> {
  const pack = await db.get('packs', id);
  return pack && pack.deletedAt === null ? { name: pack.name, text: pack.original } : null;
}

/** The claims with these ids, from live packs, in the order asked. */
export async function getPackClaims(db: Database, ids: readonly string[]): Promise<{ claim: StoredPackClaim; pack: StoredPack }[]> {
  const tx = db.transaction(['packs', 'packClaims']);
  const found = await Promise.all(ids.map((id) => tx.objectStore('packClaims').get(id)));
  const packs = new Map<string, StoredPack | undefined>();
  for (const c of found) if (c && !packs.has(c.packId)) packs.set(c.packId, await tx.objectStore('packs').get(c.packId));
  await tx.done;
  return found.flatMap((claim) => {
    const pack = claim && packs.get(claim.packId);
    return claim && pack && pack.deletedAt === null ? [{ claim, pack }] : [];
  });
}

/** Every claim of every live pack, as a line of the claims browser. */
export async function packClaimLines(db: Database): Promise<ClaimLine[]> {
  const live = new Map((await db.getAll('packs')).filter((p) => p.deletedAt === null).map((p) => [p.id, p]));
  const lines: ClaimLine[] = [];
  for (const pack of live.values())
    for (const claim of await db.getAllFromIndex('packClaims', 'byPack', pack.id)) {
      const shown = shownPackClaim({ claim, pack });
      const rating = claim.claim ? {} : { rating: claim.verdict };
      lines.push({ id: claim.id, title: shown.title, statement: shown.statement, verdict: shown.verdict.label, pack: pack.name, ...rating });
    }
  return lines;
}
