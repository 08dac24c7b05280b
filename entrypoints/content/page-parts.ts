/**
 * The card and the passage notes of a page, each given the requests it makes to the background.
 * Kept apart from the wiring so that `gloss-page.ts` reads as what happens, not how to ask.
 */
import { request } from '@/lib/messages/client';
import { LazyCard, type PageCard } from './lazy-card';
import { PassageNotes } from './passage-notes';

/** Editors and markers that want to know when notes change elsewhere (another tab). */
export function createNoteListeners() {
  const listeners = new Set<() => void>();
  return {
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    notify() {
      for (const listener of listeners) listener();
    },
  };
}

const titleOfPage = () => document.title.slice(0, 1000);

export function createCard(pageUrl: () => string, subscribeNotes: (listener: () => void) => () => void): LazyCard {
  const loadCode = async () => {
    if (!(await request({ type: 'page/card' })).loaded) throw new Error('the background did not inject the card');
  };
  return new LazyCard(
    {
      loadClaims: (ids) => request({ type: 'claims/get', ids }),
      loadNote: (claimId) => request({ type: 'note/get', claimId }),
      saveNote: (claimId, text, baseUpdatedAt) => request({ type: 'note/save', claimId, text, baseUpdatedAt, url: pageUrl(), title: titleOfPage() }),
      deleteNote: (claimId) => request({ type: 'note/delete', claimId }).then(() => undefined),
      subscribeNotes,
      historySummary: (claimId) => request({ type: 'history/summary', claimId, url: pageUrl() }),
      openHistory: (claimId) => request({ type: 'options/open', claimId }).then(() => undefined),
      setDismissed: (claimId, dismissed) => request({ type: 'dismissal/set', url: pageUrl(), claimId, dismissed }).then(() => undefined),
      setHidden: (claimId, hidden) => request({ type: 'hidden/set', claimId, hidden }).then(() => undefined),
    },
    loadCode,
  );
}

export function createPassageNotes(deps: {
  card: PageCard;
  pageUrl: () => string;
  quiet: <T>(work: () => T) => T;
  subscribeNotes: (listener: () => void) => () => void;
  signal: AbortSignal;
}): PassageNotes {
  return new PassageNotes({
    card: deps.card,
    pageUrl: deps.pageUrl,
    quiet: deps.quiet,
    save: (note, baseUpdatedAt) =>
      request({
        type: 'passage/save',
        id: note.id,
        url: note.url,
        title: note.title.slice(0, 1000),
        quote: note.quote,
        position: note.position,
        text: note.text,
        baseUpdatedAt,
      }),
    remove: (id, url) => request({ type: 'passage/delete', id, url }).then(() => undefined),
    reportPlacement: (url, placed, orphaned) => request({ type: 'passage/placed', url, placed, orphaned }).then(() => undefined),
    subscribe: deps.subscribeNotes,
    signal: deps.signal,
  });
}
