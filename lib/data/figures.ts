import type { Claim } from './schema';
import { newestDate } from './claim-dates';

interface MinTotal {
  min: number;
  total: number;
}

/** Coverage figures printed by `npm run data:check`: per-claim minimum and total across claims. */
export function datasetFigures(claims: Claim[]): {
  claims: number;
  contextItems: MinTotal;
  sources: MinTotal;
  perspectives: MinTotal;
  viewpoints: MinTotal;
  /** Distinct source addresses across the whole dataset. */
  distinctSources: number;
  perClaim: ClaimFigures[];
} {
  const figure = (count: (c: Claim) => number): MinTotal => {
    const counts = claims.map(count);
    return { min: counts.length ? Math.min(...counts) : 0, total: counts.reduce((a, b) => a + b, 0) };
  };
  return {
    claims: claims.length,
    contextItems: figure((c) => c.context.length),
    sources: figure((c) => new Set([...c.context, ...c.perspectives].map((i) => i.source.url)).size),
    perspectives: figure((c) => c.perspectives.length),
    viewpoints: figure((c) => new Set(c.perspectives.map((p) => p.viewpoint)).size),
    distinctSources: new Set(claims.flatMap(sourcesOf).map((s) => s.url)).size,
    perClaim: claims.map(claimFigures),
  };
}

/** One claim's balance and review state, for `data:check -- --json`. */
export interface ClaimFigures {
  id: string;
  /** Distinct viewpoints among its perspectives. */
  sides: number;
  perspectives: number;
  /** Whether a named independent analyst, scholar or institution is among them. */
  independent: boolean;
  /** Its cited sources (context, perspectives, since then) with a check outcome recorded, and without. */
  sourcesChecked: number;
  sourcesUnchecked: number;
  /** Its developments after `asOf` ("since then"), and its newest dated item. */
  later: number;
  newest: string;
}

const sourcesOf = (c: Claim) => [...c.context, ...c.perspectives, ...c.sinceThen].map((item) => item.source);

function claimFigures(c: Claim): ClaimFigures {
  const sources = sourcesOf(c);
  const checked = sources.filter((s) => s.check).length;
  return {
    id: c.id,
    sides: new Set(c.perspectives.map((p) => p.viewpoint)).size,
    perspectives: c.perspectives.length,
    independent: c.perspectives.some((p) => p.viewpoint === 'independent-analysts'),
    sourcesChecked: checked,
    sourcesUnchecked: sources.length - checked,
    later: c.sinceThen.length,
    newest: newestDate(c),
  };
}
