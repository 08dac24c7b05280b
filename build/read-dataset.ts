/** Node-only: reads the dataset folder for the build, the tests and the CLI. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { DatasetFile, DatasetProblem } from '../lib/data/validate';

/** The dataset folder; `GLOSS_DATASET_DIR` points the build at another one (tests of the build's validation). */
export const DATASET_DIR = process.env.GLOSS_DATASET_DIR ?? join(import.meta.dirname, '../data/claims');

/** Reads every `*.json` file; a file that is not valid JSON becomes a problem, not a throw. */
export function readDatasetFiles(dir = DATASET_DIR): { files: DatasetFile[]; problems: DatasetProblem[] } {
  const files: DatasetFile[] = [];
  const problems: DatasetProblem[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const path = relative(process.cwd(), join(dir, name));
    try {
      files.push({ path, json: JSON.parse(readFileSync(join(dir, name), 'utf8')) });
    } catch (error) {
      problems.push({ path, field: '(file)', message: `not valid JSON: ${(error as Error).message}` });
    }
  }
  return { files, problems };
}
