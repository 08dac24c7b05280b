/**
 * The blind relation set (tests/fixtures/relations) is well formed. It checks the file only; the
 * relation rules' results on it are figures that `npm run eval` prints.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDatasetOrExit } from '@/build/load-node';

const rows = readFileSync(join(import.meta.dirname, '../fixtures/relations/relations.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { id: string; claim: string; relation: string; text: string });
const ids = new Set(loadDatasetOrExit().map((c) => c.id));

describe('the blind relation set', () => {
  it('has unique ids, known claims, one sentence each, and thirty of each relation', () => {
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const r of rows) {
      expect(ids.has(r.claim), r.id).toBe(true);
      expect(r.text.trim().length, r.id).toBeGreaterThan(20);
      expect(r.text, r.id).not.toMatch(/\n/);
    }
    for (const relation of ['asserts', 'reports', 'disputes']) expect(rows.filter((r) => r.relation === relation)).toHaveLength(30);
  });
});
