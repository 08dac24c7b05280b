/**
 * The sentences of a page's blocks, matched against the bundled claims: here, a sentence at a
 * time between yields (the `scan` CLI, unit tests), or in the background, in batches sent while
 * the page goes on splitting sentences, so that matching runs beside the page, not on its main
 * thread (the content script).
 */
import type { TextBlock } from '../text/extract';
import { collapseWhiteSpace, iterateSentences } from '../text/sentences';
import type { Matcher, SentenceMatch } from '../match/matcher';
import { forEachInSlices } from '../util/cooperate';
import { PAGE_TEXT_BLOCK_CHARS } from './page-text-limits';
import type { Finding } from './find-claims';

/** Matches sentences elsewhere (in the background): one list per sentence, in order. */
export type MatchElsewhere = (sentences: string[]) => Promise<SentenceMatch[][]>;

/** The bundled claims' matcher: one here, or one in the background. */
export type BundledMatcher = Matcher | MatchElsewhere;

/** Sentences per question to the background, within the protocol's limits (page-text-limits.ts). */
export const BATCH_CHARS = 100_000;
export const BATCH_SENTENCES = 2_000;

export interface SentenceMatching {
  /**
   * Splits these blocks into sentences and has them matched; resolves once all are split (and,
   * here, matched), with them in document order. Matches from the background arrive later:
   * await `settled()` before reading them.
   */
  add(blocks: readonly TextBlock[]): Promise<Finding[]>;
  /** Resolves when every sentence added so far has its matches; rejects if a batch failed. */
  settled(): Promise<void>;
}

/**
 * With `keepAll`, every sentence is kept (another matcher sees them all later); otherwise only
 * those that make a claim, or, when matching in the background, every sentence until it settles.
 */
export function createSentenceMatching(matcher: BundledMatcher, keepAll: boolean, signal?: AbortSignal): SentenceMatching {
  let answered: Promise<void> = Promise.resolve();
  let failure: { error: unknown } | undefined;
  let batch: Finding[] = [];
  let size = 0;
  const send = () => {
    const sent = batch;
    batch = [];
    size = 0;
    if (sent.length === 0) return;
    const answer = (matcher as MatchElsewhere)(sent.map((f) => f.sentence)).then((found) => sent.forEach((f, k) => (f.matches = found[k] ?? [])));
    // A failure is kept for `settled`, not left unhandled meanwhile.
    answered = Promise.all([answered, answer.catch((error: unknown) => void (failure ??= { error }))]).then(() => {});
  };
  const here = typeof matcher !== 'function' ? matcher : undefined;
  return {
    async add(blocks) {
      const part: Finding[] = [];
      await forEachInSlices(
        sentencesOf(blocks),
        ({ block, start, end }) => {
          const sentence = collapseWhiteSpace(block.text.slice(start, end));
          if (here) {
            const matches = here.matchSentence(sentence);
            if (matches.length > 0 || keepAll) part.push({ block, start, end, sentence, matches });
            return;
          }
          // A "sentence" longer than a block may be (a wall of text without stops) is no claim.
          if (sentence.length > PAGE_TEXT_BLOCK_CHARS) return;
          if (batch.length >= BATCH_SENTENCES || size + sentence.length > BATCH_CHARS) send();
          const finding = { block, start, end, sentence, matches: [] };
          batch.push(finding);
          size += sentence.length;
          part.push(finding);
        },
        signal,
      );
      if (!here) send();
      return part;
    },
    async settled() {
      await answered;
      if (failure) throw failure.error;
    },
  };
}

function* sentencesOf(blocks: Iterable<TextBlock>): Generator<{ block: TextBlock; start: number; end: number }> {
  for (const block of blocks) for (const { start, end } of iterateSentences(block.text)) yield { block, start, end };
}
