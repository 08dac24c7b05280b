/**
 * The claims a page holds, as the reader sees them: its findings without the claims the reader
 * dismissed here or hid everywhere, and the popup's summary of them (counts, how the page treats
 * each claim, and the suppressed ones for undo).
 */
import type { ShownClaim as Claim } from '../packs/shown-claim';
import type { Relation } from '../match/relation';
import type { PageStatus } from '../messages/responses';
import type { Suppressed } from '../store/suppressions';
import type { Finding } from './find-claims';

/** Findings without the suppressed claims; a sentence left with no claim is not shown. */
export function visibleFindings(findings: Finding[], suppressed: Suppressed): Finding[] {
  const off = new Set([...suppressed.dismissed, ...suppressed.hidden]);
  return findings.map((f) => ({ ...f, matches: f.matches.filter((m) => !off.has(m.claimId)) })).filter((f) => f.matches.length > 0);
}

/**
 * The popup's view of the page's claims. Counted from the findings, not from the highlights: the
 * same once they are drawn, and right while they are drawn or when the reader turned them off.
 */
export function pageClaims(
  findings: Finding[],
  suppressed: Suppressed,
  claimOf: (id: string) => Claim | undefined,
): Pick<PageStatus, 'claims' | 'dismissed' | 'hidden'> {
  const titled = (id: string) => ({ id, title: claimOf(id)?.title ?? id });
  const onPage = new Set(findings.flatMap((f) => f.matches.map((m) => m.claimId)));
  const counts = new Map<string, number>();
  for (const f of visibleFindings(findings, suppressed)) for (const m of f.matches) counts.set(m.claimId, (counts.get(m.claimId) ?? 0) + 1);
  return {
    claims: [...counts].map(([id, count]) => {
      const pack = claimOf(id)?.pack;
      const rating = pack && !pack.full ? { rating: pack.rating } : {};
      return { ...titled(id), verdict: claimOf(id)?.verdict.label ?? '', ...rating, count, relation: pageRelation(findings, id) };
    }),
    dismissed: suppressed.dismissed.filter((id) => onPage.has(id)).map(titled),
    hidden: suppressed.hidden.filter((id) => onPage.has(id)).map(titled),
  };
}

/** How the page treats a claim across its sentences: it makes it if any sentence does, else reports it, else disputes it. */
function pageRelation(findings: Finding[], claimId: string): Relation {
  const relations = new Set(findings.flatMap((f) => f.matches.filter((m) => m.claimId === claimId).map((m) => m.relation)));
  return relations.has('asserts') ? 'asserts' : relations.has('reports') ? 'reports' : relations.has('disputes') ? 'disputes' : 'asserts';
}
