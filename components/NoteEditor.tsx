/**
 * The reader's private note on a claim. The text stays in the editor whatever happens: a failed
 * save is reported and can be retried; nothing is cleared until the store confirms.
 */
import { useEffect, useState } from 'preact/hooks';
import { NOTE_MAX_LENGTH } from '@/lib/messages/protocol';
import type { ClaimNote } from '@/lib/store/types';
import type { CardApi } from './card-api';
import { t } from './strings';

type Status = { kind: 'idle' } | { kind: 'saved'; at: number } | { kind: 'deleted' } | { kind: 'error'; message: string };

export function NoteEditor({ claimId, api }: { claimId: string; api: CardApi }) {
  const [saved, setSaved] = useState<ClaimNote | null>(null);
  const [text, setText] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [loading, setLoading] = useState(true);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api.loadNote(claimId).then(
      (note) => {
        setSaved(note);
        setText(note?.text ?? '');
        setLoading(false);
      },
      (error: Error) => {
        setStatus({ kind: 'error', message: error.message });
        setLoading(false);
      },
    );
  }, [claimId]);

  const tooLong = text.length > NOTE_MAX_LENGTH;

  async function save() {
    if (tooLong) return;
    setBusy(true);
    try {
      const note = await api.saveNote(claimId, text);
      setSaved(note);
      setStatus(note ? { kind: 'saved', at: note.updatedAt } : { kind: 'deleted' });
    } catch (error) {
      setStatus({ kind: 'error', message: (error as Error).message });
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    setBusy(true);
    try {
      await api.deleteNote(claimId);
      setSaved(null);
      setText('');
      setStatus({ kind: 'deleted' });
    } catch (error) {
      setStatus({ kind: 'error', message: (error as Error).message });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="note">
      <label for="gloss-note">
        {t.yourNote()}
      </label>
      <textarea
        id="gloss-note"
        rows={3}
        placeholder={t.notePlaceholder()}
        value={text}
        disabled={loading}
        aria-invalid={tooLong}
        onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void save();
          }
        }}
      />
      <div class="note-actions">
        <button type="button" onClick={save} disabled={loading || busy || tooLong || text === (saved?.text ?? '')}>
          {t.saveNote()}
        </button>
        {saved && (
          <button type="button" class="secondary" onClick={remove} disabled={busy}>
            {t.deleteNote()}
          </button>
        )}
        <span class="note-status" role="status">
          {tooLong && t.noteTooLong(NOTE_MAX_LENGTH)}
          {!tooLong && status.kind === 'saved' && t.noteSaved(new Date(status.at).toLocaleTimeString())}
          {!tooLong && status.kind === 'deleted' && t.noteDeleted()}
          {!tooLong && status.kind === 'error' && t.noteSaveFailed(status.message)}
        </span>
      </div>
    </section>
  );
}
