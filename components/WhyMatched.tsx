/** "Why this matched": the sentence with the words that matched the claim marked, and the score in words. */
import type { SentenceMatch } from '@/lib/match/matcher';
import { t } from '@/lib/i18n/strings';

export function WhyMatched({ sentence, match }: { sentence: string; match: SentenceMatch }) {
  const parts: preact.ComponentChildren[] = [];
  let at = 0;
  match.spans.forEach((span, i) => {
    if (span.start < at) return; // overlapping terms: the first one marked wins
    parts.push(sentence.slice(at, span.start), <mark key={i}>{sentence.slice(span.start, span.end)}</mark>);
    at = span.end;
  });
  parts.push(sentence.slice(at));
  return (
    <details class="why">
      <summary>{t.whyMatched()}</summary>
      <p>{t.whyMatchedText(match.score)}</p>
      <blockquote>{parts}</blockquote>
    </details>
  );
}
