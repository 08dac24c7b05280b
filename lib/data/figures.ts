import type { Claim } from './schema';

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
  };
}
