/**
 * DOM constants by value: `lib/` also runs in Node on a happy-dom document (the CLIs), where the
 * globals `Node`, `NodeFilter` and `Range` do not exist.
 */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const SHOW_TEXT = 0x4;
/** `a.compareDocumentPosition(b)` bits: b comes before a, after a, or inside a. */
export const DOCUMENT_POSITION_PRECEDING = 0x2;
export const DOCUMENT_POSITION_FOLLOWING = 0x4;
export const DOCUMENT_POSITION_CONTAINED_BY = 0x10;
