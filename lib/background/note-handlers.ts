/** The background's handlers for notes and the claim history (see handlers.ts for the rest). */
import type { Handlers } from '../messages/router';
import type { GlossEvent } from '../messages/protocol';
import type { Database } from '../store/db';
import { allNotes, deleteNote, getNote, passageNotesFor, recordPlacement, restoreNote, saveNote, type SaveResult } from '../store/notes';
import { importNotes } from '../store/import-notes';
import { clearHistory, historyEnabled, recordSightings, setHistoryEnabled, sightingsOf } from '../store/history';
import type { PassageNote } from '../store/types';

type NoteHandlers = Pick<
  Handlers,
  | 'passage/list'
  | 'passage/save'
  | 'passage/delete'
  | 'passage/placed'
  | 'notes/all'
  | 'notes/edit'
  | 'notes/delete'
  | 'notes/restore'
  | 'notes/import'
  | 'history/seen'
  | 'history/list'
  | 'history/summary'
  | 'history/settings'
  | 'history/set'
  | 'history/clear'
>;

export function createNoteHandlers(db: () => Promise<Database>, broadcast: (event: GlossEvent) => Promise<void>): NoteHandlers {
  /** Every change to notes is announced, so other tabs' editors and markers follow. */
  const changed = async <T>(result: T): Promise<T> => {
    await broadcast({ type: 'notes/changed' });
    return result;
  };
  return {
    'passage/list': async ({ url }) => passageNotesFor(await db(), url),
    'passage/save': async ({ id, url, title, quote, position, text, baseUpdatedAt }) => {
      const database = await db();
      const existing = await getNote(database, id);
      if (existing && (existing.kind !== 'passage' || (existing.url !== url && !existing.orphaned))) throw new Error('that note belongs to another page');
      const result = await saveNote<PassageNote>(database, { id, kind: 'passage', url, title, quote, position, text, orphaned: false }, { baseUpdatedAt });
      return changed(result);
    },
    'passage/delete': async ({ id, url }) => {
      const database = await db();
      const existing = await getNote(database, id);
      if (existing && existing.url !== url) throw new Error('that note belongs to another page');
      await deleteNote(database, id);
      return changed(null);
    },
    'passage/placed': async ({ placed, orphaned, url }) => {
      const database = await db();
      const onPage = new Set((await passageNotesFor(database, url)).map((n) => n.id));
      await recordPlacement(database, placed.filter((id) => onPage.has(id)), orphaned.filter((id) => onPage.has(id)));
      return null;
    },
    'notes/all': async () => allNotes(await db()),
    'notes/edit': async ({ id, text, baseUpdatedAt }) => {
      const database = await db();
      const existing = await getNote(database, id);
      if (!existing) throw new Error('no such note');
      // saveNote sets the times itself; the rest of the note stays as it is.
      return changed((await saveNote(database, { ...existing, text }, { baseUpdatedAt })) as SaveResult);
    },
    'notes/delete': async ({ id }) => changed(await deleteNote(await db(), id)),
    'notes/restore': async ({ note }) => {
      await restoreNote(await db(), note);
      return changed(null);
    },
    'notes/import': async ({ notes }) => changed(await importNotes(await db(), notes)),
    'history/seen': async ({ url, title, claimIds }) => {
      await recordSightings(await db(), url, title, claimIds);
      return null;
    },
    'history/list': async ({ claimId }) => sightingsOf(await db(), claimId),
    'history/summary': async ({ claimId, url }) => {
      const database = await db();
      const others = (await sightingsOf(database, claimId)).filter((s) => s.url !== url);
      return { otherPages: others.length, firstSeen: others.length ? Math.min(...others.map((s) => s.firstSeen)) : null, enabled: await historyEnabled(database) };
    },
    'history/settings': async () => ({ enabled: await historyEnabled(await db()) }),
    'history/set': async ({ enabled }) => {
      await setHistoryEnabled(await db(), enabled);
      return { enabled };
    },
    'history/clear': async () => {
      await clearHistory(await db());
      return null;
    },
  };
}
