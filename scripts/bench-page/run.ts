/**
 * The measuring loops. Each run loads every page once with Gloss and once without, the order
 * alternating from run to run (and page to page), so that drift on a shared machine (another
 * job starting, the CPU heating up) falls on both sides alike.
 */
import type { BenchPage } from './pages';
import type { ChromiumLoad, ChromiumSide } from './chromium';
import type { FirefoxLoad, FirefoxSide } from './firefox';
import type { BenchServer } from './server';

export interface PageRuns<L> {
  page: BenchPage;
  with: L[];
  without: L[];
  /**
   * Chromium, off-topic pages only (the unrelated ones and the ticker): loads with Gloss traced
   * without the sampling profiler. There
   * all of Gloss's work is the scout's evaluation and callbacks, which trace events name, so the
   * profiler adds nothing to see and only slows the cold code it logs (trace.ts).
   */
  withUnsampled: L[];
}

/** One saved real page, loaded once with and once without Gloss (Chromium). */
export interface ReadabilityResult {
  file: string;
  /** Gloss went past the prefilter here (see `passedPrefilter`). */
  passed: boolean;
  /** What showed it: "script" (a second Gloss script ran), "message", or "". */
  signal: string;
  scripts: string[];
  highlights: number;
  sample: string[];
  glossMs: number;
  glossLongestTaskMs: number;
  glossLongestTaskThreadMs: number;
  ownLongestTaskMs: number | null;
  error?: string;
}

/**
 * How long to wait for Gloss's idle signal: past the target (8 s on 5 MB) the figure is a FAIL
 * anyway, so waiting longer only spends the run's time. Printed as "> N s".
 */
export function idleTimeoutFor(page: BenchPage): number {
  if (page.name === '5mb') return 12_000;
  if (page.name === '1mb') return 6_000;
  return 8_000;
}

/**
 * Whether Gloss went past the prefilter on this load. Split Gloss: the rest of it is a script
 * file other than the scout's evaluated in the page. Single-file Gloss: the page asked the background for the
 * site's state ("site/get"), which it does only past the prefilter; or asked to start the rest
 * ("page/start:always").
 */
export function passedPrefilter(load: ChromiumLoad): { passed: boolean; signal: string } {
  // The scout and its two small follow-ups (scout-quiet.js, scout-listen.js) are its reading.
  if (load.trace.glossScripts.some((file) => !/^scout(-[a-z]+)?\.js$/.test(file))) return { passed: true, signal: 'script' };
  if (load.messages.some((m) => m === 'site/get' || m === 'page/start:always')) return { passed: true, signal: 'message' };
  return { passed: false, signal: '' };
}

const log = (line: string) => process.stderr.write(`${line}\n`);

type Side<L> = { gloss: boolean; load(url: string, o: { windowMs?: number; heap?: boolean; idleTimeoutMs: number; sampling?: boolean }): Promise<L> };

async function pairs<L>(
  sides: [Side<L>, Side<L>],
  pages: BenchPage[],
  runs: number,
  server: BenchServer,
  label: string,
  unsampled = false,
): Promise<PageRuns<L>[]> {
  const out = pages.map((page) => ({ page, with: [] as L[], without: [] as L[], withUnsampled: [] as L[] }));
  for (let run = 0; run < runs; run++) {
    for (const [i, entry] of out.entries()) {
      const { page } = entry;
      const order = (run + i) % 2 === 0 ? sides : ([sides[1], sides[0]] as const);
      const query = page.windowMs ? '?bench-noclaims=1' : '';
      const extra = unsampled && !page.onTopic ? [{ side: sides.find((s) => s.gloss)!, sampling: false }] : [];
      for (const { side, sampling } of [...order.map((s) => ({ side: s, sampling: true })), ...extra]) {
        const started = Date.now();
        const what = `${label} run ${run + 1}/${runs} ${page.name} ${side.gloss ? 'with' : 'without'} Gloss${sampling ? '' : ', no sampling profiler'}`;
        try {
          const load = await side.load(server.url(page.path) + query, {
            windowMs: page.windowMs,
            heap: page.heap,
            idleTimeoutMs: idleTimeoutFor(page),
            sampling,
          });
          (!sampling ? entry.withUnsampled : side.gloss ? entry.with : entry.without).push(load);
          log(`${what}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
        } catch (error) {
          // One failed load (a browser hiccup on a busy machine) costs its figure, not the run.
          log(`${what}: failed, left out (${String(error).split('\n')[0]})`);
        }
      }
    }
  }
  return out;
}

export function runChromium(sides: [ChromiumSide, ChromiumSide], pages: BenchPage[], runs: number, server: BenchServer): Promise<PageRuns<ChromiumLoad>[]> {
  return pairs(sides, pages, runs, server, 'chromium', true);
}

export function runFirefox(sides: [FirefoxSide, FirefoxSide], pages: BenchPage[], runs: number, server: BenchServer): Promise<PageRuns<FirefoxLoad>[]> {
  return pairs(sides, pages, runs, server, 'firefox');
}

/** Every saved page once per side; a page that fails to load is reported, not fatal. */
export async function runReadability(sides: [ChromiumSide, ChromiumSide], files: string[], server: BenchServer): Promise<ReadabilityResult[]> {
  const out: ReadabilityResult[] = [];
  for (const [i, file] of files.entries()) {
    const order = i % 2 === 0 ? sides : [sides[1], sides[0]];
    const result: ReadabilityResult = {
      file,
      passed: false,
      signal: '',
      scripts: [],
      highlights: 0,
      sample: [],
      glossMs: 0,
      glossLongestTaskMs: 0,
      glossLongestTaskThreadMs: 0,
      ownLongestTaskMs: null,
    };
    for (const side of order) {
      try {
        const load = await side.load(server.url(`readability/${file}`), { idleTimeoutMs: 8_000 });
        if (!side.gloss) {
          result.ownLongestTaskMs = load.trace.longestTaskMs;
          continue;
        }
        Object.assign(result, passedPrefilter(load), {
          scripts: load.trace.glossScripts,
          highlights: load.probe.highlights,
          sample: load.probe.sample,
          glossMs: load.trace.glossMs,
          glossLongestTaskMs: load.trace.glossLongestTaskMs,
          glossLongestTaskThreadMs: load.trace.glossLongestTaskThreadMs,
        });
      } catch (error) {
        result.error = String(error).split('\n')[0];
      }
    }
    out.push(result);
    if (i % 10 === 9 || i === files.length - 1) log(`chromium readability ${i + 1}/${files.length}`);
  }
  return out;
}
