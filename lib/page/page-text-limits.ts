/**
 * How the scout hands a page's text to the background (`page/read`): in batches, so a very long
 * page never builds one huge message, and the background can stop it at the first batch that
 * may mention a claim. Shared by the scout, which sends, and the protocol, which checks.
 */

/** A batch holds at most this many characters of text. */
export const PAGE_TEXT_BATCH_CHARS = 128_000;
/** One block at most this long (the scout cuts longer ones with an overlap). */
export const PAGE_TEXT_BLOCK_CHARS = 66_000;
