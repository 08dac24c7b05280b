/**
 * Validation of the claim dataset as a whole: each file against the schema, then the rules
 * that span files (unique ids, related ids that exist). Pure: takes parsed files, returns problems.
 */
import * as v from 'valibot';
import { ClaimSchema, type Claim, type Source } from './schema';

export interface DatasetFile {
  /** Path shown in error messages, e.g. `data/claims/putin-troops-targets.json`. */
  path: string;
  json: unknown;
}

export interface DatasetProblem {
  path: string;
  claimId?: string;
  field: string;
  message: string;
}

export type DatasetResult = { ok: true; claims: Claim[] } | { ok: false; problems: DatasetProblem[] };

/** Validates every file, and reports every problem at once rather than the first. */
export function validateDataset(files: DatasetFile[]): DatasetResult {
  const problems: DatasetProblem[] = [];
  const claims: Claim[] = [];
  for (const file of files) {
    const claimId = idOf(file.json);
    const result = v.safeParse(ClaimSchema, file.json);
    if (!result.success) {
      for (const issue of result.issues) {
        problems.push({ path: file.path, claimId, field: v.getDotPath(issue) ?? '(claim)', message: issue.message });
      }
      continue;
    }
    const expectedName = `${result.output.id}.json`;
    if (!file.path.endsWith(expectedName)) {
      problems.push({ path: file.path, claimId, field: 'id', message: `file must be named ${expectedName}` });
    }
    claims.push(result.output);
  }
  const ids = new Set<string>();
  for (const claim of claims) {
    if (ids.has(claim.id)) problems.push({ path: '(dataset)', claimId: claim.id, field: 'id', message: 'duplicate id' });
    ids.add(claim.id);
  }
  // One address is one page: every citation of it gives the same publisher, title and date.
  const firstCitation = new Map<string, { claimId: string; source: Source }>();
  for (const claim of claims)
    for (const section of ['context', 'perspectives', 'sinceThen'] as const)
      claim[section].forEach(({ source }, i) => {
        const first = firstCitation.get(source.url);
        if (!first) return void firstCitation.set(source.url, { claimId: claim.id, source });
        const differs = (['publisher', 'title', 'date'] as const).filter((key) => source[key] !== first.source[key]);
        if (differs.length > 0)
          problems.push({
            path: `(claim ${claim.id})`,
            claimId: claim.id,
            field: `${section}.${i}.source`,
            message: `${source.url} is cited by ${first.claimId} with another ${differs.join(', ')}`,
          });
      });
  for (const claim of claims) {
    const problem = (field: string, message: string) => problems.push({ path: `(claim ${claim.id})`, claimId: claim.id, field, message });
    // A card is current to `asOf`: what it cites was published by then; what came later is "since then".
    for (const section of ['context', 'perspectives'] as const)
      claim[section].forEach(({ source }, i) => {
        if (source.date > claim.asOf) problem(`${section}.${i}.source.date`, `${source.date} is after the card's asOf ${claim.asOf}: cite it under sinceThen`);
      });
    claim.sinceThen.forEach((item, i) => {
      if (item.date <= claim.asOf) problem(`sinceThen.${i}.date`, `${item.date} is not after the card's asOf ${claim.asOf}`);
      if (item.source.date < item.date) problem(`sinceThen.${i}.source.date`, `${item.source.date} is before the development it reports (${item.date})`);
    });
    for (const related of claim.related) {
      if (!ids.has(related)) {
        problems.push({ path: `(claim ${claim.id})`, claimId: claim.id, field: 'related', message: `unknown claim id "${related}"` });
      }
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  claims.sort((a, b) => a.id.localeCompare(b.id));
  return { ok: true, claims };
}

/** One line per problem: `file (claim id) field: message`. */
export function formatProblems(problems: DatasetProblem[]): string {
  return problems.map((p) => `${p.path}${p.claimId ? ` (${p.claimId})` : ''} ${p.field}: ${p.message}`).join('\n');
}

function idOf(json: unknown): string | undefined {
  if (json && typeof json === 'object' && 'id' in json && typeof json.id === 'string') return json.id;
  return undefined;
}
