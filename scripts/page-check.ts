/**
 * `npm run page-check`: what a build of Gloss highlights on real pages, in Chromium, with a
 * screenshot of each: the op-ed and the saved pages in ../shared/benchmarks/readability (none of
 * them about the war; skipped with a message if absent). For a reader's-eye check of a change,
 * run it on two builds and compare:
 *
 *   npm run page-check -- [--out BUILD_DIR] [--label NAME] [--pages N]
 *
 * BUILD_DIR holds `chrome-mv3` (default: $GLOSS_OUT_DIR, else .output). Writes
 * test-output/page-check/<label>/: one viewport screenshot per page (scrolled to its first
 * highlight, if any) and counts.json (highlighted sentences, distinct claims, claim ids).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../tests/browser/harness/chromium';
import { OP_ED, READABILITY, readabilityPages } from './bench-page/pages';
import { serveBenchPages } from './bench-page/server';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const build = join(option('out') ?? process.env.GLOSS_OUT_DIR ?? join(import.meta.dirname, '..', '.output'), 'chrome-mv3');
const label = option('label') ?? 'current';
const shots = join(import.meta.dirname, '..', 'test-output', 'page-check', label);
const IDLE_WAIT_MS = 10_000;

interface PageCount {
  page: string;
  /** Highlighted sentences (one focusable element each). */
  sentences: number;
  claims: string[];
  /** Gloss never said it was idle within the wait. */
  timedOut: boolean;
}

if (!existsSync(join(build, 'manifest.json'))) {
  console.error(`No Chromium build in ${build}: run \`npm run build\` (or pass --out).`);
  process.exit(1);
}
const saved = readabilityPages();
if (!saved) console.log(`${READABILITY} is absent: only the op-ed is checked.`);
const files = [
  { name: 'op-ed', path: 'op-ed.html' },
  ...(saved ?? []).slice(0, Number(option('pages') ?? Infinity)).map((f) => ({ name: f, path: `readability/${f}` })),
];

mkdirSync(shots, { recursive: true });
const server = await serveBenchPages({ '': join(OP_ED, '..'), readability: READABILITY });
const browser = await launchChromium({ extensionDir: build });
const context = browser.context();
for (const page of context.pages()) if (page.url().startsWith('chrome-extension://')) await page.close();
const counts: PageCount[] = [];
try {
  for (const { name, path } of files) {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    try {
      await page.goto(server.url(path), { waitUntil: 'load', timeout: 60_000 });
      const idle = await page
        .waitForFunction(() => document.documentElement.hasAttribute('data-gloss-idle'), undefined, { timeout: IDLE_WAIT_MS })
        .then(() => true)
        .catch(() => false);
      const found = await page.evaluate(() => {
        const heads = [...document.querySelectorAll<HTMLElement>('gloss-claim:not([data-gloss-part])')];
        heads[0]?.scrollIntoView({ block: 'center' });
        const ids = heads.flatMap((el) => (el.dataset.claimIds ?? el.dataset.claimId ?? '').split(' ').filter(Boolean));
        return { sentences: heads.length, claims: [...new Set(ids)].sort() };
      });
      await page.screenshot({ path: join(shots, `${name.replace(/[^\w.-]+/g, '_')}.png`) });
      counts.push({ page: name, ...found, timedOut: !idle });
      console.log(`${name}: ${found.sentences} highlighted sentences, ${found.claims.length} claims${idle ? '' : ' (not idle in 10 s)'}`);
    } catch (error) {
      console.log(`${name}: could not be checked (${(error as Error).message.split('\n')[0]})`);
    } finally {
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
const others = counts.filter((c) => c.page !== 'op-ed');
const withAny = others.filter((c) => c.sentences > 0);
writeFileSync(join(shots, 'counts.json'), JSON.stringify(counts, null, 2) + '\n');
console.log(
  `\n${label}: op-ed ${counts[0]?.sentences ?? '?'} sentences, ${counts[0]?.claims.length ?? '?'} claims; ` +
    `saved pages with any highlight: ${withAny.length} of ${others.length} (${withAny.map((c) => `${c.page}: ${c.sentences}`).join(', ') || 'none'}); ` +
    `screenshots and counts in ${shots}`,
);
