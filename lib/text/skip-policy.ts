import { CARD_TAG, NOTICE_TAG } from '../dom/names';

/**
 * Which parts of a page Gloss reads, as plain data and two checks on an element's own markup:
 * the small script every page gets and the full text extraction share it, so both read the same
 * text. No walk over the page here.
 */

/** Elements whose text is never prose a reader reads as the article (or is our own UI). */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'NAV',
  'FOOTER',
  'ASIDE',
  'FORM',
  'SVG',
  'CANVAS',
  'IFRAME',
  'CODE',
  'PRE',
  // The title of a cited work is not the article's claim.
  'CITE',
  CARD_TAG.toUpperCase(),
  NOTICE_TAG.toUpperCase(),
]);

/** Elements that start a new run of text (a paragraph to a reader). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'P',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'DD',
  'DT',
  'FIGCAPTION',
  'TD',
  'TH',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'BODY',
  'CAPTION',
  'SUMMARY',
  'DETAILS',
]);

/**
 * Reference lists and bibliographies (Wikipedia's `references`/`reflist`, DPUB-ARIA roles):
 * citations quote other works' titles, and a reader does not read them as the article's prose.
 */
const CITATION_LIST = /(^|\s)(references|reflist|refbegin|citations|footnotes)(\s|$)/;
const CITATION_ROLES = new Set(['doc-bibliography', 'doc-endnotes', 'doc-footnote']);

/** Whether an element's own markup says it is out of the reading (hidden, decorative, editable, citations). */
export function isSkipped(el: Element): boolean {
  return (
    SKIPPED_TAGS.has(el.tagName) ||
    CITATION_LIST.test(el.getAttribute('class') ?? '') ||
    CITATION_ROLES.has(el.getAttribute('role') ?? '') ||
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    (el as HTMLElement).isContentEditable === true
  );
}

/** Whether an element is, or sits inside, content Gloss never reads (scripts, navigation, hidden parts…). */
export function isInsideSkipped(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) if (isSkipped(node)) return true;
  return false;
}
