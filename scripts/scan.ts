/**
 * `npm run --silent scan -- [--json] FILE.html...` — the dataset author's tool: reads each page
 * the way the content script does (same extraction and matching code) and reports every matched
 * sentence and claim. With --json: `[{ "file", "sentence", "claimId", "score" }]`.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadDatasetOrExit } from '../lib/data/load-node';
import { compileClaimIndex } from '../lib/match/claim-index';
import { createMatcher } from '../lib/match/matcher';
import { scanHtml } from './scan-html';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
if (positionals.length === 0) {
  console.error('Usage: npm run --silent scan -- [--json] FILE.html...');
  process.exit(2);
}

const claims = loadDatasetOrExit();
const titles = new Map(claims.map((c) => [c.id, c.title]));
const matcher = createMatcher(compileClaimIndex(claims));
const rows: { file: string; sentence: string; claimId: string; score: number }[] = [];
for (const file of positionals) {
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`Cannot read ${file}: ${(error as Error).message}`);
    process.exit(1);
  }
  for (const finding of await scanHtml(html, matcher)) {
    for (const match of finding.matches) rows.push({ file, sentence: finding.sentence, claimId: match.claimId, score: match.score });
  }
}

if (values.json) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  for (const file of positionals) {
    const own = rows.filter((r) => r.file === file);
    console.log(`${file}: ${own.length} match(es), ${new Set(own.map((r) => r.claimId)).size} distinct claim(s)`);
    for (const r of own) console.log(`  [${r.score.toFixed(2)}] ${r.claimId} — ${titles.get(r.claimId)}\n      "${r.sentence}"`);
  }
}
