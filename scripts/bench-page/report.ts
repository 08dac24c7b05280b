/** Tables and target lines for the terminal. Figures in ms unless marked. */
import type { ChromiumLoad } from './chromium';
import type { FirefoxLoad } from './firefox';
import { idleTimeoutFor, type PageRuns, type ReadabilityResult } from './run';

export interface Spread {
  min: number;
  median: number;
  max: number;
}

export function spread(values: number[]): Spread | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return { min: s[0], median: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2, max: s.at(-1)! };
}

const num = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const fmt = (s: Spread | null, unit = '') => (s ? `${num(s.min)} / ${num(s.median)} / ${num(s.max)}${unit}` : '—');

/** "All highlights in place" after DCL: the last highlight, or the idle signal on a page with none; "> N" when Gloss never said idle. */
export function allHighlights(load: { probe: ChromiumLoad['probe']; idleTimedOut: boolean }): number {
  if (load.idleTimedOut) return Infinity;
  return load.probe.lastAfterDcl ?? load.probe.idleAfterDcl ?? NaN;
}

function highlightCell(loads: { probe: ChromiumLoad['probe']; idleTimedOut: boolean }[], timeoutMs: number): string {
  // A load still busy at the end of the wait counts as "> wait" in min / median / max.
  const s = spread(loads.map(allHighlights).filter((x) => !Number.isNaN(x)));
  const cell = (x: number) => (Number.isFinite(x) ? num(x) : `> ${timeoutMs / 1000} s`);
  const count = Math.round(spread(loads.map((l) => l.probe.highlights))?.median ?? 0);
  return `${s ? `${cell(s.min)} / ${cell(s.median)} / ${cell(s.max)}` : '—'} [${count ? `${count} hl` : 'idle, 0 hl'}]`;
}

function viewportCell(loads: { probe: ChromiumLoad['probe'] }[]): string {
  const v = loads.map((l) => l.probe.viewportFirst).filter((x) => x !== null);
  if (v.length === 0) return '—';
  const yes = v.filter(Boolean).length;
  const inView = spread(loads.flatMap((l) => (l.probe.lastInViewAfterDcl === null ? [] : [l.probe.lastInViewAfterDcl])));
  return `${yes}/${v.length} yes${inView ? `; first screen done ${num(inView.median)}` : ''}`;
}

