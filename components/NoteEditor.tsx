/**
 * The reader's private note: on a claim (in its card) or on a passage. Saved as the reader types
 * (debounced), on Ctrl/⌘+Enter, and when the editor closes. The text stays in the editor whatever
 * happens: a failed save (the background stopped, storage full) is reported and retried on the
 * next keystroke or by the Save button; nothing is cleared until the store confirms.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { NOTE_MAX_LENGTH } from '@/lib/notes/note-schema';
import type { SaveResult } from '@/lib/store/notes';
import type { Note } from '@/lib/store/types';
import { t } from '@/lib/i18n/strings';

export interface NoteStore {
  load(): Promise<Note | null>;
  /** `baseUpdatedAt`: the version this editor started from (see the merge rule in store/notes.ts). */
  save(text: string, baseUpdatedAt: number | null): Promise<SaveResult>;
  remove(): Promise<void>;
  /** Calls back when notes changed elsewhere (another tab); returns the unsubscribe. */
  subscribe?(listener: () => void): () => void;
}

/** Long enough not to write on every keystroke, short enough that a closed tab loses nothing. */
export const AUTOSAVE_DELAY_MS = 600;

type Status =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: number }
  | { kind: 'conflict'; at: number }
  | { kind: 'deleted' }
  | { kind: 'error'; message: string };

export function NoteEditor({
  store,
  id = 'gloss-note-text',
  label = t.yourNote(),
  placeholder = t.notePlaceholder(),
  autoFocus = false,
}: {
  store: NoteStore;
  id?: string;
  label?: string;
  /** What the empty field invites: a note on a claim by default. */
  placeholder?: string;
  autoFocus?: boolean;
}) {
  const [text, setText] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [loading, setLoading] = useState(true);
  const [exists, setExists] = useState(false);
  // Kept in refs as well, for the timer and the save on close, which outlive a render.
  const textRef = useRef('');
  const savedText = useRef('');
  const base = useRef<number | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<Promise<void> | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);

  const tooLong = text.length > NOTE_MAX_LENGTH;
  const dirty = () => textRef.current !== savedText.current;

  function adopt(note: Note | null) {
    savedText.current = note?.text ?? '';
    base.current = note?.updatedAt ?? null;
    textRef.current = savedText.current;
    setText(savedText.current);
    setExists(note !== null);
  }

  const load = () =>
    store.load().then(
      (note) => {
        adopt(note);
        setLoading(false);
      },
      (error: Error) => {
        setStatus({ kind: 'error', message: error.message });
        setLoading(false);
      },
    );

  useEffect(() => {
    void load();
    // Another tab changed notes: take the new version, unless the reader is mid-edit here (then
    // the next save keeps both, by the merge rule).
    const unsubscribe = store.subscribe?.(() => {
      if (!dirty() && !inFlight.current) void store.load().then(adopt, () => {});
    });
    return () => {
      unsubscribe?.();
      // Closing the editor saves what is left unsaved.
      clearTimeout(timer.current);
      if (dirty()) void save();
    };
  }, [store]);

  useEffect(() => {
    if (autoFocus && !loading) field.current?.focus();
  }, [autoFocus, loading]);

  /** Saves the current text; one save at a time, the latest text wins. */
  async function save(): Promise<void> {
    clearTimeout(timer.current);
    if (inFlight.current) await inFlight.current;
    if (textRef.current.length > NOTE_MAX_LENGTH) return;
    if (!dirty()) {
      // Nothing new: say it is safe (Ctrl+Enter on a note that is already stored).
      if (base.current !== null) setStatus({ kind: 'saved', at: base.current });
      return;
    }
    const sending = textRef.current;
    setStatus({ kind: 'saving' });
    inFlight.current = store
      .save(sending, base.current)
      .then(
        ({ note, conflictCopy }) => {
          savedText.current = note?.text ?? '';
          base.current = note?.updatedAt ?? null;
          setExists(note !== null);
          if (!note) setStatus({ kind: 'deleted' });
          else setStatus(conflictCopy ? { kind: 'conflict', at: note.updatedAt } : { kind: 'saved', at: note.updatedAt });
        },
        (error: Error) => setStatus({ kind: 'error', message: error.message }),
      )
      .finally(() => (inFlight.current = null));
    await inFlight.current;
    // Typed more while saving: save that too.
    if (dirty() && textRef.current !== sending) schedule();
  }

  function schedule() {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
  }

  async function remove() {
    clearTimeout(timer.current);
    try {
      await store.remove();
      adopt(null);
      setStatus({ kind: 'deleted' });
    } catch (error) {
      setStatus({ kind: 'error', message: (error as Error).message });
    }
  }

  return (
    <section class="note">
      <label for={id}>{label}</label>
      <textarea
        id={id}
        ref={field}
        rows={3}
        placeholder={placeholder}
        value={text}
        disabled={loading}
        aria-invalid={tooLong}
        onInput={(e) => {
          textRef.current = (e.target as HTMLTextAreaElement).value;
          setText(textRef.current);
          schedule();
        }}
        onBlur={() => void save()}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void save();
          }
        }}
      />
      <div class="note-actions">
        <button type="button" onClick={() => void save()} disabled={loading || tooLong || text === savedText.current}>
          {t.saveNote()}
        </button>
        {exists && (
          <button type="button" class="secondary" onClick={remove}>
            {t.deleteNote()}
          </button>
        )}
        <span class="note-status" role="status" data-status={status.kind}>
          {tooLong && t.noteTooLong(NOTE_MAX_LENGTH)}
          {!tooLong && status.kind === 'saving' && t.noteSaving()}
          {!tooLong && status.kind === 'saved' && t.noteSaved(new Date(status.at).toLocaleTimeString())}
          {!tooLong && status.kind === 'conflict' && t.noteConflict()}
          {!tooLong && status.kind === 'deleted' && t.noteDeleted()}
          {!tooLong && status.kind === 'error' && (/storage is full|quota/i.test(status.message) ? t.noteStorageFull() : t.noteSaveFailed(status.message))}
        </span>
      </div>
    </section>
  );
}
