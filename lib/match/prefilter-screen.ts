/**
 * The prefilter as the background runs it on a page's text: a cheap screen first, the exact test
 * (`testPrefilter`) only where the screen lets a block through.
 *
 * Every claim the exact test passes has a term of its anchor group in one sentence, so every word
 * of that term is in the block. The screen looks only for that: the anchor terms' words (a few
 * hundred table words instead of all of them), with no sentence splitting, word order or other
 * groups, and checks only the terms whose *key* (most distinctive word) is there. A block of an
 * unrelated page costs one tokenising pass and a map lookup per distinct word; the lookups are
 * remembered across blocks, since a page repeats its words.
 *
 * The screen never says no where the exact test would say yes (a unit test compares them), so
 * the prefilter stays a necessary condition for a match.
 */
import { builtOncePer } from '../util/built-once';
import { foldWord, testPrefilter, type PrefilterData, type PrefilterTerm } from './prefilter';

const WORD = /[\p{L}\p{N}]+(?:['’ʼ]\p{L}+)*/gu;
/** Remembered lookups per page; past this the memory is dropped and refilled (very long pages). */
const MAX_REMEMBERED = 20_000;

/** How much a table word narrows the page: its shortest alternative (a whole word counts as one shorter). */
function distinctiveness(entry: string): number {
  return Math.min(...entry.split('|').map((alternative) => (alternative.startsWith('=') ? alternative.length - 2 : alternative.length)));
}

/** The anchor terms' words as lookups from a page word's spelling, and the terms by their key word. */
interface Screen {
  begin: Map<string, number[]>;
  whole: Map<string, number[]>;
  lengths: number[];
  termsByKey: Map<number, PrefilterTerm[]>;
}

/** The screen of a table. */
function buildScreen(data: PrefilterData): Screen {
  const words = data.t ? data.t.split(',') : [];
  const strength = new Map<number, number>();
  const strengthOf = (w: number) => strength.get(w) ?? strength.set(w, distinctiveness(words[w])).get(w)!;
  // The key: the word fewest page words begin with; on a tie the later one ("the war": "war").
  const keyOf = (term: PrefilterTerm) => term.reduce((best, w) => (strengthOf(w) >= strengthOf(best) ? w : best));
  const begin = new Map<string, number[]>();
  const whole = new Map<string, number[]>();
  const termsByKey = new Map<number, PrefilterTerm[]>();
  const add = <K, V>(map: Map<K, V[]>, key: K, value: V) => void (map.get(key)?.push(value) ?? map.set(key, [value]));
  const looked = new Set<number>();
  for (const claim of data.c) {
    for (const term of claim?.a ?? []) {
      add(termsByKey, keyOf(term), term);
      for (const w of term) {
        if (looked.has(w)) continue;
        looked.add(w);
        for (const alternative of words[w].split('|')) {
          if (alternative.startsWith('=')) add(whole, alternative.slice(1), w);
          else add(begin, alternative, w);
        }
      }
    }
  }
  return { begin, whole, lengths: [...new Set([...begin.keys()].map((b) => b.length))].sort((x, y) => x - y), termsByKey };
}

/** The screen of a table, made once per table. */
const screenFor = builtOncePer(buildScreen);

const NONE: readonly number[] = [];

/**
 * A test for one page (`text` is a block): false means no claim can match in it. The returned
 * function remembers the page's words; make one per page.
 */
export function createPrefilterTest(data: PrefilterData): (text: string) => boolean {
  let screen: Screen | undefined;
  let remembered = new Map<string, readonly number[]>();

  /** The anchor words a page word stands for. */
  const anchorWordsOf = (token: string): readonly number[] => {
    let ids = remembered.get(token);
    if (ids) return ids;
    screen ??= screenFor(data);
    const word = foldWord(token);
    let found: number[] = screen.whole.get(word) ?? [];
    for (let i = 0; i < screen.lengths.length && screen.lengths[i] <= word.length; i++) {
      const more = screen.begin.get(word.slice(0, screen.lengths[i]));
      if (more) found = found.concat(more);
    }
    if (remembered.size >= MAX_REMEMBERED) remembered = new Map();
    remembered.set(token, (ids = found.length ? found : NONE));
    return ids;
  };

  /** Whether some anchor term has all its words in `tokens` (in any order, any sentence). */
  const someAnchorTerm = (tokens: string[]): boolean => {
    const hit = new Set<number>();
    for (const token of tokens) for (const w of anchorWordsOf(token)) hit.add(w);
    if (hit.size === 0) return false;
    for (const w of hit) for (const term of screen!.termsByKey.get(w) ?? []) if (term.every((x) => hit.has(x))) return true;
    return false;
  };

  return (text) => {
    const tokens = text.match(WORD);
    return !!tokens && someAnchorTerm(tokens) && testPrefilter(data, text);
  };
}
