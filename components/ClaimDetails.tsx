/** A claim as the reader sees it: title, statement, verdict, dated context, perspectives. */
import type { Claim, Source } from '@/lib/data/schema';
import { VERDICT_TEXT, VIEWPOINT_TEXT, formatDate, t } from './strings';

export function ClaimDetails({ claim, titleId }: { claim: Claim; titleId: string }) {
  return (
    <article class="claim">
      <h2 id={titleId} class="title">
        {claim.title}
      </h2>
      <p class="statement">{claim.statement}</p>
      <p class="verdict">
        <span class={`badge verdict-${claim.verdict.label}`}>{VERDICT_TEXT[claim.verdict.label]}</span>{' '}
        <span class="reason">{claim.verdict.reason}</span>
      </p>
      <p class="as-of">{t.asOf(formatDate(claim.asOf))}</p>

      <h3>{t.context}</h3>
      <ul class="context">
        {claim.context.map((item, i) => (
          <li key={i}>
            {item.text} <SourceLink source={item.source} />
          </li>
        ))}
      </ul>

      <h3>{t.perspectives}</h3>
      <ul class="perspectives">
        {claim.perspectives.map((p, i) => (
          <li key={i} class="perspective">
            <p class="side">
              <strong>{VIEWPOINT_TEXT[p.viewpoint]}</strong> · {p.speaker}
            </p>
            <p>
              {p.summary} <SourceLink source={p.source} />
            </p>
          </li>
        ))}
      </ul>
    </article>
  );
}

/** A source as "Publisher, 4 Sept 2025"; the link opens in a new tab and never tells the site where the reader came from. */
function SourceLink({ source }: { source: Source }) {
  // The schema only admits https URLs; checking again here keeps a bad record from ever becoming a javascript: link.
  const safe = source.url.startsWith('https://');
  return (
    <span class="source">
      (
      {safe ? (
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
