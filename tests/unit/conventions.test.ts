/**
 * The project's layering and naming, checked on the source tree (cheap, and a review comment
 * nobody has to write twice):
 * - `lib/` is the pipeline and the store, free of UI and of entrypoints, so it runs in Node for
 *   tests and the CLI and in the page: it never imports `components/`, `entrypoints/` or the
 *   Node-only build code in `build/`;
 * - Gloss's element names are spelled in one module (lib/dom/names.ts) and nowhere else;
 * - no file in `lib/` or `entrypoints/` grows past 200 lines (one idea a file).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GLOSS_TAGS } from '@/lib/dom/names';

const ROOT = join(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
/** Code without its comments, so that prose may still name `<gloss-claim>`. */
const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

describe('conventions', () => {
  it('lib/ imports neither components/, entrypoints/ nor the build-time code in build/', () => {
    const offenders = sourceFiles('lib').flatMap((file) =>
      [...read(file).matchAll(/from\s+['"]([^'"]+)['"]/g)]
        .map((m) => m[1])
        .filter((spec) => /(^@\/|^(\.\.\/)+)(components|entrypoints|build)\//.test(spec))
        .map((spec) => `${file} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it("Gloss's element names are written only in lib/dom/names.ts", () => {
    const name = new RegExp(`\\b(${GLOSS_TAGS.join('|')})\\b(?!-)`, 'i');
    const offenders = ['lib', 'entrypoints', 'components']
      .flatMap(sourceFiles)
      .filter((file) => file !== join('lib', 'dom', 'names.ts'))
      .filter((file) => name.test(withoutComments(read(file))));
    expect(offenders).toEqual([]);
  });

  it('no file in lib/ or entrypoints/ is over 200 lines', () => {
    const long = ['lib', 'entrypoints']
      .flatMap(sourceFiles)
      .map((file) => ({ file: relative(ROOT, join(ROOT, file)), lines: read(file).split('\n').length - 1 }))
      .filter(({ lines }) => lines > 200);
    expect(long).toEqual([]);
  });
});
