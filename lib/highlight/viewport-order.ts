/**
 * The order a long page's findings are highlighted in: those near the viewport first, so what the
 * reader sees is marked within a frame or two, then the rest in document order.
 */
import type { Finding } from '../page/find-claims';

/** Below this many findings, all of them are wrapped within a few frames: plain document order. */
export const VIEWPORT_FIRST_MIN = 64;

/**
 * `findings` (in document order) reordered: those whose blocks lie within a viewport's height of
 * the visible part first. Blocks are assumed to run down the page in document order, so two
 * binary searches with a few dozen layout reads find the stretch, instead of measuring every block.
 * Reads layout once, before any write: call it before wrapping starts.
 */
export function viewportFirst(findings: readonly Finding[]): readonly Finding[] {
  const view = globalThis.innerHeight;
  if (findings.length < VIEWPORT_FIRST_MIN || typeof view !== 'number' || view <= 0) return findings;
  const rects = new Map<Element, DOMRect>();
  const rect = (i: number) => {
    const el = findings[i].block.element;
    let r = rects.get(el);
    if (!r) rects.set(el, (r = el.getBoundingClientRect()));
    return r;
  };
  const from = firstIndex(findings.length, (i) => rect(i).bottom >= -view);
  const to = firstIndex(findings.length, (i) => i >= from && rect(i).top > 2 * view);
  if (from === 0 && to === findings.length) return findings;
  return [...findings.slice(from, to), ...findings.slice(0, from), ...findings.slice(to)];
}

/** The first index in [0, n) where `test` holds, for a `test` false then true; n if never. */
function firstIndex(n: number, test: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
