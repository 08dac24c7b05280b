/**
 * A pack claim known only by its text, as the card shows it: the claim, who made it, and what
 * each fact-checker said, in their own words, with their name, date and link. The badge is
 * Gloss's small scale for the strictest of them; the words are theirs.
 */
import type { PackOrigin, ShownClaim } from '@/lib/packs/shown-claim';
import { formatDate } from '@/lib/i18n/dates';
import { ratingText, tp } from '@/lib/i18n/pack-strings';

/** A pack is untrusted input: only https addresses become links (prepare-pack checks too). */
const isHttps = (url: string) => {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
};

export function PackClaimHead({ claim, pack, titleId, showBadge = true }: { claim: ShownClaim; pack: PackOrigin; titleId: string; showBadge?: boolean }) {
  // The claim's language is the fact-checks' when they say; otherwise unknown (""), not the UI's.
  const lang = pack.reviews.find((r) => r.language)?.language ?? '';
  return (
    <>
      <h2 id={titleId} class="title" lang={lang}>
        {claim.title}
      </h2>
      {pack.claimant && <p class="claimant">{tp.claimedBy(pack.claimant)}</p>}
      {showBadge && (
        <p class="verdict">
          <span class={`badge verdict-${claim.verdict.label}`}>{ratingText(pack.rating)}</span>
        </p>
      )}
      {pack.reviews.length > 0 && (
        <section class="fact-checks" aria-label={tp.factChecks()}>
          <h3>{tp.factChecks()}</h3>
          <ul>
            {pack.reviews.map((review) => (
              <li key={review.url}>
                {isHttps(review.url) ? (
                  <a href={review.url} target="_blank" rel="noopener noreferrer">
                    {review.publisher}
                  </a>
                ) : (
                  review.publisher
                )}
                : <q lang={review.language ?? lang}>{review.rating || ratingText(review.verdict)}</q>
                {review.date && (
                  <>
                    {' '}
                    · <time dateTime={review.date}>{formatDate(review.date)}</time>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p class="provenance">{tp.provenance(pack.packName, pack.packSource)}</p>
    </>
  );
}
