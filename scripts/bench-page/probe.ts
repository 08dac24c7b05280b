/**
 * The probe: a small script in each page's own world (served by server.ts), the same in both
 * browsers and in both contexts. It records:
 * - when `data-gloss-idle` first appears on <html> (Gloss finished its first pass; see
 *   lib/page/activity.ts), by a MutationObserver on that one attribute;
 * - when each `gloss-claim` element was inserted (observer installed at DOMContentLoaded, after
 *   the parse and before Gloss starts at document_idle, so a 5 MB parse pays nothing for it);
 *   where each one is, is read once at the end, so the observer forces no layout;
 * - with `bench-chain=1` in the URL (Firefox, which has no trace): a setTimeout(0) chain whose
 *   largest gap after DOMContentLoaded stands in for the longest task. Off in Chromium, which
 *   has the trace, so as not to add timers there.
 * With `bench-noclaims=1` (the ticker) the claim observer is not installed: it would see every
 * rewrite of the board.
 */
export const PROBE_PATH = '/__bench-probe.js';

export const PROBE_SOURCE = `(function () {
  var P = (window.__benchProbe = { claims: [], idleAt: null, dcl: null, maxGap: 0, maxGapAfterDcl: 0, stop: false });
  var q = location.search;
  if (q.indexOf('bench-chain=1') >= 0) {
    var last = performance.now();
    var tick = function () {
      var now = performance.now(), gap = now - last;
      if (gap > P.maxGap) P.maxGap = gap;
      if (P.dcl !== null && gap > P.maxGapAfterDcl) P.maxGapAfterDcl = gap;
      last = now;
      if (!P.stop) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
  }
  new MutationObserver(function () {
    if (P.idleAt === null && document.documentElement.hasAttribute('data-gloss-idle')) P.idleAt = performance.now();
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-gloss-idle'] });
  document.addEventListener('DOMContentLoaded', function () {
    P.dcl = performance.now();
    if (q.indexOf('bench-noclaims=1') >= 0) return;
    new MutationObserver(function (records) {
      var t = performance.now();
      for (var i = 0; i < records.length; i++) {
        var added = records[i].addedNodes;
        for (var j = 0; j < added.length; j++) if (added[j].nodeName === 'GLOSS-CLAIM') P.claims.push({ el: added[j], t: t });
      }
    }).observe(document.body || document.documentElement, { childList: true, subtree: true });
  });
})();`;

/** What the probe reports at the end of a load (read with `readProbe`). */
export interface ProbeResult {
  /** DOMContentLoaded, ms after navigation start. */
  dcl: number | null;
  /** First idle signal, ms after DOMContentLoaded (null: Gloss never said idle). */
  idleAfterDcl: number | null;
  /** Highlights on the page at the end (connected `gloss-claim` elements). */
  highlights: number;
  /** Texts of the first few highlights (for the real pages, where every one is a false alarm). */
  sample: string[];
  firstAfterDcl: number | null;
  lastAfterDcl: number | null;
  /** The last highlight inside the first screen, ms after DOMContentLoaded. */
  lastInViewAfterDcl: number | null;
  /** Every highlight in the first screen came before every one below it (null: not both kinds). */
  viewportFirst: boolean | null;
  maxGap: number;
  maxGapAfterDcl: number;
}

/**
 * Runs in the page: stops the chain and summarises, as a ProbeResult. A string, not a function:
 * tsx wraps named functions in a helper that does not exist in the page.
 */
export const READ_PROBE = `(() => {
  const P = window.__benchProbe;
  if (!P) return { dcl: null, idleAfterDcl: null, highlights: 0, sample: [], firstAfterDcl: null, lastAfterDcl: null, lastInViewAfterDcl: null, viewportFirst: null, maxGap: 0, maxGapAfterDcl: 0 };
  P.stop = true;
  const dcl = P.dcl ?? 0;
  const live = P.claims.filter((c) => c.el.isConnected);
  const inView = live.filter((c) => {
    const r = c.el.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight && (r.width > 0 || r.height > 0);
  });
  const below = live.filter((c) => !inView.includes(c));
  const times = (list) => list.map((c) => c.t - dcl);
  const max = (xs) => (xs.length ? Math.max(...xs) : null);
  const min = (xs) => (xs.length ? Math.min(...xs) : null);
  const all = [...document.querySelectorAll('gloss-claim')];
  return {
    dcl: P.dcl,
    idleAfterDcl: P.idleAt === null ? null : P.idleAt - dcl,
    highlights: all.length,
    sample: all.slice(0, 5).map((e) => (e.textContent || '').slice(0, 80)),
    firstAfterDcl: min(times(live)),
    lastAfterDcl: max(times(live)),
    lastInViewAfterDcl: max(times(inView)),
    viewportFirst: inView.length && below.length ? max(times(inView)) <= min(times(below)) : null,
    maxGap: P.maxGap,
    maxGapAfterDcl: P.maxGapAfterDcl,
  };
})()`;

/** Whether Gloss has said idle yet (polled from Node, so no in-page polling loop). */
export const IDLE_YET = `window.__benchProbe ? window.__benchProbe.idleAt !== null : false`;