export function chromiumTable(results: PageRuns<ChromiumLoad>[]): string[] {
  const lines = [
    "| page | extra main-thread CPU (Gloss scripts) | all main-thread work Δ | Gloss's longest task | page's own longest task without Gloss | all highlights after DCL | in-view highlights first | heap Δ |",
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const { page, with: w, without: wo } of results) {
    const heap = page.heap
      ? spread(w.flatMap((l, i) => (l.heapUsed !== null && wo[i]?.heapUsed != null ? [(l.heapUsed - wo[i].heapUsed!) / 2 ** 20] : [])))
      : null;
    // Every top-level task from commit to the end, with minus without (paired by run): it holds
    // the style and layout Gloss's highlights cause, which no script URL names; windows differ
    // (with Gloss a load is watched until it is idle), so this is rough on pages with timers.
    const busy = spread(w.flatMap((l, i) => (wo[i] ? [l.trace.busyMs - wo[i].trace.busyMs] : [])));
    const window = page.windowMs ? ` (per ${page.windowMs / 1000} s)` : '';
    lines.push(
      `| ${page.name} | ${fmt(spread(w.map((l) => l.trace.glossMs)))}${window} | ${fmt(busy)} | ${fmt(spread(w.map((l) => l.trace.glossLongestTaskMs)))} | ${fmt(spread(wo.map((l) => l.trace.longestTaskMs)))} | ${page.windowMs ? '—' : highlightCell(w, idleTimeoutFor(page))} | ${viewportCell(w)} | ${heap ? fmt(heap, ' MB') : '—'} |`,
    );
  }
  lines.push(
    '',
    `Gloss's longest task, the main thread's own time in it (the rest of its wall time the core ran something else): ${results
      .map(({ page, with: w }) => `${page.name} ${fmt(spread(w.map((l) => l.trace.glossLongestTaskThreadMs)))}`)
      .join('; ')}`,
  );
  const unsampled = results.filter((r) => r.withUnsampled.length);
  if (unsampled.length)
    lines.push(
      '',
      `Off-topic pages, Gloss's CPU from trace events alone (no sampling profiler, which slows the cold code it logs): ${unsampled
        .map(
          ({ page, withUnsampled }) =>
            `${page.name} ${fmt(spread(withUnsampled.map((l) => l.trace.glossMs)))} (the main thread's own time in them ${fmt(spread(withUnsampled.map((l) => l.trace.glossThreadMs)))}), longest task ${fmt(spread(withUnsampled.map((l) => l.trace.glossLongestTaskMs)))}, and before its first script the set-up of its scripts' world ${fmt(spread(withUnsampled.map((l) => l.trace.glossWorldSetupMs)))} (own time ${fmt(spread(withUnsampled.map((l) => l.trace.glossWorldSetupThreadMs)))})`,
        )
        .join('; ')}`,
    );
  return lines;
}

/** Gloss's time split by script file (medians), for builds with more than one. */
export function byScriptLines(results: PageRuns<ChromiumLoad>[]): string[] {
  const files = [...new Set(results.flatMap((r) => r.with.flatMap((l) => Object.keys(l.trace.glossByScriptMs))))].sort();
  if (files.length < 2) return [];
  const lines = ['Gloss scripts time by file (median ms; a file that did not run counts 0):'];
  for (const { page, with: w } of results) {
    const cells = files.map((f) => `${f} ${num(spread(w.map((l) => l.trace.glossByScriptMs[f] ?? 0))?.median ?? 0)}`);
    lines.push(`  ${page.name}: ${cells.join(', ')}`);
  }
  return lines;
}

export function firefoxTable(results: PageRuns<FirefoxLoad>[]): string[] {
  const lines = [
    '| page | largest setTimeout(0) gap after DCL, with Gloss | same, without Gloss | all highlights after DCL | in-view highlights first |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const { page, with: w, without: wo } of results) {
    const gap = (loads: FirefoxLoad[]) => fmt(spread(loads.map((l) => l.probe.maxGapAfterDcl)));
    lines.push(`| ${page.name} | ${gap(w)} | ${gap(wo)} | ${page.windowMs ? '—' : highlightCell(w, idleTimeoutFor(page))} | ${viewportCell(w)} |`);
  }
  return lines;
}

export function readabilityLines(results: ReadabilityResult[]): string[] {
  const passed = results.filter((r) => r.passed);
  const withHighlights = results.filter((r) => r.highlights > 0);
  const worst = [...results].sort((a, b) => b.glossLongestTaskMs - a.glossLongestTaskMs)[0];
  const lines = [
    `Saved real pages: ${results.length}; the prefilter let ${passed.length} through (${((100 * passed.length) / Math.max(1, results.length)).toFixed(1)} %)` +
      (passed.length ? `, shown by: ${[...new Set(passed.map((r) => r.signal))].join(', ')}` : ''),
    `  Gloss scripts time per page: ${fmt(spread(results.map((r) => r.glossMs)))} (min / median / max)`,
    `  Gloss's longest task per page: ${fmt(spread(results.map((r) => r.glossLongestTaskMs)))}${worst ? `; worst on ${worst.file} (the main thread's own time in it ${num(worst.glossLongestTaskThreadMs)})` : ''}`,
    `  page's own longest task without Gloss: ${fmt(spread(results.flatMap((r) => (r.ownLongestTaskMs === null ? [] : [r.ownLongestTaskMs]))))}`,
  ];
  if (passed.length) lines.push(`  passing: ${passed.map((r) => r.file).join(', ')}`);
  lines.push(`  highlights (all false alarms): ${withHighlights.length ? '' : '0'}`);
  for (const r of withHighlights) lines.push(`    ${r.file}: ${r.highlights} — ${r.sample.map((s) => JSON.stringify(s)).join('; ')}`);
  for (const r of results.filter((x) => x.error)) lines.push(`  ${r.file}: not measured (${r.error})`);
  return lines;
}

export interface Target {
  what: string;
  pass: boolean | null;
  figure: string;
}

export function targetLines(targets: Target[]): string[] {
  return targets.map((t) => `${t.pass === null ? 'N/A ' : t.pass ? 'PASS' : 'FAIL'}  ${t.what}: ${t.figure}`);
}
