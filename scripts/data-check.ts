/**
 * `npm run data:check [-- --json]`: validates the dataset and prints its coverage figures.
 * Exits 1 with one line per problem (file, claim id, field) when anything is wrong.
 */
import { readDatasetFiles } from '../lib/data/read-dataset';
import { formatProblems, validateDataset } from '../lib/data/validate';
import { datasetFigures } from '../lib/data/figures';

const { files, problems: readProblems } = readDatasetFiles();
const result = validateDataset(files);
const problems = [...readProblems, ...(result.ok ? [] : result.problems)];
if (problems.length > 0 || !result.ok) {
  console.error(`The claim dataset has ${problems.length} problem(s):\n${formatProblems(problems)}`);
  process.exit(1);
}
const figures = datasetFigures(result.claims);
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(figures));
} else {
  console.log(`${figures.claims} claims, all valid.`);
  for (const [name, f] of Object.entries(figures).filter(([k]) => k !== 'claims')) {
    const { min, total } = f as { min: number; total: number };
    console.log(`  ${name}: min ${min} per claim, ${total} in all`);
  }
}
