/**
 * The notes manager (options page): every note, newest first, with full-text search and filters
 * by kind, site and claim; edit in place; delete with undo; export and import.
 *
 * Built for 10,000 notes: all of them are read once (one message), the search runs over a
 * lower-cased copy kept in memory, and only one page of 50 is rendered at a time.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ImportProblem } from '@/lib/notes/web-annotation';
import type { SaveResult } from '@/lib/store/notes';
import type { Note } from '@/lib/store/types';
import { NoteEditor, type NoteStore } from './NoteEditor';
import { t } from '@/lib/i18n/strings';

export interface NotesApi {
  all(): Promise<Note[]>;
  claimTitles(ids: string[]): Promise<Map<string, string>>;
  edit(id: string, text: string, baseUpdatedAt: number | null): Promise<SaveResult>;
  remove(id: string): Promise<Note | null>;
  restore(note: Note): Promise<void>;
  /** Parses and validates the file, then writes it all or nothing. */
  importFile(text: string): Promise<{ ok: true; added: number; updated: number; unchanged: number } | { ok: false; problems: ImportProblem[] }>;
  exportJsonLd(notes: Note[]): void;
  exportMarkdown(notes: Note[], claimTitles: Map<string, string>): void;
  subscribe?(listener: () => void): () => void;
}

export const PAGE_SIZE = 50;
type Kind = 'all' | 'passage' | 'claim' | 'orphaned' | 'conflict';

const hostOf = (url: string | null) => {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : '';
  } catch {
    return '';
  }
};

