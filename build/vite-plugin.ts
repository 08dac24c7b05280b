/**
 * Build-time dataset: validates `data/claims/*.json` and serves it as two virtual modules.
 * - `virtual:gloss/claims`: every claim in full, and the dataset's version (a content hash), for
 *   the background.
 * - `virtual:gloss/claim-index`: the compiled match index only, for the background's claim gate
 *   and, handed over as text, for the injected content script: each part parsed on first use.
 * - `virtual:gloss/summary`: how many claims, the newest date any card is current to, and the
 *   dataset's edition (the newest date in data/CHANGELOG.md), for the welcome page and the card
 *   (which should not carry the whole dataset to say so).
 * An invalid dataset fails the build with one line per problem (file, claim id, field).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { compileClaimIndex } from '../lib/match/claim-index';
import { DATASET_DIR, readDatasetFiles } from './read-dataset';
import { formatProblems, validateDataset } from '../lib/data/validate';
import { newestDate } from '../lib/data/claim-dates';

const CLAIMS = 'virtual:gloss/claims';
const INDEX = 'virtual:gloss/claim-index';
const SUMMARY = 'virtual:gloss/summary';
const MODULES = new Set([CLAIMS, INDEX, SUMMARY]);

const CHANGELOG = `${DATASET_DIR}/../CHANGELOG.md`;
/** The page's loaders over the index's text, which the background's copy uses too. */
const HANDOFF = fileURLToPath(new URL('../lib/page/claim-index-handoff.ts', import.meta.url));

/** The dataset's edition: the first (newest) "## YYYY-MM-DD" heading of its changelog. */
function datasetEdition(): string | undefined {
  const text = existsSync(CHANGELOG) ? readFileSync(CHANGELOG, 'utf8') : '';
  return /^## (\d{4}-\d{2}-\d{2})\s*$/m.exec(text)?.[1];
}

export function glossDataset(): Plugin {
  return {
    name: 'gloss-dataset',
    resolveId(id) {
      return MODULES.has(id) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith('\0') || !MODULES.has(id.slice(1))) return null;
      const { files, problems } = readDatasetFiles();
      for (const file of files) this.addWatchFile(`${DATASET_DIR}/${file.path.split('/').pop()}`);
      const result = validateDataset(files);
      const all = [...problems, ...(result.ok ? [] : result.problems)];
      if (all.length > 0 || !result.ok) this.error(`Invalid claim dataset:\n${formatProblems(all)}`);
      // JSON.parse of a string literal is faster to load than the same object literal.
      const literal = (data: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(data))})`;
      if (id === `\0${SUMMARY}`) {
        const newest = result.claims.map(newestDate).reduce((a, b) => (b > a ? b : a), '');
        this.addWatchFile(CHANGELOG);
        return `export const summary = ${JSON.stringify({ claims: result.claims.length, newest, edition: datasetEdition() ?? newest })};`;
      }
      if (id === `\0${INDEX}`) {
        const index = compileClaimIndex(result.claims);
        const json = { prefilter: JSON.stringify(index.prefilter), claims: JSON.stringify(index.claims) };
        return [
          // Kept as text: the background hands it to the page as it is (lib/page/claim-index-handoff.ts),
          // and parses each part only on first use.
          `import { lazyClaimIndex } from ${JSON.stringify(HANDOFF)};`,
          `export const claimIndexJson = ${JSON.stringify(json)};`,
          'export const { loadPrefilter, loadClaimIndex } = lazyClaimIndex(claimIndexJson);',
        ].join('\n');
      }
      const version = createHash('sha256').update(JSON.stringify(result.claims)).digest('hex').slice(0, 16);
      return `export const version = ${JSON.stringify(version)};\nexport default ${literal(result.claims)};`;
    },
  };
}
