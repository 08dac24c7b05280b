/**
 * `npm run bench:page`: what Gloss costs the pages it runs on, measured side by side in one run:
 * each page is loaded in a browser with the built Gloss and in one without it, `--runs` times
 * (default 5), and min / median / max printed. A benchmark, not a test: targets are printed as
 * PASS / FAIL lines, and it exits 0 either way.
 *
 *   npm run bench:page -- [--runs N] [--pages op-ed,cooking,football,1mb,5mb,ticker,readability]
 *                         [--browser chromium|firefox|both] [--out DIR]
 *
 * It measures the build in DIR (default: $GLOSS_OUT_DIR, else .output): build it first, e.g.
 * `GLOSS_OUT_DIR=/tmp/bench-out npx wxt build -b chrome && … -b firefox`.
 *
 * Chromium: a performance trace per load (scripts/bench-page/trace.ts) gives Gloss's script time
 * and longest task, attributed by script URL; heap after GC on the long pages. Firefox has no
 * trace over WebDriver BiDi: only timings seen from the page (scripts/bench-page/firefox.ts).
 * The saved real pages (../shared/benchmarks/readability) are loaded once per side, in Chromium.
 * Results also go to test-output/bench-page.json.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { generatePages, READABILITY, readabilityPages } from './bench-page/pages';
import { serveBenchPages } from './bench-page/server';
import { launchWithGloss, launchWithoutGloss, type ChromiumLoad } from './bench-page/chromium';
import { launchFirefoxWithGloss, launchFirefoxWithoutGloss } from './bench-page/firefox';
import { runChromium, runFirefox, runReadability, type PageRuns, type ReadabilityResult } from './bench-page/run';
import { byScriptLines, chromiumTable, firefoxTable, readabilityLines, targetLines, type Target } from './bench-page/report';
import { chromiumTargets, contentScriptBytes, everyPageScripts, firefoxTargets } from './bench-page/targets';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const runs = Math.max(1, Number(option('runs') ?? 5));
const browsers = option('browser') ?? 'both';
const out = option('out') ?? process.env.GLOSS_OUT_DIR ?? join(import.meta.dirname, '..', '.output');
const chromeBuild = join(out, 'chrome-mv3');
const firefoxBuild = join(out, 'firefox-mv2');
const { root, pages: allPages } = generatePages();
const wanted = option('pages')
  ?.split(',')
  .map((s) => s.trim());
const pages = allPages.filter((p) => !wanted || wanted.includes(p.name));
const wantReadability = !wanted || wanted.includes('readability');
const readabilityFiles = wantReadability ? readabilityPages() : [];

const started = Date.now();
const head = (() => {
  try {
    return (
      execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim() +
      (execSync('git status --porcelain', { encoding: 'utf8' }).trim() ? ' + uncommitted changes' : '')
    );
  } catch {
    return 'unknown';
  }
})();
const builtAt = (dir: string) => (existsSync(dir) ? statSync(join(dir, 'manifest.json')).mtime.toISOString() : 'missing');
console.log(`Gloss page cost — ${runs} run(s) per page and side; tree ${head}; ${cpus().length} CPUs`);
console.log(`builds: ${chromeBuild} (${builtAt(chromeBuild)}), ${firefoxBuild} (${builtAt(firefoxBuild)})`);
if (readabilityFiles === null) console.log(`No saved real pages at ${READABILITY}: skipped.`);

const server = await serveBenchPages({ '': root, readability: READABILITY });
const report: Record<string, unknown> = { date: new Date().toISOString(), tree: head, runs, build: out };
const targets: Target[] = [];
const lines: string[] = [];

try {
  if (browsers !== 'firefox' && existsSync(chromeBuild)) {
    const sides = [await launchWithGloss(chromeBuild), await launchWithoutGloss()] as const;
    let results: PageRuns<ChromiumLoad>[] = [];
    let readability: ReadabilityResult[] | null = null;
    try {
      results = await runChromium([sides[0], sides[1]], pages, runs, server);
      if (readabilityFiles?.length) readability = await runReadability([sides[0], sides[1]], readabilityFiles, server);
    } finally {
      await Promise.all(sides.map((s) => s.close()));
    }
    const bytes = contentScriptBytes(chromeBuild);
    const everyPage = everyPageScripts(results.flatMap((r) => r.with));
    lines.push('', '## Chromium (figures in ms: min / median / max over runs)', '', ...chromiumTable(results), '', ...byScriptLines(results));
    lines.push(`Content scripts in the build (every page gets: ${everyPage.join(' + ')}):`);
    for (const b of bytes) lines.push(`  ${b.file}: ${(b.raw / 1024).toFixed(1)} KB raw, ${(b.gzip / 1024).toFixed(1)} KB gzip`);
    if (readability) lines.push('', ...readabilityLines(readability));
    targets.push(...chromiumTargets(results, readability, bytes, everyPage));
    report.chromium = { extensionId: sides[0].extensionId, pages: results, readability, contentScripts: bytes, everyPage };
  } else if (browsers !== 'firefox') console.log(`No Chromium build at ${chromeBuild}: skipped.`);

  if (browsers !== 'chromium' && existsSync(firefoxBuild)) {
    const sides = [await launchFirefoxWithGloss(firefoxBuild), await launchFirefoxWithoutGloss()] as const;
    try {
      const results = await runFirefox([sides[0], sides[1]], pages, runs, server);
      lines.push('', '## Firefox (probe only: no trace, heap or per-script time over WebDriver BiDi)', '', ...firefoxTable(results));
      lines.push('Saved real pages: Chromium only (telling which Gloss scripts ran needs its trace).');
      lines.push(
        `Content scripts in the build: ${contentScriptBytes(firefoxBuild)
          .map((b) => `${b.file} ${(b.raw / 1024).toFixed(1)} KB raw, ${(b.gzip / 1024).toFixed(1)} KB gzip`)
          .join('; ')}`,
      );
      targets.push(...firefoxTargets(results));
      report.firefox = { pages: results };
    } finally {
      await Promise.all(sides.map((s) => s.close()));
    }
  } else if (browsers !== 'chromium') console.log(`No Firefox build at ${firefoxBuild}: skipped.`);
} finally {
  await server.close();
  rmSync(root, { recursive: true, force: true });
}

lines.push('', '## Targets (medians over runs)', '', ...targetLines(targets));
lines.push('', `Done in ${((Date.now() - started) / 60_000).toFixed(1)} min.`);
console.log(lines.join('\n'));

report.targets = targets;
mkdirSync(join(import.meta.dirname, '..', 'test-output'), { recursive: true });
const jsonPath = join(import.meta.dirname, '..', 'test-output', 'bench-page.json');
// Element references and other page objects never reach here: loads hold plain figures only.
writeFileSync(
  jsonPath,
  JSON.stringify(report, (_, v) => (v === Infinity ? 'not done' : v), 2),
);
console.log(`Results: ${jsonPath}`);
