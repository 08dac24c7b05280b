/**
 * The context card: one dialog for a highlighted sentence. Shows its best-matching claim and
 * lets the reader switch to the others the same sentence makes.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Claim } from '@/lib/data/schema';
import type { CardApi } from './card-api';
import { ClaimDetails } from './ClaimDetails';
import { NoteEditor } from './NoteEditor';
import { t } from './strings';

export interface ClaimCardProps {
  claimIds: string[];
  api: CardApi;
  onClose(): void;
}

type Loaded = { state: 'loading' } | { state: 'failed'; error: string } | { state: 'ready'; claims: Claim[] };

export function ClaimCard({ claimIds, api, onClose }: ClaimCardProps) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [shownId, setShownId] = useState(claimIds[0]);
  const key = claimIds.join(' ');

  useEffect(() => {
    let live = true;
    setLoaded({ state: 'loading' });
    setShownId(claimIds[0]);
    api.loadClaims(claimIds).then(
      (claims) => live && setLoaded(claims.length ? { state: 'ready', claims } : { state: 'failed', error: 'unknown claim' }),
      (error: Error) => live && setLoaded({ state: 'failed', error: error.message }),
    );
    return () => {
      live = false;
    };
  }, [key]);

  const claim = loaded.state === 'ready' ? (loaded.claims.find((c) => c.id === shownId) ?? loaded.claims[0]) : null;
  const others = loaded.state === 'ready' ? loaded.claims.filter((c) => c !== claim) : [];

  return (
    <div class="card" tabIndex={-1} role="dialog" aria-modal="false" aria-label={claim ? undefined : t.cardLabel} aria-labelledby={claim ? 'gloss-title' : undefined}>
      <button type="button" class="close" aria-label={t.close} onClick={onClose}>
        ×
      </button>
      {loaded.state === 'loading' && <p class="status">{t.loading}</p>}
      {loaded.state === 'failed' && <p class="status error">{t.loadFailed(loaded.error)}</p>}
      {claim && (
        <>
          <ClaimDetails claim={claim} titleId="gloss-title" />
          <NoteEditor key={claim.id} claimId={claim.id} api={api} />
          {others.length > 0 && (
            <nav class="others" aria-label={t.alsoInSentence}>
              <p>{t.alsoInSentence}</p>
              <ul>
                {others.map((other) => (
                  <li key={other.id}>
                    <button type="button" class="link" onClick={() => setShownId(other.id)}>
                      {other.title}
                    </button>
                  </li>
                ))}
              </ul>
            </nav>
          )}
        </>
      )}
    </div>
  );
}
