/**
 * The background's gate (prefilter, then matcher) on text as the scout hands it over: a page on
 * which the full scan finds a claim must pass, and the unrelated pages, including one that shares
 * the topic's everyday words, must not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { loadDatasetOrExit } from '@/build/load-node';
import { compileClaimIndex } from '@/lib/match/claim-index';
import { createClaimGate } from '@/lib/match/claim-gate';
import { createMatcher } from '@/lib/match/matcher';
import { forEachBlock } from '@/lib/page/blocks-pass';
import { scanHtml } from '../../scripts/scan-html';
import { COOKING, FOOTBALL } from '../../scripts/bench-page/prose';

const PAGES = join(import.meta.dirname, '../fixtures/pages');
const index = compileClaimIndex(loadDatasetOrExit());
const matcher = createMatcher(index);

/** Whether the gate lets the page through, reading it block by block as the scout does. */
async function gatePasses(html: string): Promise<boolean> {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true } });
  try {
    window.document.write(html.replace(/<link\b[^>]*>/gi, ''));
    return await forEachBlock(
      window.document.body as unknown as Element,
      createClaimGate(index.prefilter, () => createMatcher(index)),
    );
  } finally {
    await window.happyDOM.close();
  }
}

describe('the claim gate', () => {
  const pages = readdirSync(PAGES).filter((f) => f.endsWith('.html'));

  it.each(pages)('lets %s through if the full scan finds a claim there', async (name) => {
    const html = readFileSync(join(PAGES, name), 'utf8');
    const findings = await scanHtml(html, matcher);
    if (findings.length > 0) expect(await gatePasses(html)).toBe(true);
  });

  it.each(['unrelated-control.html', 'notes-offtopic.html', 'same-topic-control.html'])('stops %s', async (name) => {
    expect(await gatePasses(readFileSync(join(PAGES, name), 'utf8'))).toBe(false);
  });

  it('stops prose that shares the topic’s everyday words (the bench’s football and cooking pages)', () => {
    const gate = createClaimGate(index.prefilter, () => createMatcher(index));
    for (const paragraph of [...FOOTBALL, ...COOKING]) expect(gate(paragraph), paragraph).toBe(false);
  });

  it('passes the op-ed', async () => {
    expect(await gatePasses(readFileSync(join(PAGES, 'op-ed.html'), 'utf8'))).toBe(true);
  });
});
