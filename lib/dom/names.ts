/**
 * Every name Gloss writes into a page, in one place: its custom elements and its attributes.
 * A convention test fails if a `gloss-*` tag name is spelled anywhere else, so a rename is one
 * edit and a page's own markup can be told from ours by these names alone.
 */

/** A highlighted sentence (the stable contract for tests and assistive technology). */
export const CLAIM_TAG = 'gloss-claim';
/** The card's host element; its UI lives in the shadow root. */
export const CARD_TAG = 'gloss-card';
/** The empty, focusable marker after a passage note's words. */
export const NOTE_MARKER_TAG = 'gloss-note';
/** A short notice at the top of the page ("select text first"). */
export const NOTICE_TAG = 'gloss-notice';
/** An invisible live region: what a screen reader should hear as the reader moves between highlights. */
export const LIVE_TAG = 'gloss-live';

/** Every element Gloss adds: page scans skip them, the page watcher ignores them. */
export const GLOSS_TAGS = [CLAIM_TAG, CARD_TAG, NOTE_MARKER_TAG, NOTICE_TAG, LIVE_TAG] as const;

/** The CSS Custom Highlight that tints passage notes. */
export const PASSAGE_HIGHLIGHT_NAME = 'gloss-passage-note';

/**
 * On `<html>` while Gloss has nothing left to do on the page (no scan, highlighting, note placing,
 * pending page change, message under way, report to the background unanswered, or card about to
 * open or close on hover): the number of times it became idle. Absent while busy. Tests wait for
 * it instead of sleeping; it says nothing about the reader.
 */
export const IDLE_ATTRIBUTE = 'data-gloss-idle';
