/**
 * "Not this claim" (this page) and "Hide everywhere", each with an undo. "Not this claim" is the
 * reader saying the highlight is wrong, so it dismisses every claim the highlighted sentence holds
 * (`dismissIds`) and the highlight goes; "Hide everywhere" is about the claim shown.
 */
import { useState } from 'preact/hooks';
import type { CardApi } from './card-api';
import { t } from '@/lib/i18n/strings';

type Done = null | 'dismissed' | 'hidden';

export function ClaimActions({ claimId, dismissIds = [claimId], api }: { claimId: string; dismissIds?: string[]; api: CardApi }) {
  const [done, setDone] = useState<Done>(null);
  const [error, setError] = useState<string | null>(null);

  const act = async (next: Done) => {
    setError(null);
    try {
      if (next === 'dismissed' || done === 'dismissed') for (const id of dismissIds) await api.setDismissed(id, next === 'dismissed');
      if (next === 'hidden' || done === 'hidden') await api.setHidden(claimId, next === 'hidden');
      setDone(next);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <div class="actions">
      {done === null ? (
        <>
          <button type="button" class="secondary" onClick={() => act('dismissed')}>
            {dismissIds.length > 1 ? t.dismissAllHere() : t.dismissHere()}
          </button>
          <button type="button" class="secondary" onClick={() => act('hidden')}>
            {t.hideEverywhere()}
          </button>
        </>
      ) : (
        <p role="status">
          {done === 'dismissed' ? t.dismissedHere() : t.hiddenEverywhere()}{' '}
          <button type="button" class="link" onClick={() => act(null)}>
            {t.undo()}
          </button>
        </p>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
