/**
 * Notes on passages of this page: written on the reader's selection, placed again on each visit
 * (lib/notes/anchor.ts), shown as a tint (a CSS Custom Highlight: no element at all) and a
 * marker right after the passage's last character (note-marker.ts; taking it out is exact).
 */
import { anchorPassage } from '@/lib/notes/anchor';
import { indexText, rangeOf } from '@/lib/text/dom-text';
import { forEachInSlices } from '@/lib/util/cooperate';
import type { PassageNote } from '@/lib/store/types';
import type { NoteStore } from '@/components/NoteEditor';
import { NOTE_MARKER_TAG, PASSAGE_HIGHLIGHT_NAME as HIGHLIGHT_NAME } from '@/lib/dom/names';
import type { PageCard } from './lazy-card';
import { createMarker, insertMarker, onMarkerActivated, removeMarker } from './note-marker';
import { noteOnPassage, passageFromSelection } from './selection-passage';

export { NOTE_MARKER_TAG };

export interface PassageNotesDeps {
  card: PageCard;
  pageUrl(): string;
  /** Runs our own DOM changes without the page watcher seeing them. */
  quiet<T>(change: () => T): T;
  save(note: Pick<PassageNote, 'id' | 'url' | 'title' | 'quote' | 'position' | 'text'>, baseUpdatedAt: number | null): ReturnType<NoteStore['save']>;
  remove(id: string, url: string): Promise<void>;
  reportPlacement(url: string, placed: string[], orphaned: string[]): Promise<void>;
  subscribe(listener: () => void): () => void;
  signal: AbortSignal;
}

interface Placed {
  note: PassageNote;
  range: Range;
  marker: HTMLElement;
}

export class PassageNotes {
  #placed = new Map<string, Placed>();
  #orphans: PassageNote[] = [];
  /** A note being written whose first save has not happened yet: its marker is provisional. */
  #draft: Placed | null = null;
  /** Counts `place`/`clear` calls, so a slow placing can tell it was superseded. */
  #pass = 0;

  constructor(private readonly deps: PassageNotesDeps) {
    deps.signal.addEventListener('abort', () => this.clear());
    onMarkerActivated((noteId, byKeyboard) => this.open(noteId, byKeyboard), deps.signal);
  }

  get orphans(): { id: string; quote: string; text: string }[] {
    return this.#orphans.map((n) => ({ id: n.id, quote: n.quote.exact, text: n.text }));
  }

  get placedIds(): string[] {
    return [...this.#placed.keys()];
  }

  /** Markers the page took out (a re-rendered paragraph): the notes are placed again. */
  get disturbed(): boolean {
    return [...this.#placed.values()].some((p) => !p.marker.isConnected);
  }

  /**
   * Places `notes`, in slices that yield to the page (a fuzzy search costs about 0.1 ms a note;
   * a page with thousands of notes must not freeze). A newer call or `clear` stops an older one.
   */
  async place(notes: PassageNote[], url = this.deps.pageUrl()): Promise<number> {
    const started = performance.now();
    // A note being written and not saved yet is in no list: it keeps its marker.
    const draft = this.#draft;
    this.clear();
    const pass = this.#pass;
    if (draft?.range.toString()) {
      this.#insert(draft);
      this.#draft = draft;
    }
    if (notes.length === 0) {
      this.#paint();
      return 0;
    }
    const index = indexText(document.body);
    const current = new AbortController();
    const finished = await forEachInSlices(
      notes,
      (note) => {
        if (pass !== this.#pass) return current.abort();
        if (note.id === draft?.note.id) return;
        const found = anchorPassage(index.text, note.quote, note.position);
        const range = found && rangeOf(index, found.start, found.end);
        if (range) this.#show(note, range);
        else this.#orphans.push(note);
      },
      current.signal,
    );
    if (!finished || pass !== this.#pass) return 0;
    this.#paint();
    const orphaned = this.#orphans.map((n) => n.id);
    void this.deps.reportPlacement(url, this.placedIds, orphaned).catch(() => {});
    return performance.now() - started;
  }

  /** Starts a note on the reader's selection; false when nothing usable is selected. */
  addFromSelection(reattachId?: string): boolean {
    const selection = getSelection();
    const passage = passageFromSelection(selection, (node) => this.deps.card.contains(node));
    if (!selection || !passage) return false;
    const { quote, position, range } = passage;
    const existing = reattachId ? this.#orphans.find((n) => n.id === reattachId) : undefined;
    const note = noteOnPassage({ quote, position }, this.deps.pageUrl(), existing);
    if (existing) {
      this.#orphans = this.#orphans.filter((n) => n !== existing);
      // Saved at once with its new place (the text is unchanged), then opened for editing.
      void this.deps.save(note, existing.updatedAt).then(({ note: saved }) => saved && this.#replace(saved as PassageNote));
    }
    selection.removeAllRanges();
    const placed = this.#show(note, range);
    this.#paint();
    if (!existing) this.#draft = placed;
    this.open(note.id, true);
    return true;
  }

  open(id: string, focus: boolean): void {
    const placed = this.#placed.get(id);
    if (!placed) return;
    this.deps.card.open(placed.marker, { noteId: placed.note.id, quote: placed.note.quote.exact, store: this.#storeFor(placed) }, { focus });
  }

  /** Takes every marker and tint out of the page (and stops a placing under way). */
  clear(): void {
    this.#pass++;
    this.deps.quiet(() => {
      for (const { marker } of [...this.#placed.values()].reverse()) removeMarker(marker);
    });
    this.#placed.clear();
    this.#orphans = [];
    this.#draft = null;
    CSS.highlights?.delete(HIGHLIGHT_NAME);
  }

  #show(note: PassageNote, range: Range): Placed {
    const placed = { note, range, marker: createMarker(note.id) };
    this.#insert(placed);
    return placed;
  }

  #insert(placed: Placed): void {
    insertMarker(placed.range, placed.marker, this.deps.quiet);
    this.#placed.set(placed.note.id, placed);
  }

  #paint(): void {
    if (!CSS.highlights) return;
    CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(...[...this.#placed.values()].map((p) => p.range)));
  }

  #replace(note: PassageNote): void {
    const placed = this.#placed.get(note.id);
    if (placed) placed.note = note;
  }

  #storeFor(placed: Placed): NoteStore {
    return {
      load: async () => (placed.note.updatedAt ? placed.note : null),
      save: async (text, base) => {
        const result = await this.deps.save({ ...placed.note, text }, base);
        if (result.note) {
          // Saved as the card closed, after its provisional marker was discarded: show it again.
          if (!this.#placed.has(placed.note.id) && placed.range.toString()) {
            this.#insert(placed);
            this.#paint();
          }
          this.#replace(result.note as PassageNote);
          if (this.#draft === placed) this.#draft = null;
        } else this.#drop(placed.note.id);
        return result;
      },
      remove: async () => {
        await this.deps.remove(placed.note.id, placed.note.url);
        this.#drop(placed.note.id);
        this.deps.card.close({ restoreFocus: false });
      },
      subscribe: this.deps.subscribe,
    };
  }

  #drop(id: string): void {
    const placed = this.#placed.get(id);
    if (!placed) return;
    this.deps.quiet(() => removeMarker(placed.marker));
    this.#placed.delete(id);
    this.#paint();
  }

  /** The card closed on a note never saved (nothing typed): its provisional marker goes. */
  discardDraft(): void {
    if (this.#draft && !this.#draft.note.updatedAt) this.#drop(this.#draft.note.id);
    this.#draft = null;
  }
}
