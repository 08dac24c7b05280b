/**
 * `npm run prefilter:check`: how selective the prefilter is on real pages that mention no known
 * claim (Mozilla Readability's test pages, in ../shared/benchmarks/readability, never copied
 * here). Prints how many pass, and for each the claim and the terms that let it through, and the
 * size of the table every page carries.
 *
 * A page is tested as the scout tests it: block by block (the body's readable blocks, happy-dom
 * parse, scripts off, no CSS: every block counts as visible), passing if any block passes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageBlocks } from './page-blocks';
import { loadDatasetOrExit } from '../build/load-node';
import { compileClaimIndex } from '../lib/match/claim-index';
import { explainPrefilter, roughSentences } from '../lib/match/prefilter';
import { createClaimFinder } from '../lib/match/claim-gate';
import { createMatcher } from '../lib/match/matcher';

const DIR = join(import.meta.dirname, '../../shared/benchmarks/readability');
if (!existsSync(DIR)) {
  console.log(`No pages at ${DIR}: nothing to check.`);
  process.exit(0);
}

const claims = loadDatasetOrExit();
const index = compileClaimIndex(claims);
const table = JSON.stringify(index.prefilter);
console.log(`table: ${table.length} bytes JSON, ${gzipSync(table).length} gzip; ${index.prefilter.t.split(',').length} term words`);

const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .sort();
// The background's gate (claim-gate.ts), asked for its reason.
const findClaim = createClaimFinder(index.prefilter, () => createMatcher(index));
const passing: string[] = [];
const matched: string[] = [];
for (const file of files) {
  let why: ReturnType<typeof explainPrefilter> = null;
  let match: string | null = null;
  for (const block of pageBlocks(readFileSync(join(DIR, file), 'utf8'))) {
    why ??=
      roughSentences(block)
        .map((s) => explainPrefilter(index.prefilter, s))
        .find(Boolean) ?? null;
    if (!match) {
      const found = findClaim(block);
      if (found) match = `${found.claimId} on "${found.sentence.slice(0, 140)}"`;
    }
    if (why && match) break;
  }
  if (why) passing.push(`  ${file}: ${claims[why.claim].id} by ${why.terms.map((t) => `"${t}"`).join(' + ')}`);
  if (match) matched.push(`  ${file}: ${match}`);
}
const share = (n: number) => `${n} of ${files.length} pages (${((100 * n) / files.length).toFixed(1)} %)`;
console.log(`prefilter alone: ${share(passing.length)} pass`);
for (const line of passing) console.log(line);
console.log(`gate (prefilter, then matcher; what decides whether a page gets the rest of Gloss): ${share(matched.length)} pass`);
for (const line of matched) console.log(line);
