/**
 * The context card: one dialog for a highlighted sentence. Shows its best-matching claim, and
 * lets the reader switch to the other claims the sentence makes and to related claims.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ShownClaim as Claim } from '@/lib/packs/shown-claim';
import type { SentenceMatch } from '@/lib/match/matcher';
import type { CardApi } from './card-api';
import { ClaimActions } from './ClaimActions';
import { ClaimHead, ClaimSections, isTextOnly } from './ClaimDetails';
import { NoteEditor, type NoteStore } from './NoteEditor';
import { SeenElsewhere } from './SeenElsewhere';
import { WhyMatched } from './WhyMatched';
import { relationText, t, uiLanguage } from '@/lib/i18n/strings';
import { formatPeriod } from '@/lib/i18n/dates';
import { periodOf } from '@/lib/match/event-date';

export interface ClaimCardProps {
  /** The highlighted sentence and its matches, best first. */
  sentence: { text: string; matches: SentenceMatch[] };
  api: CardApi;
  onClose(): void;
  pinned?: boolean;
  onTogglePin?(): void;
}

type Loaded = { state: 'loading' } | { state: 'failed'; error: string } | { state: 'ready' };

export function ClaimCard({ sentence, api, onClose, pinned = false, onTogglePin }: ClaimCardProps) {
  const matchedIds = sentence.matches.map((m) => m.claimId);
  const [claims, setClaims] = useState(new Map<string, Claim>());
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [shownId, setShownId] = useState(matchedIds[0]);
  const key = matchedIds.join(' ');

  const load = async (ids: string[]) => {
    const missing = ids.filter((id) => !claims.has(id));
    if (missing.length === 0) return;
    const more = await api.loadClaims(missing);
    setClaims((old) => new Map([...old, ...more.map((c) => [c.id, c] as const)]));
  };

  useEffect(() => {
    let live = true;
    setLoaded({ state: 'loading' });
    setShownId(matchedIds[0]);
    api.loadClaims(matchedIds).then(
      (found) => {
        if (!live) return;
        setClaims(new Map(found.map((c) => [c.id, c])));
        setLoaded(found.length ? { state: 'ready' } : { state: 'failed', error: 'unknown claim' });
      },
      (error: Error) => live && setLoaded({ state: 'failed', error: error.message }),
    );
    return () => {
      live = false;
    };
  }, [key]);

  const claim = loaded.state === 'ready' ? (claims.get(shownId) ?? claims.get(matchedIds[0])) : undefined;
  const match = sentence.matches.find((m) => m.claimId === claim?.id);
  const others = matchedIds.filter((id) => id !== claim?.id && claims.has(id));

  useEffect(() => {
    if (claim?.related.length) load(claim.related).catch(() => {});
  }, [claim?.id]);

  return (
    <div
      class="card"
      lang={uiLanguage()}
      tabIndex={-1}
      role="dialog"
      aria-modal="false"
      aria-label={claim ? undefined : t.cardLabel()}
      aria-labelledby={claim ? 'gloss-title' : undefined}
    >
      {loaded.state === 'loading' && <p class="status">{t.loading()}</p>}
      {loaded.state === 'failed' && <p class="status error">{t.loadFailed(loaded.error)}</p>}
      {claim && (
        <>
          {match && <RelationLine match={match} claim={claim} />}
          <article class="claim">
            {/* A tentative match shows no verdict chip at first sight: the claim may not be this sentence's. */}
            <ClaimHead claim={claim} titleId="gloss-title" showBadge={!match || match.firm} />
            {/* The reader's own moves come next, so the first two Tabs reach the note and "Not this claim". */}
            <ClaimNoteEditor key={claim.id} claimId={claim.id} api={api} />
            <ClaimActions key={`actions-${claim.id}`} claimId={claim.id} dismissIds={matchedIds} api={api} />
            {!isTextOnly(claim) && <ClaimSections claim={claim} />}
          </article>
          {match && <WhyMatched sentence={sentence.text} match={match} />}
          {api.historySummary && <SeenElsewhere key={`seen-${claim.id}`} claimId={claim.id} api={api} />}
          <ClaimLinks heading={t.alsoInSentence()} ids={others} claims={claims} onChoose={setShownId} />
          <ClaimLinks heading={t.related()} ids={claim.related.filter((id) => claims.has(id))} claims={claims} onChoose={setShownId} />
        </>
      )}
      {/* Last in the focus order, first to the eye: the corner buttons are placed by CSS, and Esc closes anyway. */}
      <div class="toolbar">
        {onTogglePin && (
          <button
            type="button"
            class="icon"
            aria-pressed={pinned}
            aria-label={pinned ? t.unpin() : t.pin()}
            title={pinned ? t.unpin() : t.pin()}
            onClick={onTogglePin}
          >
            <PinIcon />
          </button>
        )}
        <button type="button" class="icon" aria-label={t.close()} title={t.close()} onClick={onClose}>
          ×
        </button>
      </div>
    </div>
  );
}

/** How the sentence treats the claim; for a tentative match, why it is only possibly this claim. */
function RelationLine({ match, claim }: { match: SentenceMatch; claim: Claim }) {
  if (match.otherEvent && claim.match.when)
    return (
      <p class="relation" data-relation="other-event">
        {t.otherEvent(formatPeriod(match.otherEvent), formatPeriod(periodOf(claim.match.when)))}
      </p>
    );
  return (
    <p class="relation" data-relation={match.firm ? match.relation : 'possibly'}>
      {match.firm ? relationText(match.relation) : t.possiblyRelated()}
    </p>
  );
}

function ClaimNoteEditor({ claimId, api }: { claimId: string; api: CardApi }) {
  const store = useMemo<NoteStore>(
    () => ({
      load: () => api.loadNote(claimId),
      save: (text, base) => api.saveNote(claimId, text, base),
      remove: () => api.deleteNote(claimId),
      subscribe: api.subscribeNotes,
    }),
    [claimId, api],
  );
  return <NoteEditor store={store} />;
}

function ClaimLinks({ heading, ids, claims, onChoose }: { heading: string; ids: string[]; claims: Map<string, Claim>; onChoose(id: string): void }) {
  if (ids.length === 0) return null;
  return (
    <nav class="others" aria-label={heading}>
      <h3>{heading}</h3>
      <ul>
        {ids.map((id) => (
          <li key={id}>
            <button type="button" class="link" onClick={() => onChoose(id)}>
              {claims.get(id)!.title}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Drawn rather than an emoji: not every system has a font with one. */
function PinIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M10.6 1.2a1 1 0 0 1 1.4 0l2.8 2.8a1 1 0 0 1 0 1.4l-1.1 1.1a1 1 0 0 1-1 .25l-2.3 2.3.4 2.6a1 1 0 0 1-.28.86l-.6.6a1 1 0 0 1-1.4 0L6.3 10.9l-3.6 3.6-1.2-1.2 3.6-3.6-2.2-2.2a1 1 0 0 1 0-1.4l.6-.6a1 1 0 0 1 .86-.28l2.6.4 2.3-2.3a1 1 0 0 1 .25-1z"
      />
    </svg>
  );
}
