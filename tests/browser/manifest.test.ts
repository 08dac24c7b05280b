/**
 * Least privilege, checked on the built manifests: no host access but what the reader grants,
 * no web-accessible resources, no way in for web pages, a strict policy for our own pages, and
 * every permission's reason documented, and web-ext lint clean of errors and warnings.
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

  it('documents a reason for every permission it asks for, in the README', () => {
    const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Permissions, and why'), readme.indexOf('## Privacy'));
    const asked = [...m.permissions, ...(m.optional_host_permissions ?? m.optional_permissions ?? [])];
    // Each as a table row of its own: `name` in the first cell, and a reason after it.
    for (const permission of asked)
      expect(section, permission).toMatch(new RegExp(`^\\|[^|\\n]*\`${permission.replace(/[*.]/g, '\\$&')}\`[^|\\n]*\\|[ \\t]*[^|\\s]`, 'm'));
  });

  it('carries the name, version and icons the stores show', () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };
    expect(m.version).toBe(pkg.version);
    expect(m.name).toBe('__MSG_extName__');
    expect(m.default_locale).toBe('en');
  });

  it('gives extension pages a strict content security policy', () => {
    const csp = typeof m.content_security_policy === 'string' ? m.content_security_policy : m.content_security_policy.extension_pages;
    expect(csp).toBe(EXTENSION_PAGES_CSP);
    expect(csp).not.toMatch(/unsafe|https?:|\*/);
  });
});

describe('web-ext lint of the Firefox build', () => {
  it('finds no errors and no warnings', async () => {
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
    // None at all: Preact's one innerHTML write is taken out at build time (build/no-inner-html.ts).
    expect(report.warnings).toEqual([]);
  }, 60_000);
});
