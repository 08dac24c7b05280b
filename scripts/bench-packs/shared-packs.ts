/**
 * The two large packs `bench:packs` imports, made from `../shared/benchmarks` at run time (never
 * copied into the project): EUvsDisinfo's 10,920 recorded pro-Kremlin disinformation claims and
 * CheckThat! 2022's 14,231 fact-checked claims, each as a minimal Gloss pack.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const BENCHMARKS = join(import.meta.dirname, '../../../shared/benchmarks');

export interface BenchPack {
  name: string;
  fileName: string;
  /** The pack file's text, as the reader would pick it. */
  text: string;
  claims: number;
}

/** RFC 4180 rows: quoted fields may hold commas, newlines and doubled quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) field += c;
    else if (c === ',') endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else field += c;
  }
  if (field || row.length) endRow();
  return rows.filter((r) => r.some((f) => f !== ''));
}

const minimalPack = (id: string, name: string, source: string, claims: { id: string; text: string }[]) => JSON.stringify({ id, name, source, claims });

/** Ids within the pack format's rule: the source's own where it fits, else the row number. */
const safeId = (raw: string, n: number, seen: Set<string>) => {
  const id = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/.test(raw) && !seen.has(raw) ? raw : `row-${n}`;
  seen.add(id);
  return id;
};

export function euvsdisinfoPack(): BenchPack | null {
  const file = join(BENCHMARKS, 'euvsdisinfo/cases.csv');
  if (!existsSync(file)) return null;
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  const [idAt, titleAt] = [header.indexOf('id'), header.indexOf('title')];
  const seen = new Set<string>();
  const claims = rows
    .filter((r) => r[titleAt]?.trim())
    .map((r, n) => ({ id: safeId(r[idAt].replace(/\/$/, '').split('/').pop() ?? '', n, seen), text: r[titleAt].trim().slice(0, 5000) }));
  return {
    name: 'EUvsDisinfo',
    fileName: 'euvsdisinfo.json',
    text: minimalPack('euvsdisinfo', 'EUvsDisinfo cases', 'EU East StratCom Task Force', claims),
    claims: claims.length,
  };
}

export function ct22Pack(): BenchPack | null {
  const file = join(BENCHMARKS, 'ct22/vclaims.jsonl');
  if (!existsSync(file)) return null;
  const seen = new Set<string>();
  const claims = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line, n) => {
      const c = JSON.parse(line) as { vclaim_id: string; vclaim: string; title: string };
      return { id: safeId(c.vclaim_id, n, seen), text: (c.vclaim || c.title).trim().slice(0, 5000) };
    })
    .filter((c) => c.text);
  return {
    name: 'CheckThat! 2022',
    fileName: 'ct22.json',
    text: minimalPack('ct22', 'CheckThat! 2022 claims', 'Snopes, via CheckThat! 2022', claims),
    claims: claims.length,
  };
}
