/**
 * `npm run --silent pack:check -- [--json] PACK.json...`: validates claim packs as an import would
 * (Gloss's own format, ClaimReview JSON-LD, or a Fact Check Tools API response) and reports, per
 * file, what it holds or every problem: item (from 1), field and why. Exit code 1 if any file has
 * a problem (an import would refuse it whole), 2 for a wrong call.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readPack, type PackRead } from '../lib/packs/read-pack';
import { RATING_SCALE } from '../lib/packs/rating';

const USAGE = 'Usage: npm run --silent pack:check -- [--json] PACK.json...';

function parse() {
  try {
    return parseArgs({ allowPositionals: true, options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } } });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

const { values, positionals } = parse();
if (values.help || positionals.length === 0) {
  (values.help ? console.log : console.error)(USAGE);
  process.exit(values.help ? 0 : 2);
}

function check(file: string): PackRead {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { ok: false, problems: [{ item: null, field: '(file)', message: `cannot read: ${(error as Error).message}` }] };
  }
  try {
    return readPack(JSON.parse(text));
  } catch (error) {
    return { ok: false, problems: [{ item: null, field: '(file)', message: `not JSON: ${(error as Error).message}` }] };
  }
}

/** What an accepted pack holds: claims, reviews, and reviews per rating class. */
function summary(read: Extract<PackRead, { ok: true }>) {
  if (read.format === 'gloss') return { format: read.format, claims: read.claims.length };
  const reviews = read.claims.flatMap((c) => c.reviews);
  const ratings = Object.fromEntries(RATING_SCALE.map((r) => [r, reviews.filter((x) => x.verdict === r).length]));
  return { format: read.format, claims: read.claims.length, reviews: reviews.length, ratings };
}

const results = positionals.map((file) => ({ file, read: check(file) }));
if (values.json) {
  console.log(
    JSON.stringify(
      results.map(({ file, read }) => (read.ok ? { file, ok: true, ...summary(read) } : { file, ok: false, problems: read.problems })),
      null,
      2,
    ),
  );
} else {
  for (const { file, read } of results) {
    if (read.ok) {
      const s = summary(read);
      const detail =
        'ratings' in s
          ? `, ${s.reviews} reviews (${Object.entries(s.ratings!)
              .map(([r, n]) => `${r} ${n}`)
              .join(', ')})`
          : '';
      console.log(`${file}: OK, ${s.format} pack, ${s.claims} claims${detail}`);
    } else {
      console.log(`${file}: refused, ${read.problems.length} problem${read.problems.length === 1 ? '' : 's'} (an import would change nothing)`);
      for (const p of read.problems.slice(0, 200)) console.log(`  ${p.item === null ? 'file' : `item ${p.item}`}, ${p.field}: ${p.message}`);
      if (read.problems.length > 200) console.log(`  … and ${read.problems.length - 200} more`);
    }
  }
}
process.exit(results.every(({ read }) => read.ok) ? 0 : 1);
