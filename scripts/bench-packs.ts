/**
 * `npm run bench:packs`: what a large claim pack costs and finds, with EUvsDisinfo's 10,892
 * recorded disinformation claims and CheckThat! 2022's 14,231 fact-checked claims, read from
 * ../shared/benchmarks at run time (skipped with a message where absent; never copied here).
 *
 *   npm run bench:packs -- [--runs N] [--out DIR] [--offline] [--browser chromium|firefox|both]
 *
 * Offline (Node, the background's own code): preparing the file, building the matcher, matching
 * speed, what each pack finds in the op-ed, and its false alarms on the saved real pages, the
 * tuning half (even-numbered) apart from the held-out half. In Chromium (the build in DIR,
 * default .output): the figures a reader pays, no pack vs each pack, in one browser
 * (bench-packs/in-browser.ts); in Firefox, what BiDi lets it see (bench-packs/in-firefox.ts).
 * A benchmark, not a test: it prints figures and exits 0.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { cpus } from 'node:os';
import { ct22Pack, euvsdisinfoPack, type BenchPack } from './bench-packs/shared-packs';
import { measureOffline, savedPages } from './bench-packs/offline';
import { measureInBrowser } from './bench-packs/in-browser';
import { measureInFirefox } from './bench-packs/in-firefox';
import { generatePages } from './bench-page/pages';
import { serveBenchPages } from './bench-page/server';
import { spread } from './bench-page/report';

const option = (name: string) => (process.argv.includes(`--${name}`) ? (process.argv[process.argv.indexOf(`--${name}`) + 1] ?? '') : undefined);
const runs = Math.max(1, Number(option('runs') ?? 3));
const browsers = option('browser') ?? 'both';
const out = option('out') ?? process.env.GLOSS_OUT_DIR ?? join(import.meta.dirname, '..', '.output');
const packs = [euvsdisinfoPack(), ct22Pack()].filter((p): p is BenchPack => p !== null);
if (packs.length === 0) {
  console.log('No packs to measure: ../shared/benchmarks/euvsdisinfo and ct22 are absent. Skipped.');
  process.exit(0);
}

const fmt = (values: number[], digits = 0) => {
  const s = spread(values);
  return s ? `${s.min.toFixed(digits)} / ${s.median.toFixed(digits)} / ${s.max.toFixed(digits)}` : '—';
};
console.log(`Gloss claim packs — ${runs} run(s); ${cpus().length} CPUs; min / median / max`);

const pages = savedPages();
const halves = { tuning: pages.filter((_, i) => i % 2 === 0), 'held out': pages.filter((_, i) => i % 2 === 1) };
if (pages.length === 0) console.log('No saved real pages (../shared/benchmarks/readability): false alarms not measured.');
for (const pack of packs) {
  console.log(`\n## ${pack.name}: ${pack.claims.toLocaleString('en')} claims, ${(pack.text.length / 1e6).toFixed(1)} MB file`);
  for (const [half, list] of Object.entries(halves)) {
    const f = measureOffline(pack, list, runs);
    if (half === 'tuning') {
      console.log(
        `prepare (parse, read, stem): ${fmt(f.prepareMs)} ms; matcher build: ${fmt(f.buildMs)} ms; matching: ${f.perSentenceUs.toFixed(0)} µs a sentence`,
      );
      console.log(
        f.heapBytes === null
          ? 'memory: run under node --expose-gc to measure (npm run bench:packs does)'
          : `memory the background holds for it (the matcher and its claims' match data, V8 heap after GC): ${(f.heapBytes / 1e6).toFixed(1)} MB`,
      );
      console.log(`op-ed: ${f.opEd.length} of ${f.opEdSentences} sentences matched`);
      for (const m of f.opEd) console.log(`  [${m.score}] "${m.sentence.slice(0, 100)}" → ${m.claim.slice(0, 90)}`);
    }
    console.log(`false alarms, saved pages (${half}, ${f.pages} pages, ${f.pageSentences.toLocaleString('en')} sentences): ${f.falseAlarms.length}`);
    for (const m of f.falseAlarms.slice(0, 5)) console.log(`  ${m.page}: "${m.sentence.slice(0, 90)}" → ${m.claim.slice(0, 80)}`);
  }
}

const build = join(out, 'chrome-mv3');
const firefoxBuild = join(out, 'firefox-mv2');
if (process.argv.includes('--offline')) process.exit(0);
const { root } = generatePages();
const server = await serveBenchPages({ '': root });
try {
  if (browsers !== 'chromium' && existsSync(firefoxBuild)) {
    const states = await measureInFirefox(firefoxBuild, packs, server, runs);
    console.log('\n## In Firefox, one browser, pages loaded with no pack and after each import (probe only: no script time over BiDi)');
    console.log('| | ' + states.map((s) => s.label).join(' | ') + ' |');
    console.log('|---|' + states.map(() => '---').join('|') + '|');
    const row = (name: string, cell: (s: (typeof states)[number]) => string) => console.log(`| ${name} | ${states.map(cell).join(' | ')} |`);
    row('import, file chosen → report (ms)', (s) => (s.importMs === null ? '—' : String(s.importMs)));
    row('op-ed: first highlight after DCL (ms)', (s) => fmt(s.opEd.map((l) => l.probe.firstAfterDcl ?? NaN).filter((x) => !Number.isNaN(x))));
    row('op-ed: highlights', (s) => fmt(s.opEd.map((l) => l.probe.highlights)));
    row('op-ed: largest timer gap after DCL (ms)', (s) => fmt(s.opEd.map((l) => l.probe.maxGapAfterDcl)));
    row('off-topic page: largest timer gap after DCL (ms)', (s) => fmt(s.offTopic.map((l) => l.probe.maxGapAfterDcl)));
    row('off-topic page: highlights', (s) => fmt(s.offTopic.map((l) => l.probe.highlights)));
  } else console.log(`\nNo Firefox build at ${firefoxBuild}: Firefox figures skipped.`);
  if (browsers === 'firefox') process.exit(0);
  if (!existsSync(build)) {
    console.log(`\nNo Chromium build at ${build}: Chromium figures skipped (npx wxt build -b chrome).`);
    process.exit(0);
  }
  const states = await measureInBrowser(build, packs, server, runs);
  console.log('\n## In Chromium, one browser, pages loaded with no pack and after each import');
  console.log('| | ' + states.map((s) => s.label).join(' | ') + ' |');
  console.log('|---|' + states.map(() => '---').join('|') + '|');
  const row = (name: string, cell: (s: (typeof states)[number]) => string) => console.log(`| ${name} | ${states.map(cell).join(' | ')} |`);
  row('import, file chosen → report (ms)', (s) => (s.importMs === null ? '—' : String(s.importMs)));
  row('storage growth (MB)', (s) => (s.storedBytes === null ? '—' : (s.storedBytes / 1e6).toFixed(1)));
  row('op-ed: first highlight after DCL (ms)', (s) => fmt(s.opEd.map((l) => l.probe.firstAfterDcl ?? NaN).filter((x) => !Number.isNaN(x))));
  row('op-ed: highlights', (s) => fmt(s.opEd.map((l) => l.probe.highlights)));
  row('op-ed: Gloss longest task (ms)', (s) =>
    fmt(
      s.opEd.map((l) => l.trace.glossLongestTaskMs),
      1,
    ),
  );
  row("op-ed: the main thread's own time in Gloss's longest task (ms; the rest of its wall time the core ran something else)", (s) =>
    fmt(
      s.opEd.map((l) => l.trace.glossLongestTaskThreadMs),
      1,
    ),
  );
  row('off-topic page: Gloss main-thread time (ms; trace events, no sampling profiler)', (s) =>
    fmt(
      s.offTopic.map((l) => l.trace.glossMs),
      1,
    ),
  );
  row('off-topic page: Gloss longest task (ms)', (s) =>
    fmt(
      s.offTopic.map((l) => l.trace.glossLongestTaskMs),
      1,
    ),
  );
  row('off-topic page: highlights', (s) => fmt(s.offTopic.map((l) => l.probe.highlights)));
  // Which of Gloss's scripts the off-topic page evaluated: the scout alone means no pack work there.
  row('off-topic page: Gloss scripts evaluated', (s) => [...new Set(s.offTopic.flatMap((l) => l.trace.glossScripts))].join(', ') || 'none');
  row('off-topic page, same pack switched off between loads: Gloss main-thread time (ms)', (s) =>
    s.offTopicPackOff.length
      ? fmt(
          s.offTopicPackOff.map((l) => l.trace.glossMs),
          1,
        )
      : '—',
  );
  for (const s of states.slice(1).filter((x) => x.importMs !== null)) {
    // Paired: each load with the pack against the load right after it with the pack switched off.
    const extra = spread(s.offTopic.map((l, i) => l.trace.glossMs - s.offTopicPackOff[i].trace.glossMs))!;
    const longest = Math.max(...[...s.opEd, ...s.offTopic].map((l) => l.trace.glossLongestTaskMs));
    console.log(
      `${extra.median <= 3 ? 'PASS' : 'FAIL'} ${s.label}: extra main-thread time on the off-topic page ${extra.median.toFixed(1)} ms (median of ${s.offTopic.length} pairs, min ${extra.min.toFixed(1)}, max ${extra.max.toFixed(1)}; target ≤ 3)`,
    );
    console.log(`${longest < 50 ? 'PASS' : 'FAIL'} ${s.label}: Gloss's longest task ${longest.toFixed(1)} ms (target < 50)`);
  }
} finally {
  await server.close();
}
