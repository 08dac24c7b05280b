/**
 * One scan's drawing. Findings handed over as they come (a long page's parts, then all of them)
 * are drawn one pass after another, each writing in frames of its own, never two at once; the
 * first pass replaces the last scan's highlights, later ones draw only what is not drawn yet.
 */
import type { Finding } from '@/lib/page/find-claims';

export interface ScanDrawingSteps {
  /** Readies what drawing `found` needs (their claims' labels, the reader's suppressions). */
  prepare(found: Finding[]): Promise<unknown>;
  /** Takes `found` as the scan's findings so far, then draws: all of them, or `fresh` beside those drawn. */
  draw(found: Finding[], fresh: Finding[] | 'all'): Promise<void>;
}

export interface ScanDrawing {
  /** Draws what of the scan's findings so far (all, in document order) is not drawn yet. */
  show(found: Finding[]): Promise<void>;
  /** Draws a part found before the whole page is matched (find-claims.ts's EarlyFindings). */
  early(part: Finding[]): Promise<void>;
}

export function createScanDrawing({ prepare, draw }: ScanDrawingSteps, signal: AbortSignal): ScanDrawing {
  const shown = new Set<Finding>();
  let drawing = Promise.resolve();
  let earlyParts: Finding[] = [];
  const show = (found: Finding[]) =>
    (drawing = drawing.then(async () => {
      await prepare(found);
      if (signal.aborted) return;
      const fresh = found.filter((f) => !shown.has(f));
      const first = shown.size === 0;
      for (const f of fresh) shown.add(f);
      await draw(found, first ? 'all' : fresh);
    }));
  return {
    show,
    early: (part) => (part.length ? show((earlyParts = [...earlyParts, ...part])) : Promise.resolve()),
  };
}
