/**
 * "Where I met this claim", in the card: how many other pages and since when. The pages
 * themselves are listed only in Gloss's own page, as the card lives inside someone else's page.
 */
import { useEffect, useState } from 'preact/hooks';
import type { CardApi, HistorySummary } from './card-api';
import { t } from '@/lib/i18n/strings';

export function SeenElsewhere({ claimId, api }: { claimId: string; api: CardApi }) {
  const [summary, setSummary] = useState<HistorySummary | null>(null);
  useEffect(() => {
    let live = true;
    api.historySummary?.(claimId).then(
      (s) => live && setSummary(s),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [claimId]);
  if (!summary?.enabled || summary.otherPages === 0 || summary.firstSeen === null) return null;
  return (
    <p class="seen-elsewhere">
      {t.seenElsewhere(summary.otherPages, new Date(summary.firstSeen).toLocaleDateString())}{' '}
      {api.openHistory && (
        <button type="button" class="link" onClick={() => void api.openHistory!(claimId)}>
          {t.seenWhere()}
        </button>
      )}
    </p>
  );
}
