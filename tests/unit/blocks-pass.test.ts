/**
 * The scout's walk over a page: it hands the test the text Gloss would read, block by block, and
 * nothing it would skip.
 */
import { describe, expect, it } from 'vitest';
import { forEachBlock, MAX_CHUNK_CHARS, someBlockPasses } from '@/lib/page/blocks-pass';
import { PAGE_TEXT_BLOCK_CHARS } from '@/lib/page/page-text-limits';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

/** Runs the walk with a test that records what it was given and passes on `needle`. */
async function walk(root: Element, needle = '\u0000') {
  const seen: string[] = [];
  const passed = await someBlockPasses(root, (text) => {
    seen.push(text);
    return text.includes(needle);
  });
  return { passed, seen: seen.join('|') };
}

const long = (word: string) => `${word} `.repeat(100);

describe('someBlockPasses', () => {
  it('never hands over text Gloss skips: navigation, scripts, hidden or editable parts, citations', async () => {
    const root = page(
      `<nav>${long('navword')}</nav><script>var scriptword = 1;</script><p hidden>${long('hiddenword')}</p>` +
        `<div contenteditable="true"><p>${long('editword')}</p></div><ol class="references"><li>${long('citeword')}</li></ol>` +
        `<article><p>${long('prose')}<span aria-hidden="true">ariaword</span></p></article>`,
    );
    const { passed, seen } = await walk(root);
    expect(passed).toBe(false);
    expect(seen).toContain('prose');
    for (const skipped of ['navword', 'scriptword', 'hiddenword', 'editword', 'citeword', 'ariaword']) expect(seen).not.toContain(skipped);
  });

  it('tests blocks apart, so words of two paragraphs never meet in one test', async () => {
    const root = page(`<p>${long('alpha')} first</p><p>second ${long('beta')}</p>`);
    const seen: string[] = [];
    await someBlockPasses(root, (text) => {
      seen.push(text);
      return false;
    });
    expect(seen.some((t) => t.includes('first') && t.includes('second'))).toBe(false);
  });

  it('keeps inline elements in their block, and stops at the first block that passes', async () => {
    const root = page(`<p>${long('x')} the <b>needle</b> here</p><p>${long('after')}</p>`);
    const { passed, seen } = await walk(root, 'the needle here');
    expect(passed).toBe(true);
    expect(seen).not.toContain('after');
  });

  it('resolves false once its signal aborts, between slices', async () => {
    const root = page(Array.from({ length: 3000 }, (_, i) => `<p>paragraph ${i} ${long('w')}</p>`).join(''));
    const controller = new AbortController();
    const walking = someBlockPasses(
      root,
      () => {
        controller.abort();
        return false;
      },
      controller.signal,
    );
    expect(await walking).toBe(false);
  });

  it('cuts a very long text node into overlapping parts no longer than a message may carry', async () => {
    const root = page(`<p>${'word '.repeat(40_000)}needle</p>`);
    const parts: string[] = [];
    expect(await forEachBlock(root, (text) => (parts.push(text), text.includes('needle')))).toBe(true);
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(Math.min(MAX_CHUNK_CHARS, PAGE_TEXT_BLOCK_CHARS));
  });

  it('waits for an answer given as a promise before it reads on', async () => {
    const root = page(`<p>${long('one')}</p><p>${long('two')}</p><p>${long('three')}</p>`);
    const seen: string[] = [];
    const passed = await forEachBlock(root, async (text) => {
      seen.push(text);
      await new Promise((resolve) => setTimeout(resolve, 0));
      return text.includes('two');
    });
    expect(passed).toBe(true);
    expect(seen.join('|')).not.toContain('three');
  });
});
