/** A claim as the reader sees it: title, statement, verdict, date, dated context, perspectives. */
import type { Claim } from '@/lib/data/schema';
import type { ShownClaim } from '@/lib/packs/shown-claim';
import { tp } from '@/lib/i18n/pack-strings';
import { PackClaimHead } from './PackClaimHead';
import { newestDate } from '@/lib/data/claim-dates';
import { DATASET_LANGUAGE } from '@/lib/data/schema';
import { summary } from 'virtual:gloss/summary';
import { Perspectives } from './Perspectives';
import { SourceLink } from './SourceLink';
import { t, verdictText } from '@/lib/i18n/strings';
import { formatDate } from '@/lib/i18n/dates';

/** Context older than this gets a gentle notice: the world may have moved on. */
export const STALE_AFTER_DAYS = 183;

export function isStale(asOf: string, now = Date.now()): boolean {
  return now - Date.parse(`${asOf}T00:00:00Z`) > STALE_AFTER_DAYS * 86_400_000;
}

interface DetailsProps {
  claim: ShownClaim;
  titleId: string;
  now?: number;
  showBadge?: boolean;
}

/** A pack claim known only by its text: no context or perspectives to show, only its fact-checks. */
export const isTextOnly = (claim: ShownClaim) => claim.pack !== undefined && !claim.pack.full;

/** The whole claim: its head, then its sections. */
export function ClaimDetails(props: DetailsProps) {
  return (
    <article class="claim">
      <ClaimHead {...props} />
      {!isTextOnly(props.claim) && <ClaimSections claim={props.claim} />}
    </article>
  );
}

/** What the card shows at first sight: the claim, its verdict and the verdict's reason, one date line. */
export function ClaimHead({ claim, titleId, now, showBadge = true }: DetailsProps) {
  if (claim.pack && !claim.pack.full) return <PackClaimHead claim={claim} pack={claim.pack} titleId={titleId} showBadge={showBadge} />;
  const newest = newestDate(claim);
  return (
    <>
      <h2 id={titleId} class="title" lang={DATASET_LANGUAGE}>
        {claim.title}
      </h2>
      <p class="statement" lang={DATASET_LANGUAGE}>
        {claim.statement}
      </p>
      <p class="verdict">
        {showBadge && (
          <>
            <span class={`badge verdict-${claim.verdict.label}`}>{verdictText(claim.verdict.label)}</span>{' '}
          </>
        )}
        <span class="reason" lang={DATASET_LANGUAGE}>
          {claim.verdict.reason}
        </span>
      </p>
      {/* Who judged, and on what: the reader should not have to guess whose verdict this is. */}
      <p class="provenance">
        {claim.pack ? tp.provenance(claim.pack.packName, claim.pack.packSource) : t.verdictProvenance(summary.edition.replaceAll('-', '.'))}
      </p>
      {/* One date line: the card's date, and a gentle word when even its newest item is old. */}
      <p class="as-of">
        {t.asOf(formatDate(claim.asOf))}
        {isStale(newest, now) && <span class="stale"> · {t.staleNotice()}</span>}
      </p>
    </>
  );
}

/**
 * Context, what happened since, and perspectives, each a section that expands in place: the card
 * stays small, and a keyboard reader does not tab through every source link to reach the note.
 */
export function ClaimSections({ claim }: { claim: Claim }) {
  const later = [...claim.sinceThen].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <>
      <details class="section">
        <summary>
          <h3>{t.context()}</h3>
        </summary>
        <ul class="context" lang={DATASET_LANGUAGE}>
          {claim.context.map((item, i) => (
            <li key={i}>
              {item.text} <SourceLink source={item.source} />
            </li>
          ))}
        </ul>
      </details>

      {later.length > 0 && (
        <details class="section">
          <summary>
            <h3>{t.sinceThen()}</h3>
          </summary>
          <ul class="since-then" lang={DATASET_LANGUAGE}>
            {later.map((item, i) => (
              <li key={i}>
                <time class="when" dateTime={item.date}>
                  {formatDate(item.date)}
                </time>{' '}
                {item.text} <SourceLink source={item.source} />
              </li>
            ))}
          </ul>
        </details>
      )}

      <details class="section">
        <summary>
          <h3>{t.perspectives()}</h3>
        </summary>
        <Perspectives perspectives={claim.perspectives} />
      </details>
    </>
  );
}
