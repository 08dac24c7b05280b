/** The dataset author's command-line tools, run as a user would run them. */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
/**
 * Each run starts Node with tsx and loads the dataset: 2-3 s alone, and seen at 4.9 s on two
 * busy cores, against Vitest's 5 s default. A hung CLI still fails, after a minute.
 */
const CLI = { timeout: 60_000 };
const ROOT = join(import.meta.dirname, '../..');
const tsx = (script: string, args: string[]) => run(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', script), ...args], { cwd: ROOT });

describe('npm run scan', CLI, () => {
  it('prints one JSON row per matched sentence and claim, with collapsed white space', async () => {
    const { stdout } = await tsx('scan.ts', ['--json', 'tests/fixtures/pages/op-ed.html', 'tests/fixtures/pages/unrelated-control.html']);
    const rows = JSON.parse(stdout) as { file: string; sentence: string; claimId: string; score: number }[];
    expect(rows.length).toBeGreaterThanOrEqual(25);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(['claimId', 'file', 'score', 'sentence']);
      expect(row.file).toBe('tests/fixtures/pages/op-ed.html');
      expect(row.sentence).not.toMatch(/\s{2,}|^\s|\s$/);
      expect(row.score).toBeGreaterThan(0);
    }
    expect(rows.some((r) => r.claimId === 'war-in-third-year' && r.sentence.startsWith('Now in its third year'))).toBe(true);
  });

  it('prints its usage for --help, and for an unknown option says which and exits 2', async () => {
    const { stdout } = await tsx('scan.ts', ['--help']);
    expect(stdout).toMatch(/^Usage:\n {2}npm run --silent scan -- \[--pack PACK\.json\] \[--json\] FILE\.html\.\.\./);
    const failed = await tsx('scan.ts', ['--bogus']).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(2);
    expect(failed?.stderr).toMatch(/Unknown option '--bogus'[\s\S]*Usage:/);
  });

  it('reads a page whose <link> happy-dom cannot resolve, and reports a file it cannot read without stopping', async () => {
    const { stdout, stderr } = await tsx('scan.ts', [
      '--json',
      'tests/fixtures/cli/relative-preload.html',
      'nope.html',
      'tests/fixtures/pages/unrelated-control.html',
    ]);
    const rows = JSON.parse(stdout) as { file: string; claimId: string }[];
    expect(rows.some((r) => r.file === 'tests/fixtures/cli/relative-preload.html' && r.claimId === 'war-in-third-year')).toBe(true);
    expect(stderr).toContain('Cannot read nope.html');
    expect(stderr).not.toContain('relative-preload');
  });

  it('fails with a clear message for a missing file', async () => {
    await expect(tsx('scan.ts', ['nope.html'])).rejects.toMatchObject({ stderr: expect.stringContaining('Cannot read nope.html') });
  });
});

