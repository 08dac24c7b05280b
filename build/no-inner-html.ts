/**
 * Takes Preact's one HTML-writing path out of the bundle. Preact assigns `innerHTML` only for
 * `dangerouslySetInnerHTML`, which Gloss never uses (ESLint forbids it): every string Gloss shows
 * is text. Without the assignment, no bundle can write HTML into a page or our own pages even by
 * mistake, and `web-ext lint` has nothing to warn about. Preact's code is matched exactly: if an
 * upgrade changes it, the build fails here instead of quietly keeping the path.
 */
import type { Plugin } from 'vite';

const PREACT = /[\\/]preact[\\/]dist[\\/]preact\.mjs$/;
/** `(t.innerHTML=v.__html)` in Preact 10's diff of an element's props. */
const WRITE = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;

export function noInnerHtml(): Plugin {
  return {
    name: 'gloss-no-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!PREACT.test(id)) return null;
      const matches = code.match(WRITE)?.length ?? 0;
      if (matches !== 1) this.error(`expected one innerHTML write in Preact (${id}), found ${matches}: update build/no-inner-html.ts`);
      return { code: code.replace(WRITE, '(()=>{throw new Error("Gloss renders no HTML")})()'), map: null };
    },
  };
}