export function NotesManager({ api }: { api: NotesApi }) {
  const [notes, setNotes] = useState<Note[] | null>(null);
  const [titles, setTitles] = useState(new Map<string, string>());
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<Kind>('all');
  const [site, setSite] = useState('');
  const [claim, setClaim] = useState('');
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState<string | null>(null);
  const [undo, setUndo] = useState<Note | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [report, setReport] = useState<{ ok: boolean; text: string; problems: ImportProblem[] } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const editingNow = useRef<string | null>(null);
  editingNow.current = editing;

  const reload = async () => {
    try {
      const all = await api.all();
      setNotes(all);
      const claimIds = [...new Set(all.flatMap((n) => (n.kind === 'claim' ? [n.claimId] : [])))];
      if (claimIds.length) setTitles(await api.claimTitles(claimIds));
    } catch (error) {
      setProblem((error as Error).message);
    }
  };
  useEffect(() => {
    void reload();
    return api.subscribe?.(() => {
      // Not under the reader's hands: a note being edited here is reloaded when they finish.
      if (editingNow.current === null) void reload();
    });
  }, []);

  // What the search runs over, computed once per list of notes.
  const haystacks = useMemo(
    () =>
      new Map(
        (notes ?? []).map((n) => [
          n.id,
          `${n.text}\n${n.title}\n${n.url ?? ''}\n${n.kind === 'passage' ? n.quote.exact : (titles.get(n.claimId) ?? n.claimId)}`.toLowerCase(),
        ]),
      ),
    [notes, titles],
  );
  const sites = useMemo(() => [...new Set((notes ?? []).map((n) => hostOf(n.url)).filter(Boolean))].sort(), [notes]);
  const claimIds = useMemo(() => [...new Set((notes ?? []).flatMap((n) => (n.kind === 'claim' ? [n.claimId] : [])))], [notes]);

  const shown = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return (notes ?? []).filter(
      (n) =>
        (kind === 'all' ||
          (kind === 'passage' && n.kind === 'passage') ||
          (kind === 'claim' && n.kind === 'claim') ||
          (kind === 'orphaned' && n.kind === 'passage' && n.orphaned) ||
          (kind === 'conflict' && n.conflictOf !== undefined)) &&
        (!site || hostOf(n.url) === site) &&
        (!claim || (n.kind === 'claim' && n.claimId === claim)) &&
        words.every((w) => haystacks.get(n.id)!.includes(w)),
    );
  }, [notes, haystacks, query, kind, site, claim]);

  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const visible = shown.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);

  async function remove(note: Note) {
    setProblem(null);
    try {
      const removed = await api.remove(note.id);
      setUndo(removed);
      setNotes((old) => old?.filter((n) => n.id !== note.id) ?? null);
    } catch (error) {
      setProblem((error as Error).message);
    }
  }

  async function restore() {
    if (!undo) return;
    try {
      await api.restore(undo);
      setUndo(null);
      await reload();
    } catch (error) {
      setProblem((error as Error).message);
    }
  }

  async function importChosen(file: File) {
    setReport(null);
    const outcome = await api
      .importFile(await file.text())
      .catch((error: Error) => ({ ok: false as const, problems: [{ item: null, field: '(file)', message: error.message }] }));
    if (outcome.ok) {
      setReport({ ok: true, text: t.importDone(outcome.added, outcome.updated, outcome.unchanged), problems: [] });
      await reload();
    } else setReport({ ok: false, text: t.importRefused(file.name, outcome.problems.length), problems: outcome.problems });
    if (fileInput.current) fileInput.current.value = '';
  }

  // One store per note being edited, kept across renders: the editor reloads (and saves what is
  // pending) whenever its store changes, which must not happen on every keystroke in the search box.
  const editedNote = notes?.find((n) => n.id === editing) ?? null;
  const editStore = useMemo<NoteStore | null>(
    () =>
      editedNote && {
        load: async () => editedNote,
        save: (text, base) => api.edit(editedNote.id, text, base),
        remove: async () => {
          await remove(editedNote);
          setEditing(null);
        },
      },
    [editing],
  );

  return (
    <section class="notes-manager" aria-labelledby="notes-heading">
      <h2 id="notes-heading">{t.notesHeading()}</h2>
      <div class="notes-tools">
        <input
          type="search"
          aria-label={t.notesSearch()}
          placeholder={t.notesSearch()}
          value={query}
          onInput={(e) => {
            setQuery((e.target as HTMLInputElement).value);
            setPage(0);
          }}
        />
        <select aria-label={t.notesKind()} value={kind} onChange={(e) => (setKind((e.target as HTMLSelectElement).value as Kind), setPage(0))}>
          <option value="all">{t.notesKindAll()}</option>
          <option value="passage">{t.notesKindPassage()}</option>
          <option value="claim">{t.notesKindClaim()}</option>
          <option value="orphaned">{t.notesKindOrphaned()}</option>
          <option value="conflict">{t.notesKindConflict()}</option>
        </select>
        <select aria-label={t.notesSite()} value={site} onChange={(e) => (setSite((e.target as HTMLSelectElement).value), setPage(0))}>
          <option value="">{t.notesAllSites()}</option>
          {sites.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <select aria-label={t.notesClaim()} value={claim} onChange={(e) => (setClaim((e.target as HTMLSelectElement).value), setPage(0))}>
          <option value="">{t.notesAllClaims()}</option>
          {claimIds.map((id) => (
            <option key={id} value={id}>
              {titles.get(id) ?? id}
            </option>
          ))}
        </select>
      </div>
      <p class="muted" role="status" data-count={notes ? shown.length : undefined}>
        {notes === null ? t.loading() : t.notesCount(shown.length, notes.length)}
      </p>
      {undo && (
        <p class="undo" role="status">
          {t.noteDeleted()}{' '}
          <button type="button" class="link" onClick={restore}>
            {t.undo()}
          </button>
        </p>
      )}
      <ol class="notes-list">
        {visible.map((note) => (
          <li key={note.id} data-note-id={note.id}>
            <p class="meta">
              {note.url ? (
                <a href={note.url} target="_blank" rel="noopener noreferrer">
                  {note.title || note.url}
                </a>
              ) : (
                <span>{t.notesNoPage()}</span>
              )}
              {' · '}
              <time dateTime={new Date(note.updatedAt).toISOString()}>{new Date(note.updatedAt).toLocaleString()}</time>
              {note.kind === 'claim' && <span class="badge">{t.notesOnClaim(titles.get(note.claimId) ?? note.claimId)}</span>}
              {note.kind === 'passage' && note.orphaned && <span class="badge warn">{t.notesOrphan()}</span>}
              {note.conflictOf && <span class="badge">{t.notesConflictCopy()}</span>}
            </p>
            {note.kind === 'passage' && <blockquote>{note.quote.exact}</blockquote>}
            {editing === note.id && editStore ? <NoteEditor store={editStore} id={`edit-${note.id}`} autoFocus /> : <p class="note-text">{note.text}</p>}
            <div class="buttons">
              <button
                type="button"
                onClick={() => {
                  if (editing === note.id) void reload();
                  setEditing(editing === note.id ? null : note.id);
                }}
              >
                {editing === note.id ? t.notesDone() : t.notesEdit()}
              </button>
              <button type="button" aria-label={t.notesDelete(note.text.slice(0, 40))} onClick={() => void remove(note)}>
                {t.deleteNote()}
              </button>
            </div>
          </li>
        ))}
      </ol>
      {pages > 1 && (
        <nav class="pager" aria-label={t.notesPages()}>
          <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
            {t.notesPrevious()}
          </button>
          <span>{t.notesPageOf(current + 1, pages)}</span>
          <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            {t.notesNext()}
          </button>
        </nav>
      )}
      <h3>{t.notesExportImport()}</h3>
      <div class="buttons">
        <button type="button" disabled={!notes?.length} onClick={() => notes && api.exportJsonLd(notes)}>
          {t.exportJsonLd()}
        </button>
        <button type="button" disabled={!notes?.length} onClick={() => notes && api.exportMarkdown(notes, titles)}>
          {t.exportMarkdown()}
        </button>
        <label class="file-button">
          {t.importFile()}
          <input
            ref={fileInput}
            type="file"
            accept=".json,.jsonld,application/json,application/ld+json"
            onChange={(e) => {
              const file = (e.target as HTMLInputElement).files?.[0];
              if (file) void importChosen(file);
            }}
          />
        </label>
      </div>
      {report && (
        <div class={report.ok ? 'import-report' : 'import-report error'} role={report.ok ? 'status' : 'alert'}>
          <p>{report.text}</p>
          {report.problems.length > 0 && (
            <ul>
              {report.problems.slice(0, 50).map((p, i) => (
                <li key={i}>{t.importProblem(p.item === null ? t.importWholeFile() : t.importItem(p.item, p.id ?? ''), p.field, p.message)}</li>
              ))}
              {report.problems.length > 50 && <li>{t.importMoreProblems(report.problems.length - 50)}</li>}
            </ul>
          )}
        </div>
      )}
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
