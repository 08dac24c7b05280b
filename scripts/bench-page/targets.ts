/**
 * The issue's "done when" figures, checked against medians over runs (one slow run on a shared
 * machine says little; the max is in the tables), and the content scripts' bytes.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ChromiumLoad } from './chromium';
import type { FirefoxLoad } from './firefox';
import { allHighlights, spread, type Target } from './report';
import { passedPrefilter, type PageRuns, type ReadabilityResult } from './run';

export interface ScriptBytes {
  file: string;
  raw: number;
  gzip: number;
}

/** Every file Gloss puts in pages (lib/extension/content-script.ts), with its size and gzip -9 size. */
export function contentScriptBytes(buildDir: string): ScriptBytes[] {
  const files = ['scout.js', 'scout-quiet.js', 'scout-listen.js', 'gloss.js', 'assets/gloss.css', 'card.js'].filter((file) => existsSync(join(buildDir, file)));
  return files.map((file) => {
    const body = readFileSync(join(buildDir, file));
    return { file, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
  });
}

/**
 * The scripts every page gets, as seen in the traces: those evaluated on every off-topic load with
 * Gloss (the scout, and what the background then tells it: scout-quiet.js). If every load went past
 * the prefilter, the rest of Gloss ran everywhere too, and only the first script evaluated is
 * counted. Without traces: scout.js (the scout, injected into every allowed page).
 */
export function everyPageScripts(loads: ChromiumLoad[]): string[] {
  const offTopic = loads.filter((l) => l.trace.glossScripts.length > 0 && !passedPrefilter(l).passed);
  if (offTopic.length === 0) return [loads.find((l) => l.trace.glossScripts.length > 0)?.trace.glossScripts[0] ?? 'scout.js'];
  return offTopic[0].trace.glossScripts.filter((s) => offTopic.every((l) => l.trace.glossScripts.includes(s)));
}

const median = (xs: number[]) => spread(xs)?.median ?? NaN;
const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : 'not done within the wait');

/**
 * Gloss's cost on a page that gets the scout alone (medians, ms). Measured from trace events
 * without the sampling profiler, which slows the cold code it logs (run.ts); the figure with it
 * is `sampled`. The set-up of the scripts' world is the page's cost too, though no event names
 * Gloss: a target is judged with it (`judged`) wherever unsampled loads exist.
 */
function offTopicCost(r: PageRuns<ChromiumLoad>) {
  const sampled = median(r.with.map((l) => l.trace.glossMs));
  const unsampled = r.withUnsampled.length > 0;
  const value = unsampled ? median(r.withUnsampled.map((l) => l.trace.glossMs)) : sampled;
  const withWorld = median(r.withUnsampled.map((l) => l.trace.glossMs + l.trace.glossWorldSetupMs));
  return { sampled, value, withWorld, judged: unsampled ? withWorld : value };
}

export function chromiumTargets(
  results: PageRuns<ChromiumLoad>[],
  readability: ReadabilityResult[] | null,
  bytes: ScriptBytes[],
  everyPage: string[],
): Target[] {
  const targets: Target[] = [];
  const byName = new Map(results.map((r) => [r.page.name, r]));
  const longest = [
    ...results.map((r) => ({ page: r.page.name, value: median(r.with.map((l) => l.trace.glossLongestTaskMs)) })),
    ...(readability ?? []).map((r) => ({ page: r.file, value: r.glossLongestTaskMs })),
  ];
  if (longest.length) {
    const worst = longest.reduce((a, b) => (b.value > a.value ? b : a));
    const over = longest.filter((l) => l.value >= 50);
    targets.push({
      what: "Gloss's longest task < 50 ms on every page",
      pass: over.length === 0,
      figure: `worst ${worst.value.toFixed(1)} ms on ${worst.page}; ${over.length} of ${longest.length} pages at 50 ms or more`,
    });
  }
  for (const [name, limit] of [
    ['1mb', 1500],
    ['5mb', 8000],
  ] as const) {
    const r = byName.get(name);
    if (!r) continue;
    const value = median(r.with.map(allHighlights));
    targets.push({ what: `all highlights within ${limit / 1000} s of DCL on ${name}`, pass: value <= limit, figure: ms(value) });
  }
  const shipped = bytes.filter((b) => everyPage.includes(b.file));
  if (shipped.length) {
    const gzip = shipped.reduce((s, b) => s + b.gzip, 0);
    targets.push({
      what: 'content script every page gets ≤ 20 KB gzip',
      pass: gzip <= 20 * 1024,
      figure: `${(gzip / 1024).toFixed(1)} KB gzip (${shipped.map((b) => b.file).join(' + ')})`,
    });
  }
  for (const name of ['cooking', 'football']) {
    const r = byName.get(name);
    if (!r) continue;
    const cost = offTopicCost(r);
    const thread = median(r.withUnsampled.map((l) => l.trace.glossThreadMs));
    const figure = r.withUnsampled.length
      ? `${ms(cost.value)} (the main thread's own time ${ms(thread)}; ${ms(cost.sampled)} with the sampling profiler on; ${ms(cost.withWorld)} with the set-up of the scripts' world)`
      : ms(cost.value);
    targets.push({ what: `extra CPU ≤ 5 ms on the unrelated 2,000-word page (${name})`, pass: cost.judged <= 5, figure });
  }
  const ticker = byName.get('ticker');
  if (ticker) {
    // As on the unrelated pages above: the page gets the scout alone.
    const cost = offTopicCost(ticker);
    const beside = ticker.withUnsampled.length
      ? ` (${ms(cost.sampled)} with the sampling profiler on; ${ms(cost.withWorld)} with the set-up of the scripts' world)`
      : '';
    targets.push({
      what: 'ticker: Gloss ≤ 20 ms per 10 s',
      pass: cost.judged <= 20,
      figure: `${ms(cost.value)} in the 10 s after load (its start included)${beside}`,
    });
  }
  if (readability?.length) {
    const passed = readability.filter((r) => r.passed).length;
    const share = passed / readability.length;
    targets.push({
      what: 'prefilter passes on ≤ 10 % of readability pages',
      pass: share <= 0.1,
      figure: `${passed} of ${readability.length} (${(share * 100).toFixed(1)} %)`,
    });
  }
  return targets;
}

export function firefoxTargets(results: PageRuns<FirefoxLoad>[]): Target[] {
  const targets: Target[] = [];
  for (const [name, limit] of [
    ['1mb', 1500],
    ['5mb', 8000],
  ] as const) {
    const r = results.find((x) => x.page.name === name);
    if (!r) continue;
    const value = median(r.with.map(allHighlights));
    targets.push({ what: `Firefox: all highlights within ${limit / 1000} s of DCL on ${name}`, pass: value <= limit, figure: ms(value) });
  }
  if (results.length) {
    // A proxy only: the gap holds the page's own work too, so the page without Gloss is shown beside it.
    const worst = results
      .map((r) => ({
        page: r.page.name,
        with: median(r.with.map((l) => l.probe.maxGapAfterDcl)),
        without: median(r.without.map((l) => l.probe.maxGapAfterDcl)),
      }))
      .reduce((a, b) => (b.with > a.with ? b : a));
    targets.push({
      what: 'Firefox (proxy): largest setTimeout(0) gap after DCL < 50 ms on every page',
      pass: worst.with < 50,
      figure: `worst ${worst.with.toFixed(1)} ms on ${worst.page} (without Gloss: ${worst.without.toFixed(1)} ms)`,
    });
  }
  return targets;
}
