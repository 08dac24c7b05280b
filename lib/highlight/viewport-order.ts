/**
 * The order a long page's findings are highlighted in: those near the viewport first, so what the
 * reader sees is marked within a frame or two, then the rest in document order.
 */
import type { Finding } from '../page/find-claims';
import { viewportStretch } from '../dom/viewport-stretch';

/** Below this many findings, all of them are wrapped within a few frames: plain document order. */
export const VIEWPORT_FIRST_MIN = 64;

/**
 * `findings` (in document order) reordered: those whose blocks lie within a viewport's height of
 * the visible part first. Reads layout once, before any write: call it before wrapping starts.
 */
export function viewportFirst(findings: readonly Finding[]): readonly Finding[] {
  if (findings.length < VIEWPORT_FIRST_MIN) return findings;
  const [from, to] = viewportStretch(findings.length, (i) => findings[i].block.element);
  if (from === 0 && to === findings.length) return findings;
  return [...findings.slice(from, to), ...findings.slice(0, from), ...findings.slice(to)];
}
