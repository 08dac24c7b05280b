/**
 * The sentences of a page's blocks, matched against the bundled claims: here, a sentence at a
 * time between yields (the `scan` CLI, unit tests), or in the background, which is handed the
 * blocks' text in batches while the page goes on reading the next ones, and answers with each
 * block's sentences and their matches. In the content script the page's main thread then neither
 * splits sentences nor matches them.
 */
import type { TextBlock } from '../text/extract';
import { collapseWhiteSpace, iterateSentences } from '../text/sentences';
import type { Matcher, SentenceMatch } from '../match/matcher';
import type { BlockSentence } from '../match/block-sentences';
import { forEachInSlices } from '../util/cooperate';
import { PAGE_TEXT_BLOCK_CHARS } from './page-text-limits';
import type { Finding } from './find-claims';

/** Matches sentences elsewhere (the reader's packs, in the background): one list per sentence, in order. */
export type MatchElsewhere = (sentences: string[]) => Promise<SentenceMatch[][]>;

/** Splits and matches blocks of text elsewhere (the bundled claims, in the background): one list per text. */
export type MatchBlocksElsewhere = (texts: string[]) => Promise<BlockSentence[][]>;

/** The bundled claims' matcher: one here, or one in the background. */
export type BundledMatcher = Matcher | MatchBlocksElsewhere;

/** Text per question to the background, within the protocol's limits (page-text-limits.ts). */
export const BATCH_CHARS = 100_000;
export const BATCH_SENTENCES = 2_000;
/** A block longer than this goes in parts, cut at white space (a sentence across a cut is two). */
export const PART_CHARS = Math.min(60_000, PAGE_TEXT_BLOCK_CHARS);

/** The sentences of some blocks, in document order; complete once `settled()` resolves. */
export interface MatchedPart {
  findings(): Finding[];
}

export interface SentenceMatching {
  /**
   * Has these blocks' sentences found and matched; resolves once all are handed over (here:
   * matched). Elsewhere, `onAnswer` is given each batch's findings when its answer comes.
   */
  add(blocks: readonly TextBlock[], onAnswer?: (findings: Finding[]) => void): Promise<MatchedPart>;
  /** Resolves when every block added so far has its answer; rejects if a batch failed. */
  settled(): Promise<void>;
}

/**
 * With `keepAll`, every sentence is kept (another matcher sees them all later); otherwise only
 * those that make a claim.
 */
export function createSentenceMatching(matcher: BundledMatcher, keepAll: boolean, signal?: AbortSignal): SentenceMatching {
  const kept = (f: Finding) => keepAll || f.matches.length > 0;
  if (typeof matcher !== 'function') {
    return {
      async add(blocks) {
        const part: Finding[] = [];
        await forEachInSlices(
          sentencesOf(blocks),
          ({ block, start, end }) => {
            const finding = { block, start, end, sentence: collapseWhiteSpace(block.text.slice(start, end)), matches: [] as SentenceMatch[] };
            finding.matches = matcher.matchSentence(finding.sentence);
            if (kept(finding)) part.push(finding);
          },
          signal,
        );
        return { findings: () => part };
      },
      settled: async () => {},
    };
  }
  let answered: Promise<void> = Promise.resolve();
  let failure: { error: unknown } | undefined;
  /** A piece of a block's text, at `offset` in it; its findings go to `into`. */
  type Piece = { block: TextBlock; offset: number; text: string; into: Finding[] };
  let batch: Piece[] = [];
  let size = 0;
  const send = (onAnswer?: (findings: Finding[]) => void) => {
    const sent = batch;
    batch = [];
    size = 0;
    if (sent.length === 0) return;
    const answer = matcher(sent.map((p) => p.text)).then((found) => {
      const inBatch: Finding[] = [];
      sent.forEach(({ block, offset, into }, k) => {
        for (const { start, end, matches } of found[k] ?? []) {
          // Most sentences of a page make no claim: their text is not needed.
          if (!keepAll && matches.length === 0) continue;
          const finding = {
            block,
            start: offset + start,
            end: offset + end,
            sentence: collapseWhiteSpace(block.text.slice(offset + start, offset + end)),
            matches,
          };
          into.push(finding);
          inBatch.push(finding);
        }
      });
      onAnswer?.(inBatch);
    });
    // A failure is kept for `settled`, not left unhandled meanwhile.
    answered = Promise.all([answered, answer.catch((error: unknown) => void (failure ??= { error }))]).then(() => {});
  };
  return {
    async add(blocks, onAnswer) {
      const slots: Finding[][] = [];
      await forEachInSlices(
        blocks,
        (block) => {
          const into: Finding[] = [];
          slots.push(into);
          for (const [offset, text] of piecesOf(block.text)) {
            if (batch.length >= BATCH_SENTENCES || size + text.length > BATCH_CHARS) send(onAnswer);
            batch.push({ block, offset, text, into });
            size += text.length;
          }
        },
        signal,
      );
      send(onAnswer);
      return { findings: () => slots.flat() };
    },
    async settled() {
      await answered;
      if (failure) throw failure.error;
    },
  };
}

/** A block's text in pieces of at most PART_CHARS, cut after white space where there is some. */
function* piecesOf(text: string): Generator<[number, string]> {
  for (let offset = 0; offset < text.length;) {
    let end = Math.min(text.length, offset + PART_CHARS);
    if (end < text.length) {
      const space = text.lastIndexOf(' ', end - 1);
      if (space > offset) end = space + 1;
    }
    yield [offset, text.slice(offset, end)];
    offset = end;
  }
}

function* sentencesOf(blocks: Iterable<TextBlock>): Generator<{ block: TextBlock; start: number; end: number }> {
  for (const block of blocks) for (const { start, end } of iterateSentences(block.text)) yield { block, start, end };
}
