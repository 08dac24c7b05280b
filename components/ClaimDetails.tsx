/** A claim as the reader sees it: title, statement, verdict, date, dated context, perspectives. */
import type { Claim } from '@/lib/data/schema';
import { newestDate } from '@/lib/data/claim-dates';
import { Perspectives } from './Perspectives';
import { SourceLink } from './SourceLink';
import { formatDate, t, verdictText } from '@/lib/i18n/strings';

/** Context older than this gets a gentle notice: the world may have moved on. */
export const STALE_AFTER_DAYS = 183;

export function isStale(asOf: string, now = Date.now()): boolean {
  return now - Date.parse(`${asOf}T00:00:00Z`) > STALE_AFTER_DAYS * 86_400_000;
}

export function ClaimDetails({ claim, titleId, now, showBadge = true }: { claim: Claim; titleId: string; now?: number; showBadge?: boolean }) {
  const newest = newestDate(claim);
  const later = [...claim.sinceThen].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <article class="claim">
      <h2 id={titleId} class="title">
        {claim.title}
      </h2>
      <p class="statement">{claim.statement}</p>
      <p class="verdict">
        {showBadge && (
          <>
            <span class={`badge verdict-${claim.verdict.label}`}>{verdictText(claim.verdict.label)}</span>{' '}
          </>
        )}
        <span class="reason">{claim.verdict.reason}</span>
      </p>
      {/* One date line: the card's date, and a gentle word when even its newest item is old. */}
      <p class="as-of">
        {t.asOf(formatDate(claim.asOf))}
        {isStale(newest, now) && <span class="stale"> · {t.staleNotice()}</span>}
      </p>

      <h3>{t.context()}</h3>
      <ul class="context">
        {claim.context.map((item, i) => (
          <li key={i}>
            {item.text} <SourceLink source={item.source} />
          </li>
        ))}
      </ul>

      {later.length > 0 && (
        <>
          <h3>{t.sinceThen()}</h3>
          <ul class="since-then">
            {later.map((item, i) => (
              <li key={i}>
                <time class="when" dateTime={item.date}>
                  {formatDate(item.date)}
                </time>{' '}
                {item.text} <SourceLink source={item.source} />
              </li>
            ))}
          </ul>
        </>
      )}

      <Perspectives perspectives={claim.perspectives} />
    </article>
  );
}
