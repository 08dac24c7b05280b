/**
 * Least privilege, checked on the built manifests: no host access but what the reader grants,
 * no web-accessible resources, no way in for web pages, a strict policy for our own pages, and
 * web-ext lint clean of errors and of warnings from our own code.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { EXTENSION_PAGES_CSP } from '../../wxt.config';

const OUTPUT = join(import.meta.dirname, '../../.output');
const manifest = (build: string) => JSON.parse(readFileSync(join(OUTPUT, build, 'manifest.json'), 'utf8'));

describe.each(['chrome-mv3', 'firefox-mv2'])('%s manifest', (build) => {
  const m = manifest(build);

  it('reads no site until the reader allows it: every host permission is optional', () => {
    expect([...m.permissions].sort()).toEqual(['activeTab', 'contextMenus', 'scripting']);
    expect(m.host_permissions ?? []).toEqual([]);
    // A manifest content script would grant its pages at install, for good.
    expect(m.content_scripts ?? []).toEqual([]);
    expect(m.optional_host_permissions ?? m.optional_permissions).toEqual(['*://*/*']);
  });

  it('exposes nothing to web pages', () => {
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
  });

  it('gives extension pages a strict content security policy', () => {
    const csp = typeof m.content_security_policy === 'string' ? m.content_security_policy : m.content_security_policy.extension_pages;
    expect(csp).toBe(EXTENSION_PAGES_CSP);
    expect(csp).not.toMatch(/unsafe|https?:|\*/);
  });
});

describe('web-ext lint of the Firefox build', () => {
  it('finds no errors, and no warnings in code we wrote', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        join(import.meta.dirname, '../../node_modules/web-ext/bin/web-ext.js'),
        'lint',
        '--source-dir',
        join(OUTPUT, 'firefox-mv2'),
        '--self-hosted',
        '--output',
        'json',
      ],
      { maxBuffer: 10 * 1024 * 1024 },
    ).catch((error) => error as { stdout: string });
    const report = JSON.parse(stdout) as { errors: unknown[]; warnings: { code: string; file: string; message: string }[] };
    expect(report.errors).toEqual([]);
    // What remains is Preact's own `innerHTML` write (its dangerouslySetInnerHTML support, which
    // we never use: ESLint forbids it in our code), bundled into the two scripts that use Preact:
    // the injected rest of Gloss and the popup. The scout every page gets has none.
    for (const w of report.warnings) {
      expect(w.code).toBe('UNSAFE_VAR_ASSIGNMENT');
      expect(w.file).toMatch(/^(content-scripts\/gloss\.js|chunks\/popup-[\w-]+\.js)$/);
    }
  }, 60_000);
});
