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
  for (const [name, f] of Object.entries(figures).filter(([k]) => k !== 'claims')) {
    const { min, total } = f as { min: number; total: number };
    console.log(`  ${name}: min ${min} per claim, ${total} in all`);
  }
}
