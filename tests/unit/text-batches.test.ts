/**
 * A page's text asked about in batches that fit one message: in order, each batch within the
 * protocol's limits, stopping at the first batch answered yes, and always a last question.
 */
import { describe, expect, it } from 'vitest';
import { someBatchPasses } from '@/lib/page/text-batches';
import { PAGE_TEXT_BATCH_CHARS, PAGE_TEXT_BLOCK_CHARS } from '@/lib/page/page-text-limits';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

const paragraphs = (count: number, word: string) => Array.from({ length: count }, (_, i) => `<p>${word} ${i} ${'lorem ipsum '.repeat(400)}</p>`).join('');

/** Asks with a recorder that answers yes once a batch holds `needle`. */
async function ask(roots: Element[], needle = '\u0000') {
  const asked: { blocks: string[]; last: boolean }[] = [];
  const passed = await someBatchPasses(roots, async (blocks, last) => {
    asked.push({ blocks, last });
    return blocks.some((b) => b.includes(needle));
  });
  return { passed, asked };
}

describe('someBatchPasses', () => {
  it('asks about a short page once, as its last batch', async () => {
    const { passed, asked } = await ask([page('<p>One paragraph.</p><p>Another one.</p>')]);
    expect(passed).toBe(false);
    expect(asked).toHaveLength(1);
    expect(asked[0].last).toBe(true);
    expect(asked[0].blocks.join(' ')).toContain('Another one.');
  });

  it('asks the last question even of a page with no text (the scout’s covers the reader’s notes)', async () => {
    const { asked } = await ask([page('<nav>Menu only</nav>')]);
    expect(asked).toEqual([{ blocks: [], last: true }]);
  });

  it('keeps every batch within what one message may hold, and stops at the first one answered yes', async () => {
    const root = page(paragraphs(200, 'before') + '<p>the needle is here</p>' + paragraphs(200, 'after'));
    const { passed, asked } = await ask([root], 'the needle is here');
    expect(passed).toBe(true);
    expect(asked.length).toBeGreaterThan(2);
    for (const { blocks } of asked) {
      expect(blocks.reduce((sum, b) => sum + b.length, 0)).toBeLessThanOrEqual(PAGE_TEXT_BATCH_CHARS);
      for (const block of blocks) expect(block.length).toBeLessThanOrEqual(PAGE_TEXT_BLOCK_CHARS);
    }
    expect(asked.at(-1)!.last).toBe(false);
    expect(asked.flatMap((a) => a.blocks).some((b) => b.includes('after 199'))).toBe(false);
  });

  it('reads several roots in order, in the same batches, and nothing Gloss skips', async () => {
    page('<p id="a">First root.</p><nav id="n">Skipped menu.</nav><p id="b">Second root.</p>');
    const roots = ['b', 'a', 'n'].map((id) => document.getElementById(id)!);
    const { asked } = await ask(roots);
    expect(asked).toHaveLength(1);
    const text = asked[0].blocks.join('');
    expect(text.indexOf('Second root.')).toBeLessThan(text.indexOf('First root.'));
    expect(text).not.toContain('Skipped menu.');
  });

  it('resolves false when its signal aborts, without a last question', async () => {
    const controller = new AbortController();
    controller.abort();
    const asked: boolean[] = [];
    const passed = await someBatchPasses([page(paragraphs(3000, 'w'))], async (_, last) => (asked.push(last), false), controller.signal);
    expect(passed).toBe(false);
    expect(asked).not.toContain(true);
  });
});
