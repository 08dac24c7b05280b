/**
 * DOM constants by value: `lib/` also runs in Node on a happy-dom document (the CLIs), where the
 * globals `Node`, `NodeFilter` and `Range` do not exist.
 */
export const ELEMENT_NODE = 1;
export const SHOW_ELEMENT = 0x1;
export const SHOW_TEXT = 0x4;
export const FILTER_ACCEPT = 1;
export const FILTER_REJECT = 2;
export const FILTER_SKIP = 3;
export const START_TO_START = 0;
export const END_TO_END = 2;
