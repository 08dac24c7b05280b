/** The hostile corpus and what "inert" means, shared by the tests that feed it to Gloss. */
import { expect } from 'vitest';

/** The corpus. Each is tried in every text field of a claim, in a note and in page text. */
export const PAYLOADS = [
  '<script>window.pwned=1</script>',
  '<img src=x onerror="window.pwned=1">',
  '<svg onload="window.pwned=1"><circle r=1 /></svg>',
  '"><iframe src="javascript:window.pwned=1"></iframe>',
  'javascript:window.pwned=1',
  'data:text/html,<script>window.pwned=1</script>',
  '<a href="javascript:window.pwned=1">click</a>',
  '[click](javascript:window.pwned=1)',
  '</style><style>*{display:none!important}</style>',
  '<style>@import url(https://evil.example/x.css)</style>',
  'expression(alert(1)); background:url(javascript:alert(1))',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.pwned=1>',
  '<!-- <img src=x onerror=window.pwned=1> -->',
  '&lt;script&gt;window.pwned=1&lt;/script&gt;',
  '{{constructor.constructor("window.pwned=1")()}}',
  '${window.pwned=1}',
  '\u202Egnp.exe\u202C and \u2066isolated\u2069 bidi controls',
  'lone surrogates \uD800 and \uDFFF here',
  'null \u0000 byte',
  '__proto__',
  'constructor.prototype.polluted',
  'x'.repeat(1_000_000),
];

/** Nothing in `root` runs, loads, styles or links anywhere but http(s); `window.pwned` stays unset. */
export function expectInert(root: ParentNode): void {
  expect(root.querySelectorAll('script, img, iframe, object, embed, style, math, link, meta, base, form')).toHaveLength(0);
  // Our one drawn icon is the only SVG.
  for (const svg of root.querySelectorAll('svg')) expect(svg.closest('button')?.getAttribute('aria-pressed')).not.toBeNull();
  for (const el of root.querySelectorAll('*')) {
    for (const attr of el.attributes) expect(attr.name.startsWith('on'), `${el.tagName} ${attr.name}`).toBe(false);
  }
  for (const a of root.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
  expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
}
