import { readFileSync } from 'node:fs';
import { relationOf } from '../lib/match/relation';
const rows = readFileSync('tests/fixtures/wordings/wordings.jsonl', 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const want: Record<string, string> = { reported: 'reports', rebuttal: 'disputes', sympathetic: 'asserts', passive: 'asserts', long: 'asserts', headline: 'asserts', casual: 'asserts' };
const conf: Record<string, Record<string, number>> = {};
for (const r of rows) { if (!want[r.register]) continue; const got = relationOf(r.text); (conf[r.register] ??= {})[got] = (conf[r.register][got] ?? 0) + 1; if (process.argv[2] === r.register && got !== want[r.register]) console.log(got, '|', r.text); }
console.log(conf);
