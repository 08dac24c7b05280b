/**
 * `npm run release [-- --verify]`: the store packages and the sources archive AMO asks for.
 * - `.output/gloss-<version>-chrome.zip` (Chrome Web Store), `gloss-<version>-firefox.zip` (AMO)
 *   and `gloss-<version>-sources.zip` (what builds the Firefox package, for AMO's reviewers).
 * - With --verify, the sources archive is unpacked in a temporary folder and built as its README
 *   says (`npm ci`, then `npx wxt zip -b firefox`), and the package it makes is compared with
 *   ours file by file (SHA-256). Needs the npm registry and about two minutes.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const archive = (kind: string, root = ROOT) => join(root, '.output', `gloss-${version}-${kind}.zip`);
const run = (command: string, args: string[], cwd = ROOT) => execFileSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function filesUnder(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(dir, path), sha256(path));
    }
  };
  walk(dir);
  return out;
}

function unzipped(zip: string): Map<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-unzip-'));
  run('unzip', ['-q', zip, '-d', dir]);
  const files = filesUnder(dir);
  rmSync(dir, { recursive: true, force: true });
  return files;
}

run('npx', ['wxt', 'zip', '-b', 'chrome']);
run('npx', ['wxt', 'zip', '-b', 'firefox']);
for (const kind of ['chrome', 'firefox', 'sources']) {
  const file = archive(kind);
  console.log(`${relative(ROOT, file)}  ${(statSync(file).size / 1024).toFixed(1)} kB  sha256 ${sha256(file).slice(0, 16)}…`);
}

if (process.argv.includes('--verify')) {
  const work = mkdtempSync(join(tmpdir(), 'gloss-sources-'));
  try {
    console.log(`\nBuilding the sources archive in ${work} (npm ci, then wxt zip -b firefox)…`);
    run('unzip', ['-q', archive('sources'), '-d', work]);
    run('npm', ['ci', '--no-audit', '--no-fund'], work);
    run('npx', ['wxt', 'zip', '-b', 'firefox'], work);
    const ours = unzipped(archive('firefox'));
    const theirs = unzipped(archive('firefox', work));
    const names = [...new Set([...ours.keys(), ...theirs.keys()])].sort();
    const differing = names.filter((name) => ours.get(name) !== theirs.get(name));
    if (differing.length === 0) console.log(`Reproduced: all ${names.length} files of the Firefox package are byte for byte the same.`);
    else {
      console.log(`Not reproduced: ${differing.length} of ${names.length} files differ:`);
      for (const name of differing)
        console.log(`  ${name}: ${ours.has(name) ? (theirs.has(name) ? 'different bytes' : 'missing from the rebuild') : 'only in the rebuild'}`);
      process.exitCode = 1;
    }
    const sameZip = sha256(archive('firefox')) === sha256(archive('firefox', work));
    console.log(`The zip files themselves are ${sameZip ? 'identical' : 'different (entry dates and order in the archive, not contents)'}.`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
