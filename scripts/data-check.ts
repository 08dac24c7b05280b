/**
 * `npm run data:check [-- --json]`: validates the dataset and prints its coverage figures.
 * Exits 1 with one line per problem (file, claim id, field) when anything is wrong.
 */
import { loadDatasetOrExit } from '../build/load-node';
import { datasetFigures } from '../lib/data/figures';

const figures = datasetFigures(loadDatasetOrExit());
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(figures));
} else {
  console.log(`${figures.claims} claims, all valid.`);
  for (const name of ['contextItems', 'sources', 'perspectives', 'viewpoints'] as const) {
    const { min, total } = figures[name];
    console.log(`  ${name}: min ${min} per claim, ${total} in all`);
  }
  const { perClaim } = figures;
  const count = (test: (c: (typeof perClaim)[number]) => boolean) => perClaim.filter(test).length;
  console.log(`  distinct source addresses: ${figures.distinctSources}`);
  console.log(`  claims with 4 or more sides: ${count((c) => c.sides >= 4)}; with a named independent voice: ${count((c) => c.independent)}`);
  const checked = perClaim.reduce((sum, c) => sum + c.sourcesChecked, 0);
  const all = checked + perClaim.reduce((sum, c) => sum + c.sourcesUnchecked, 0);
  console.log(`  cited sources with a recorded check: ${checked} of ${all}`);
  console.log(`  claims with dated developments since their asOf: ${count((c) => c.later > 0)}`);
}
