import { beforeEach, describe, expect, it } from 'vitest';
import { HighlightSet } from '@/lib/highlight/highlight-set';
import { compileClaimIndex } from '@/lib/match/claim-index';
import { createMatcher } from '@/lib/match/matcher';
import { findClaims } from '@/lib/page/find-claims';

const matcher = createMatcher(
  compileClaimIndex([
    { id: 'troops-targets', match: { all: [['foreign troops'], ['legitimate target']], paraphrases: ['x', 'y'] } },
    { id: 'nato-root', match: { all: [['nato'], ['root cause']], paraphrases: ['x', 'y'] } },
  ]),
);

const ARTICLE = `
  <h1>Talks</h1>
  <p>Intro sentence here. Putin said <a href="/x">foreign <em>troops</em></a> would be a <em>legitimate target</em>. Then nothing.</p>
  <p><strong>Critics said NATO was the root</strong> cause, he claimed. Last words.</p>
  <script>var foreign = "troops legitimate target";</script>
  <p hidden>Foreign troops are a legitimate target.</p>
`;

describe('highlighting', () => {
  let article: HTMLElement;
  beforeEach(() => {
    document.body.innerHTML = `<article>${ARTICLE}</article>`;
    article = document.querySelector('article')!;
  });

  it('wraps each matched sentence, across inline markup, and skips hidden and script text', async () => {
    const findings = await findClaims(article, matcher);
    expect(findings.map((f) => f.sentence)).toEqual([
      'Putin said foreign troops would be a legitimate target.',
      'Critics said NATO was the root cause, he claimed.',
    ]);
    const set = new HighlightSet();
    await set.apply(findings, (ids) => `Claim: ${ids[0]}, show context`);

    const first = article.querySelectorAll('p')[0].querySelectorAll('gloss-claim');
    expect(first).toHaveLength(1);
    expect(first[0].textContent).toBe('Putin said foreign troops would be a legitimate target.');
    expect(first[0].getAttribute('data-claim-id')).toBe('troops-targets');
    expect(first[0].getAttribute('tabindex')).toBe('0');
    expect(first[0].getAttribute('aria-label')).toBe('Claim: troops-targets, show context');
    // The link is inside the highlight, untouched.
    expect(first[0].querySelector('a[href="/x"]')?.textContent).toBe('foreign troops');

    // A sentence that starts inside <strong> needs two wrappers; one Tab stop.
    const second = [...article.querySelectorAll('p')[1].querySelectorAll('gloss-claim')];
    expect(second.map((e) => e.textContent).join('')).toBe('Critics said NATO was the root cause, he claimed.');
    // Focusable, but not a Tab stop: the page's first highlight is the only one (roving.ts).
    expect(second.map((e) => e.getAttribute('tabindex'))).toEqual(['-1', '-1']);
    expect(set.all.map((a) => a.claimIds)).toEqual([['troops-targets'], ['nato-root']]);
  });

  it('marks every element with the look, subtle by default, and restyles drawn ones when it changes', async () => {
    const set = new HighlightSet();
    await set.apply(await findClaims(article, matcher), (ids) => ids[0]);
    const elements = () => [...article.querySelectorAll('gloss-claim')];
    expect(elements().length).toBe(3);
    expect(elements().every((el) => el.hasAttribute('data-gloss-subtle'))).toBe(true);
    set.setLook('full');
    expect(elements().some((el) => el.hasAttribute('data-gloss-subtle'))).toBe(false);
    set.setLook('subtle');
    expect(elements().every((el) => el.hasAttribute('data-gloss-subtle'))).toBe(true);
  });

  it("marks a block's second and later claim sentences quiet (the density rule), every element of them", async () => {
    document.body.innerHTML =
      '<article><p>Foreign troops would be a legitimate target. NATO was the root cause. Foreign troops are a legitimate target.</p><p>NATO was the root cause.</p></article>';
    const set = new HighlightSet();
    await set.apply(await findClaims(document.querySelector('article')!, matcher), (ids) => ids[0]);
    const [first, second] = document.querySelectorAll('p');
    expect([...first.querySelectorAll('gloss-claim')].map((el) => el.hasAttribute('data-gloss-quiet'))).toEqual([false, true, true]);
    // Another paragraph starts over: its first sentence carries the mark.
    expect([...second.querySelectorAll('gloss-claim')].map((el) => el.hasAttribute('data-gloss-quiet'))).toEqual([false]);
  });

  it('removing restores the DOM exactly: markup, text nodes and node identity', async () => {
    const before = article.innerHTML;
    const textNodesBefore = collectText(article);
    const set = new HighlightSet();
    await set.apply(await findClaims(article, matcher), () => 'label');
    expect(article.innerHTML).not.toBe(before);
    set.clear();
    expect(article.innerHTML).toBe(before);
    const textNodesAfter = collectText(article);
    expect(textNodesAfter).toHaveLength(textNodesBefore.length);
    textNodesAfter.forEach((node, i) => expect(node).toBe(textNodesBefore[i]));
  });

  it('finds the highlight from any element inside it', async () => {
    const set = new HighlightSet();
    await set.apply(await findClaims(article, matcher), () => 'label');
    const em = article.querySelector('gloss-claim em')!;
    expect(set.find(em)?.claimIds).toEqual(['troops-targets']);
    expect(set.find(article.querySelector('h1'))).toBeUndefined();
  });
});

