/** A source as "(Publisher, 4 Sept 2025)"; the link opens in a new tab and tells the site nothing. */
import type { Source } from '@/lib/data/schema';
import { formatDate } from '@/lib/i18n/dates';

/** Only http(s) addresses become links: a bad record can never become a javascript: link. */
export function isSafeUrl(url: string): boolean {
  try {
    return ['https:', 'http:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

export function SourceLink({ source }: { source: Source }) {
  return (
    <span class="source">
      (
      {isSafeUrl(source.url) ? (
        <a href={source.url} target="_blank" rel="noopener noreferrer" title={source.title}>
          {source.publisher}
        </a>
      ) : (
        source.publisher
      )}
      , <time dateTime={source.date}>{formatDate(source.date)}</time>)
    </span>
  );
}