describe('npm run data:check', CLI, () => {
  it('--json prints the coverage figures as one object', async () => {
    const { stdout } = await tsx('data-check.ts', ['--json']);
    const figures = JSON.parse(stdout);
    expect(figures.claims).toBeGreaterThanOrEqual(25);
    for (const key of ['contextItems', 'sources', 'perspectives', 'viewpoints']) {
      expect(figures[key].min).toBeGreaterThanOrEqual(key === 'contextItems' ? 2 : 3);
      expect(figures[key].total).toBeGreaterThanOrEqual(figures[key].min * figures.claims);
    }
    // Per claim: balance and review state, one entry per claim.
    expect(figures.perClaim).toHaveLength(figures.claims);
    for (const claim of figures.perClaim) {
      expect(claim.sides).toBeGreaterThanOrEqual(3);
      expect(claim.sourcesChecked + claim.sourcesUnchecked).toBeGreaterThanOrEqual(3);
      expect(claim.newest).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(figures.distinctSources).toBeLessThanOrEqual(figures.sources.total);
  });
});

describe('npm run scan, rank mode', CLI, () => {
  it('ranks a minimal pack for each non-empty line, as JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gloss-rank-'));
    writeFileSync(
      join(dir, 'pack.json'),
      JSON.stringify({
        claims: [
          { id: 'nato-root', text: 'NATO expansion is the root cause of the war' },
          { id: 'bread', text: 'Sourdough needs a starter' },
        ],
      }),
    );
    writeFileSync(join(dir, 'lines.txt'), 'Moscow says NATO enlargement caused the war.\n\nA starter makes better sourdough.\n');
    const { stdout } = await tsx('scan.ts', ['--pack', join(dir, 'pack.json'), '--sentences', join(dir, 'lines.txt'), '--top', '1', '--json']);
    const rows = JSON.parse(stdout) as { line: number; text: string; top: { claimId: string; score: number }[] }[];
    expect(rows.map((r) => [r.line, r.top.map((t) => t.claimId)])).toEqual([
      [1, ['nato-root']],
      [3, ['bread']],
    ]);
  });

  it("scans pages for a pack's claims as the extension matches an imported pack", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gloss-scan-pack-'));
    writeFileSync(
      join(dir, 'page.html'),
      '<article><p>The weather was mild.</p><p>Analysts agree that Russia’s invasion pushed Finland and Sweden into NATO within two years.</p></article>',
    );
    const { stdout } = await tsx('scan.ts', ['--pack', 'tests/fixtures/packs/claimreview-feed.json', '--json', join(dir, 'page.html')]);
    const rows = JSON.parse(stdout) as { sentence: string; claimId: string }[];
    expect(rows).toHaveLength(1);
    expect(rows[0].sentence).toMatch(/^Analysts agree/);
    expect(rows[0].claimId).toMatch(/^cr-/);
  });

  it('ranks against the bundled dataset when no pack is given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gloss-rank-'));
    writeFileSync(join(dir, 'lines.txt'), 'Moscow keeps saying NATO expansion caused the war, but the record says otherwise.\n');
    const { stdout } = await tsx('scan.ts', ['--sentences', join(dir, 'lines.txt'), '--top', '3', '--json']);
    expect(JSON.parse(stdout)[0].top[0].claimId).toBe('nato-expansion-root-cause');
  });

  it('rejects a malformed pack with the field at fault', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gloss-rank-'));
    writeFileSync(join(dir, 'pack.json'), JSON.stringify({ claims: [{ id: 'x' }] }));
    writeFileSync(join(dir, 'lines.txt'), 'anything\n');
    await expect(tsx('scan.ts', ['--pack', join(dir, 'pack.json'), '--sentences', join(dir, 'lines.txt')])).rejects.toMatchObject({
      stderr: expect.stringContaining('is not a claim pack'),
    });
  });
});

describe('npm run pack:check', CLI, () => {
  it('reads each fact-check format and says what a pack holds', async () => {
    const files = ['claimreview-single.json', 'claimreview-graph.json', 'claimreview-feed.json', 'factcheck-api.json'].map((f) => `tests/fixtures/packs/${f}`);
    const { stdout } = await tsx('pack-check.ts', ['--json', ...files]);
    const rows = JSON.parse(stdout) as { file: string; ok: boolean; format: string; claims: number; reviews: number }[];
    expect(rows.map((r) => [r.ok, r.format, r.claims, r.reviews])).toEqual([
      [true, 'claimreview', 1, 1],
      [true, 'claimreview', 1, 2],
      [true, 'claimreview', 2, 2],
      [true, 'claimreview', 1, 2],
    ]);
  });

  it('refuses a pack with any problem, naming item, field and why, and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gloss-pack-'));
    const own = join(dir, 'own.json');
    writeFileSync(
      own,
      JSON.stringify({
        claims: [
          { id: 'a', text: '' },
          { id: 'b', text: 'fine' },
        ],
      }),
    );
    const failed = await tsx('pack-check.ts', ['tests/fixtures/packs/claimreview-bad.json', own, join(dir, 'missing.json')]).then(
      () => null,
      (error: { code: number; stdout: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stdout).toContain('item 3, url: not an https address: javascript:alert(1)');
    expect(failed?.stdout).toContain('item 1, text: empty');
    expect(failed?.stdout).toMatch(/missing\.json: refused[\s\S]*file, \(file\): cannot read/);
  });
});
