/**
 * The dataset author's tool, in two modes.
 *
 * Pages: `npm run --silent scan -- [--pack PACK.json] [--json] FILE.html...` reads each page the
 * way the content script does (same extraction and matching code) and reports every matched
 * sentence and claim: the bundled dataset's, or, with --pack, the pack's, matched as the extension
 * matches an imported pack (pack-matcher.ts), claims named by their id in the pack.
 * With --json: `[{ "file", "sentence", "claimId", "score" }]`. A page that cannot be read is
 * named on stderr and skipped; the exit code is 1 only if none could be.
 *
 * Rank: `npm run --silent scan -- [--pack PACK.json] --sentences FILE.txt [--top K] [--json]`
 * ranks the claims (the bundled dataset, or a pack) for each line of FILE.txt, thresholds aside.
 * With --json: `[{ "line", "text", "top": [{ "claimId", "score" }] }]`.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadDatasetOrExit } from '../build/load-node';
import { packClaims } from '../lib/data/pack';
import { compileClaimIndex, type IndexableClaim } from '../lib/match/claim-index';
import { createMatcher, type Matcher } from '../lib/match/matcher';
import { scanHtml } from './scan-html';
import { preparePack } from '../lib/packs/prepare-pack';
import { createPackMatcher } from '../lib/packs/pack-matcher';
import { basename } from 'node:path';

const USAGE = `Usage:
  npm run --silent scan -- [--pack PACK.json] [--json] FILE.html...
  npm run --silent scan -- [--pack PACK.json] --sentences FILE.txt [--top K] [--json]`;

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        pack: { type: 'string' },
        sentences: { type: 'string' },
        top: { type: 'string', default: '5' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    // An unknown option or a missing value: say which, and how the tool is called.
    fail(`${(error as Error).message}\n${USAGE}`, 2);
  }
}

const { values, positionals } = parse();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    fail(`Cannot read ${file}: ${(error as Error).message}`);
  }
}

function loadClaims(): IndexableClaim[] {
  if (!values.pack) return loadDatasetOrExit();
  let json: unknown;
  try {
    json = JSON.parse(read(values.pack));
  } catch (error) {
    fail(`${values.pack} is not valid JSON: ${(error as Error).message}`);
  }
  const pack = packClaims(json);
  if (!pack.ok) fail(`${values.pack} is not a claim pack: ${pack.error}`);
  return pack.claims;
}

/**
 * Each page on its own: one that cannot be read or parsed is reported on stderr and the others
 * are still scanned. The exit code is 1 only if no page could be scanned at all.
 */
async function scanPages(matcher: Matcher, titles: Map<string, string>): Promise<void> {
  const rows: { file: string; sentence: string; claimId: string; score: number }[] = [];
  const failed = new Map<string, string>();
  // happy-dom reports some failures as rejections of its own promises, not through write():
  // they belong to the page being scanned.
  let current = '';
  process.on('unhandledRejection', (reason) => void failed.set(current, String(reason)));
  for (const file of positionals) {
    current = file;
    let html: string;
    try {
      html = readFileSync(file, 'utf8');
    } catch (error) {
      failed.set(file, `Cannot read ${file}: ${(error as Error).message}`);
      continue;
    }
    try {
      const found = await scanHtml(html, matcher);
      if (failed.has(file)) continue;
      for (const finding of found) {
        for (const match of finding.matches) rows.push({ file, sentence: finding.sentence, claimId: match.claimId, score: match.score });
      }
    } catch (error) {
      failed.set(file, String(error));
    }
  }
  for (const [file, reason] of failed) console.error(reason.startsWith('Cannot read') ? reason : `Cannot scan ${file}: ${reason}`);
  if (failed.size === positionals.length) process.exit(1);
  if (values.json) return console.log(JSON.stringify(rows, null, 2));
  for (const file of positionals.filter((f) => !failed.has(f))) {
    const own = rows.filter((r) => r.file === file);
    console.log(`${file}: ${own.length} match(es), ${new Set(own.map((r) => r.claimId)).size} distinct claim(s)`);
    for (const r of own) console.log(`  [${r.score.toFixed(2)}] ${r.claimId} — ${titles.get(r.claimId)}\n      "${r.sentence}"`);
  }
}

function rankLines(matcher: Matcher, file: string): void {
  const top = Number(values.top);
  if (!Number.isInteger(top) || top < 1) fail(`--top must be a whole number of at least 1, not "${values.top}"`, 2);
  const lines = read(file).split('\n');
  const rows = lines
    .map((text, i) => ({ line: i + 1, text: text.trim() }))
    .filter((r) => r.text !== '')
    .map((r) => ({ ...r, top: matcher.rankSentence(r.text, top) }));
  if (values.json) return console.log(JSON.stringify(rows, null, 2));
  for (const r of rows) {
    console.log(`${r.line}: ${r.text}`);
    for (const t of r.top) console.log(`    ${t.score.toFixed(3)}  ${t.claimId}`);
  }
}

/** A pack as the extension would import and match it; claims named by their id in the pack. */
function packPageMatcher(file: string): { matcher: Matcher; titles: Map<string, string> } {
  const prepared = preparePack(basename(file), read(file), Date.now());
  if (!prepared.ok) {
    const [first] = prepared.problems;
    fail(`${file} is not a claim pack: ${first.item === null ? '' : `item ${first.item}, `}${first.field}: ${first.message}`);
  }
  const pack = createPackMatcher(prepared.claims);
  const local = new Map(prepared.claims.map((c) => [c.id, c.localId]));
  const matcher: Matcher = {
    matchSentence: (sentence) => pack.matchSentence(sentence).map((m) => ({ ...m, claimId: local.get(m.claimId)! })),
    rankSentence: () => [],
  };
  return { matcher, titles: new Map(prepared.claims.map((c) => [c.localId, c.text])) };
}

if (values.sentences) rankLines(createMatcher(compileClaimIndex(loadClaims())), values.sentences);
else if (positionals.length > 0 && values.pack) {
  const { matcher, titles } = packPageMatcher(values.pack);
  await scanPages(matcher, titles);
} else if (positionals.length > 0) {
  const claims = loadClaims();
  await scanPages(createMatcher(compileClaimIndex(claims)), new Map(claims.map((c) => [c.id, c.title ?? c.id])));
} else fail(USAGE, 2);
