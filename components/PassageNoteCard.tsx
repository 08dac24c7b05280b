/** The card of a note on a passage: the passage quoted, and the reader's note about it. */
import { NoteEditor, type NoteStore } from './NoteEditor';
import { t, uiLanguage } from '@/lib/i18n/strings';

export function PassageNoteCard({ quote, store, onClose }: { quote: string; store: NoteStore; onClose(): void }) {
  return (
    <div class="card" lang={uiLanguage()} tabIndex={-1} role="dialog" aria-modal="false" aria-labelledby="gloss-passage-title">
      <div class="toolbar">
        <button type="button" class="icon" aria-label={t.close()} title={t.close()} onClick={onClose}>
          ×
        </button>
      </div>
      <h2 id="gloss-passage-title" class="passage-title">
        {t.passageNoteTitle()}
      </h2>
      <blockquote class="passage-quote">{quote.length > 400 ? `${quote.slice(0, 400)}…` : quote}</blockquote>
      <NoteEditor store={store} id="gloss-passage-note" label={t.yourNote()} placeholder={t.passageNotePlaceholder()} autoFocus />
    </div>
  );
}
