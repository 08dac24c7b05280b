/**
 * Every claim Gloss knows, in the options page: search them, open one as its card shows it, and
 * see where you met it. For readers who want to look a claim up, and for dataset authors.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ClaimLine } from '@/lib/store/dataset';
import { t, verdictText } from '@/lib/i18n/strings';
import { ClaimDetails } from './ClaimDetails';
import { ratingText, tp } from '@/lib/i18n/pack-strings';
import type { ShownClaim } from '@/lib/packs/shown-claim';

/** Lines drawn at once: a pack of 10,000 claims is searched, not scrolled. */
export const MAX_SHOWN_LINES = 200;

export interface ClaimsApi {
  lines(): Promise<ClaimLine[]>;
  claim(id: string): Promise<ShownClaim | undefined>;
}

/** Every word of the query in the claim's title, statement or id, case aside. */
export function matchesQuery(line: ClaimLine, query: string): boolean {
  const haystack = `${line.title}\n${line.statement}\n${line.id}`.toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

export function ClaimsBrowser({ api, onWhere }: { api: ClaimsApi; onWhere(claimId: string): void }) {
  const [lines, setLines] = useState<ClaimLine[] | null>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<ShownClaim | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => void api.lines().then(setLines, (e: Error) => setError(e.message)), []);
  const shown = useMemo(() => (lines ?? []).filter((line) => matchesQuery(line, query)).slice(0, MAX_SHOWN_LINES), [lines, query]);

  const choose = (id: string) =>
    api.claim(id).then(
      (claim) => setOpen(claim ?? null),
      (e: Error) => setError(e.message),
    );

  return (
    <section class="claims-browser" aria-labelledby="claims-heading">
      <h2 id="claims-heading">{t.claimsHeading()}</h2>
      <input
        type="search"
        aria-label={t.claimsSearch()}
        placeholder={t.claimsSearch()}
        value={query}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
      />
      <p class="muted" role="status">
        {lines === null ? t.loading() : t.claimsShown(shown.length, lines.length)}
      </p>
      <ul class="claim-lines">
        {shown.map((line) => (
          <li key={line.id}>
            <button
              type="button"
              class="link"
              aria-expanded={open?.id === line.id}
              onClick={() => (open?.id === line.id ? setOpen(null) : void choose(line.id))}
            >
              {line.title}
            </button>{' '}
            <span class={`badge verdict-${line.verdict}`}>{line.rating ? ratingText(line.rating) : verdictText(line.verdict)}</span>
            {line.pack && <span class="muted"> · {tp.fromPack(line.pack)}</span>}
            {open?.id === line.id && (
              <div class="claim-open">
                <ClaimDetails claim={open} titleId={`claim-${line.id}`} />
                <p>
                  <button type="button" class="link" onClick={() => onWhere(line.id)}>
                    {t.claimsWhere()}
                  </button>
                </p>
              </div>
            )}
          </li>
        ))}
      </ul>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
