/**
 * Where the reader is, among a long run of elements in document order: the stretch lying within
 * a viewport's height of the visible part. Elements are assumed to run down the page in document
 * order, so two binary searches with a few dozen layout reads find it, instead of measuring every
 * element. Reads layout: call it before writing to the DOM, or it forces a layout.
 */

/** [from, to): the indices of the elements near the viewport; [0, n) when there is no viewport. */
export function viewportStretch(n: number, elementAt: (i: number) => Element): [number, number] {
  const view = globalThis.innerHeight;
  if (typeof view !== 'number' || view <= 0) return [0, n];
  const rects = new Map<Element, DOMRect>();
  const rect = (i: number) => {
    const el = elementAt(i);
    let r = rects.get(el);
    if (!r) rects.set(el, (r = el.getBoundingClientRect()));
    return r;
  };
  const from = firstIndex(n, (i) => rect(i).bottom >= -view);
  const to = firstIndex(n, (i) => i >= from && rect(i).top > 2 * view);
  return [from, to];
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
