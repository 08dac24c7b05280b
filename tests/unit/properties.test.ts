/**
 * Property tests: random text and random DOM never make extraction, segmentation, matching or
 * highlighting throw, offsets always map back to the exact DOM text, and highlighting then
 * clearing leaves the DOM as it was.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HighlightSet } from '@/lib/highlight/highlight-set';
import { compileClaimIndex } from '@/lib/match/claim-index';
import { createMatcher, mayMentionClaims } from '@/lib/match/matcher';
import { findClaims } from '@/lib/page/find-claims';
import { extractBlocks, locate } from '@/lib/text/extract';
import { tokenize } from '@/lib/text/normalize';
import { segmentSentences } from '@/lib/text/sentences';
import { mapText } from '@/lib/text/dom-text';
import { isSkipped } from '@/lib/text/skip-policy';

/** Hundreds of random cases each: under a second here, several on two busy cores (default 5 s). */
const PROPERTY = { timeout: 60_000 };

const index = compileClaimIndex([
  {
    id: 'troops-targets',
    match: {
      all: [
        ['foreign troops', 'soldiers'],
        ['legitimate target', 'target'],
      ],
      paraphrases: ['x y', 'y x'],
    },
  },
  { id: 'nato-root', match: { all: [['nato'], ['root cause', 'caused'], ['expansion', 'enlargement']], paraphrases: ['x y', 'y x'] } },
]);
const matcher = createMatcher(index);

/** Words that make matches likely, mixed with arbitrary unicode (bidi controls, astral, lone surrogates). */
const word = fc.oneof(
  { arbitrary: fc.constantFrom('foreign troops would be a legitimate target.', 'NATO expansion was the root cause.'), weight: 2 },
  fc.constantFrom('foreign', 'troops', 'legitimate', 'target', 'NATO', 'root', 'cause', 'expansion', 'U.S.', 'Mr.', '.', '!', '?', ' ', '\n', '’s'),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
);
const text = fc.array(word, { maxLength: 40 }).map((w) => w.join(' '));

type Tree = string | { tag: string; children: Tree[] };
const tags = ['p', 'em', 'a', 'strong', 'span', 'div', 'script', 'li', 'br', 'b'];
const tree: fc.Arbitrary<Tree> = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, text, fc.record({ tag: fc.constantFrom(...tags), children: fc.array(tie('node'), { maxLength: 4 }) })),
})).node as fc.Arbitrary<Tree>;

function build(parent: Element, t: Tree): void {
  if (typeof t === 'string') parent.append(document.createTextNode(t));
  else {
    const el = document.createElement(t.tag);
    if (t.tag !== 'br') t.children.forEach((c) => build(el, c));
    parent.append(el);
  }
}

/** Each highlight's elements hold, together, exactly the sentence it was made for. */
function expectEachHighlightIsItsSentence(set: HighlightSet): void {
  for (const { finding, highlight } of set.all) {
    const text = highlight.elements.map((el) => mapText(el, isSkipped).text).join('');
    expect(text.replace(/\s+/g, ' ').trim()).toBe(finding.sentence);
  }
}

describe('properties', () => {
  it('text: tokenising, segmenting and matching never throw and stay in bounds', PROPERTY, () => {
    fc.assert(
      fc.property(text, (s) => {
        for (const t of tokenize(s)) expect(t.end).toBeLessThanOrEqual(s.length);
        for (const r of segmentSentences(s)) expect(0 <= r.start && r.start < r.end && r.end <= s.length).toBe(true);
        for (const m of matcher.matchSentence(s)) {
          for (const span of m.spans) expect(span.end).toBeLessThanOrEqual(s.length);
          expect(mayMentionClaims(index, s)).toBe(true);
        }
        matcher.rankSentence(s, 3);
      }),
      { numRuns: 300 },
    );
  });

  it('DOM: block offsets map back to the exact text of the DOM', PROPERTY, () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 5 }), (trees) => {
        const root = document.createElement('article');
        trees.forEach((t) => build(root, t));
        for (const block of extractBlocks(root)) {
          expect(block.nodes.map((n) => n.data).join('')).toBe(block.text);
          for (let offset = 0; offset < block.text.length; offset++) {
            const at = locate(block, offset, 'start');
            expect(at.node.data[at.offset]).toBe(block.text[offset]);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('DOM: highlighting and clearing never throws, keeps the text, and restores the markup', PROPERTY, async () => {
    let highlighted = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(tree, { maxLength: 5 }), async (trees) => {
        const root = document.createElement('article');
        trees.forEach((t) => build(root, t));
        document.body.replaceChildren(root);
        const html = root.innerHTML;
        const textBefore = root.textContent;
        const set = new HighlightSet();
        await set.apply(await findClaims(root, matcher), () => 'label');
        highlighted += set.all.length;
        expectEachHighlightIsItsSentence(set);
        expect(root.textContent).toBe(textBefore);
        set.clear();
        expect(root.innerHTML).toBe(html);
      }),
      { numRuns: 150 },
    );
    // The generator must actually produce pages with claims, or the property says nothing.
    expect(highlighted).toBeGreaterThan(20);
  });

  it('DOM: sentences wrapped in any order, then cleared, restore the markup and the text nodes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(tree, { maxLength: 5 }), fc.integer(), async (trees, seed) => {
        const root = document.createElement('article');
        trees.forEach((t) => build(root, t));
        document.body.replaceChildren(root);
        const html = root.innerHTML;
        const nodes = [...extractBlocks(root).flatMap((b) => b.nodes)];
        const findings = await findClaims(root, matcher);
        // A seeded shuffle: the highlighter must not depend on document order within a block.
        const order = findings
          .map((f, i) => ({ f, key: Math.sin(seed + i) }))
          .sort((a, b) => a.key - b.key)
          .map((x) => x.f);
        const set = new HighlightSet();
        await set.apply(order, () => 'label');
        expectEachHighlightIsItsSentence(set);
        set.clear();
        expect(root.innerHTML).toBe(html);
        expect(nodes.every((n) => n.isConnected)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
