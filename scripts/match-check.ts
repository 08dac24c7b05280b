/**
 * For dataset authors: checks each claim's match data against its paraphrases, the op-ed
 * fixture and the control pages. Prints problems; exits 1 if there are any.
 */
import { readFileSync } from 'node:fs';
import { loadDatasetOrExit } from '../build/load-node';
import { compileClaimIndex } from '../lib/match/claim-index';
import { createMatcher } from '../lib/match/matcher';
import { scanHtml } from './scan-html';

const FIXTURES = new URL('../tests/fixtures/pages/', import.meta.url);
const claims = loadDatasetOrExit();
const matcher = createMatcher(compileClaimIndex(claims));
let problems = 0;

for (const claim of claims) {
  for (const p of claim.match.paraphrases) {
    const ids = matcher.matchSentence(p).map((m) => m.claimId);
    if (!ids.includes(claim.id)) {
      problems++;
      console.log(`MISS  ${claim.id}: paraphrase not matched: "${p}"`);
    }
  }
}

const opEd = await scanHtml(readFileSync(new URL('op-ed.html', FIXTURES), 'utf8'), matcher);
const seen = new Set<string>();
console.log('\nop-ed.html:');
for (const f of opEd) {
  f.matches.forEach((m) => seen.add(m.claimId));
  console.log(`  "${f.sentence.slice(0, 90)}…"\n      → ${f.matches.map((m) => `${m.claimId} (${m.score})`).join(', ')}`);
}
for (const claim of claims) {
  if (!seen.has(claim.id)) console.log(`NOTE  ${claim.id}: not found on the op-ed page`);
}
for (const control of ['same-topic-control.html', 'unrelated-control.html']) {
  for (const f of await scanHtml(readFileSync(new URL(control, FIXTURES), 'utf8'), matcher)) {
    problems++;
    console.log(`FALSE ${control}: "${f.sentence}" → ${f.matches.map((m) => m.claimId).join(', ')}`);
  }
}
console.log(problems ? `\n${problems} problem(s)` : '\nno problems');
process.exit(problems ? 1 : 0);
