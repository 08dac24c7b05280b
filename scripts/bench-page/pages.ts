/**
 * The bench's pages, generated into a temp dir at run time (the 1 MB and 5 MB articles are too
 * big to commit), and the saved real pages of ../shared/benchmarks/readability, read in place.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COOKING, FOOTBALL } from './prose';

export const OP_ED = join(import.meta.dirname, '../../tests/fixtures/pages/op-ed.html');
export const READABILITY = join(import.meta.dirname, '../../../shared/benchmarks/readability');

export interface BenchPage {
  /** Short name, as in `--pages`. */
  name: string;
  /** Path under the served root. */
  path: string;
  /** A fixed watch window (ms after load) instead of "until Gloss is idle"; the ticker never settles. */
  windowMs?: number;
  /** Whether highlights are expected (the op-ed and its long copies). */
  onTopic: boolean;
  /** For the heap column: pages where the heap difference is part of the targets. */
  heap?: boolean;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function article(title: string, paragraphs: string[]): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>body{font:18px/1.6 Georgia,serif;max-width:680px;margin:32px auto;padding:0 16px}</style></head>
<body><header><a href="/">Home</a> · <a href="/life">Life</a></header>
<main><article><h1>${esc(title)}</h1>
${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article></main><footer>© The Bench Gazette</footer></body></html>
`;
}

const words = (paragraphs: string[]) => paragraphs.join(' ').split(/\s+/).length;

/** The written paragraphs, then re-mixed ones (sentence k of paragraph i + k), up to `target` words. */
function stretch(source: string[], target: number): string[] {
  const sentences = source.map((p) => p.match(/[^.!?]+[.!?]+/g) ?? [p]);
  const out = [...source];
  for (let round = 1; words(out) < target; round++) {
    for (let i = 0; i < sentences.length && words(out) < target; i++) {
      const mixed = [0, 1, 2, 3].map((k) => {
        const from = sentences[(i + k * round) % sentences.length];
        return from[(k + round) % from.length].trim();
      });
      out.push(mixed.join(' '));
    }
  }
  return out;
}

/** The op-ed's article paragraphs (its text, markup kept: links and emphasis inside). */
function opEdParagraphs(): string[] {
  const html = readFileSync(OP_ED, 'utf8');
  const body = html.slice(html.indexOf('<article>'), html.indexOf('</article>'));
  return [...body.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]);
}

/** The op-ed's paragraphs again and again, each followed by a neutral (cooking) one, to `bytes`. */
function longArticle(bytes: number): string {
  const claims = opEdParagraphs();
  const neutral = COOKING.map(esc);
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = `<p>${claims[i % claims.length]}</p>\n<p>${neutral[i % neutral.length]}</p>\n`;
    parts.push(p);
    size += Buffer.byteLength(p);
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Security guarantees, the long read</title></head>
<body><main><article><h1>Security guarantees, the long read</h1>
${parts.join('')}</article></main></body></html>
`;
}

/**
 * Not an article: a price board of 200 rows (divs and spans, no article or main) whose figures
 * are all rewritten every 50 ms, as a live-data page does.
 */
function ticker(): string {
  const rows = Array.from(
    { length: 200 },
    (_, i) => `<div class="row"><span class="sym">T${String(i).padStart(3, '0')}</span> <span class="px">0</span> <span class="ch">0</span></div>`,
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Market board</title>
<style>body{font:13px monospace}.row{display:inline-block;width:220px}</style></head>
<body><div id="board">${rows.join('')}</div>
<script>
  let n = 0;
  const px = [...document.querySelectorAll('.px')], ch = [...document.querySelectorAll('.ch')];
  setInterval(() => {
    n++;
    for (let i = 0; i < px.length; i++) {
      px[i].textContent = (100 + ((i * 37 + n * 13) % 997) / 10).toFixed(2);
      ch[i].textContent = ((((i + n) % 41) - 20) / 10).toFixed(1) + '%';
    }
  }, 50);
</script></body></html>
`;
}

export function generatePages(): { root: string; pages: BenchPage[] } {
  const root = mkdtempSync(join(tmpdir(), 'gloss-bench-pages-'));
  const files: [BenchPage, string][] = [
    [{ name: 'op-ed', path: 'op-ed.html', onTopic: true }, readFileSync(OP_ED, 'utf8')],
    [{ name: 'cooking', path: 'cooking.html', onTopic: false }, article('A week of simple suppers', stretch(COOKING, 2000))],
    [{ name: 'football', path: 'football.html', onTopic: false }, article('Penalty drama settles a tense derby', stretch(FOOTBALL, 2000))],
    [{ name: '1mb', path: 'long-1mb.html', onTopic: true, heap: true }, longArticle(1_000_000)],
    [{ name: '5mb', path: 'long-5mb.html', onTopic: true, heap: true }, longArticle(5_000_000)],
    [{ name: 'ticker', path: 'ticker.html', onTopic: false, windowMs: 10_000 }, ticker()],
  ];
  for (const [page, html] of files) writeFileSync(join(root, page.path), html);
  return { root, pages: files.map(([page]) => page) };
}

/** The saved real pages (top level and one level of subfolders), or null when the folder is absent. */
export function readabilityPages(): string[] | null {
  if (!existsSync(READABILITY)) return null;
  const found: string[] = [];
  for (const entry of readdirSync(READABILITY, { withFileTypes: true })) {
    if (entry.isFile() && /\.html?$/i.test(entry.name)) found.push(entry.name);
    if (entry.isDirectory()) for (const inner of readdirSync(join(READABILITY, entry.name))) if (/\.html?$/i.test(inner)) found.push(`${entry.name}/${inner}`);
  }
  return found.sort();
}
