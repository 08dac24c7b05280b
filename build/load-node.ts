/** Node-only: the validated dataset, or an exit with the problems listed (for the CLIs). */
import { readDatasetFiles } from './read-dataset';
import type { Claim } from '../lib/data/schema';
import { formatProblems, validateDataset } from '../lib/data/validate';

export function loadDatasetOrExit(): Claim[] {
  const { files, problems } = readDatasetFiles();
  const result = validateDataset(files);
  const all = [...problems, ...(result.ok ? [] : result.problems)];
  if (all.length > 0 || !result.ok) {
    console.error(`The claim dataset has ${all.length} problem(s):\n${formatProblems(all)}`);
    process.exit(1);
  }
  return result.claims;
}
