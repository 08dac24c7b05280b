/**
 * `npm start`'s second half (scripts/demo.ts), headless as on a server: it prints how many
 * sentences Gloss highlighted on the op-ed once highlighting is done, and writes a screenshot
 * with the card open. The count must be every highlighted sentence, not the one Tab stop.
 */
import { execFile } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import expected from '../fixtures/expected/op-ed.json';

const ROOT = join(import.meta.dirname, '../..');
const SCREENSHOT = join(ROOT, 'gloss-demo.png');

describe('npm start (the demo, headless)', () => {
  it('prints every sentence Gloss highlighted on the op-ed and writes the screenshot', async () => {
    rmSync(SCREENSHOT, { force: true });
    const env = { ...process.env };
    delete env.DISPLAY;
    delete env.WAYLAND_DISPLAY;
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/demo.ts'], { cwd: ROOT, env, timeout: 120_000 });
    const sentences = new Set(expected.sentences.map((s) => s.sentence)).size;
    expect(stdout).toContain(`Gloss found ${sentences} sentences making known claims`);
    expect(existsSync(SCREENSHOT)).toBe(true);
  }, 150_000);
});