function collectText(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}

describe('re-highlighting', () => {
  it('can clear and apply the same findings again: the offset maps are restored with the DOM', async () => {
    document.body.innerHTML = `<article>${ARTICLE}</article>`;
    const article = document.querySelector('article')!;
    const findings = await findClaims(article, matcher);
    const set = new HighlightSet();
    const html = article.innerHTML;
    for (let round = 0; round < 3; round++) {
      await set.apply(findings, () => 'label');
      expect([...article.querySelectorAll('gloss-claim:not([data-gloss-part])')].map((e) => e.textContent)).toEqual([
        'Putin said foreign troops would be a legitimate target.',
        'Critics said NATO was the root',
      ]);
      set.clear();
      expect(article.innerHTML).toBe(html);
      for (const f of findings) expect(f.block.nodes.every((n) => n.isConnected)).toBe(true);
    }
  });
});

describe('one Tab stop for all highlights', () => {
  it('is the first sentence in the page, moves to the one the reader focuses, and comes back when that one goes', async () => {
    document.body.innerHTML = `<article>${ARTICLE}</article>`;
    const article = document.querySelector('article')!;
    const findings = await findClaims(article, matcher);
    const set = new HighlightSet();
    await set.apply(findings, () => 'label');
    const stops = () => [...article.querySelectorAll<HTMLElement>('gloss-claim[tabindex="0"]')];
    const [first, second] = [...article.querySelectorAll<HTMLElement>('gloss-claim:not([data-gloss-part])')];
    expect(stops()).toEqual([first]);
    expect(second.tabIndex).toBe(-1);
    set.tabStop.focused(second);
    expect(stops()).toEqual([second]);
    set.removeInBlocks(new Set([findings[1].block.element]));
    expect(stops().map((e) => e.textContent)).toEqual([first.textContent]);
    set.clear();
  });
});

describe('a highlight the page or a rescan took away', () => {
  it('is not found from its old element (a hover timer may still hold it)', async () => {
    document.body.innerHTML = `<article>${ARTICLE}</article>`;
    const article = document.querySelector('article')!;
    const findings = await findClaims(article, matcher);
    const set = new HighlightSet();
    await set.apply(findings, () => 'label');
    const [first, second] = [...article.querySelectorAll<HTMLElement>('gloss-claim:not([data-gloss-part])')];
    expect(set.find(first)).toBeDefined();
    set.removeInBlocks(new Set([findings[0].block.element]));
    expect(set.find(first)).toBeUndefined();
    expect(set.find(second)?.claimIds).toEqual(['nato-root']);
    set.clear();
    expect(set.find(second)).toBeUndefined();
  });
});
