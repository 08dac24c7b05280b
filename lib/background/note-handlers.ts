/** The background's handlers for notes and the claim history (see handlers.ts for the rest). */
import type { Handlers } from '../messages/router';
import type { GlossEvent } from '../messages/protocol';
import type { Database } from '../store/db';
import {
  allNotes,
  deleteNote,
  getClaimNote,
  getNote,
  passageNotesFor,
  recordPlacement,
  restoreNote,
  saveClaimNote,
  saveNote,
  type SaveResult,
} from '../store/notes';
import { claimNoteId } from '../store/db';
import { importNotes } from '../store/import-notes';
import { clearHistory, historyEnabled, recordSightings, setHistoryEnabled, sightingsOf } from '../store/history';
import type { PassageNote } from '../store/types';

type NoteHandlers = Pick<
  Handlers,
  | 'note/get'
  | 'note/save'
  | 'note/delete'
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
  /**
   * Every change to notes is announced, so other tabs' editors and markers follow. `passagesOn`:
   * the page whose passage notes changed, so only its tabs place them again; null when no passage
   * note changed; left out when any page's may have (an import).
   */
  const changed = async <T>(result: T, passagesOn?: string | null): Promise<T> => {
    await broadcast({ type: 'notes/changed', ...(passagesOn !== undefined ? { passagesOn } : {}) });
    return result;
  };
  /** The page a note's change concerns, in `changed`'s terms. */
  const pageOf = (note: { kind: string; url: string | null } | null) => (note?.kind === 'passage' ? note.url : null);
  return {
    'note/get': async ({ claimId }) => getClaimNote(await db(), claimId),
    'note/save': async ({ claimId, text, baseUpdatedAt, url, title }) =>
      changed(await saveClaimNote(await db(), claimId, text, { url, title }, { baseUpdatedAt }), null),
    'note/delete': async ({ claimId }) => {
      await deleteNote(await db(), claimNoteId(claimId));
      return changed(null, null);
    },
    'passage/list': async ({ url }) => passageNotesFor(await db(), url),
    'passage/save': async ({ id, url, title, quote, position, text, baseUpdatedAt }) => {
      const database = await db();
      const existing = await getNote(database, id);
      if (existing && (existing.kind !== 'passage' || (existing.url !== url && !existing.orphaned))) throw new Error('that note belongs to another page');
      const result = await saveNote<PassageNote>(database, { id, kind: 'passage', url, title, quote, position, text, orphaned: false }, { baseUpdatedAt });
      return changed(result, url);
    },
    'passage/delete': async ({ id, url }) => {
      const database = await db();
      const existing = await getNote(database, id);
      if (existing && existing.url !== url) throw new Error('that note belongs to another page');
      await deleteNote(database, id);
      return changed(null, url);
    },
    'passage/placed': async ({ placed, orphaned, url }) => {
      await recordPlacement(await db(), url, placed, orphaned);
      return null;
    },
    'notes/all': async () => allNotes(await db()),
    'notes/edit': async ({ id, text, baseUpdatedAt }) => {
      const database = await db();
      const existing = await getNote(database, id);
      if (!existing) throw new Error('no such note');
      // saveNote sets the times itself; the rest of the note stays as it is.
      return changed((await saveNote(database, { ...existing, text }, { baseUpdatedAt })) as SaveResult, pageOf(existing));
    },
    'notes/delete': async ({ id }) => {
      const deleted = await deleteNote(await db(), id);
      return changed(deleted, pageOf(deleted));
    },
    'notes/restore': async ({ note }) => {
      await restoreNote(await db(), note);
      return changed(null, pageOf(note));
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
      return {
        otherPages: others.length,
        firstSeen: others.length ? Math.min(...others.map((s) => s.firstSeen)) : null,
        enabled: await historyEnabled(database),
      };
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
