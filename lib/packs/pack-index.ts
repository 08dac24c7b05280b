/**
 * The background's matcher over the packs that are on, built incrementally: one matcher per pack,
 * built from the store on first need (the stems were computed at import) and kept until that
 * pack changes. Importing, switching or deleting one pack rebuilds that pack's matcher alone; the
 * others are reused. A sentence gets the best verified claim across the packs.
 */
import type { Database } from '../store/db';
import type { SentenceMatch } from '../match/matcher';
import { collapseWhiteSpace, iterateSentences } from '../text/sentences';
import { matchable } from './matchable-claim';
import { createPackMatcher, type PackMatcher } from './pack-matcher';

export interface PackIndex {
  matcher(): Promise<PackMatcher>;
  /** Whether any sentence of these blocks of a page's text makes a pack claim. */
  mentionedIn(blocks: readonly string[]): Promise<boolean>;
  /** A pack was imported, switched or deleted: the next use looks at the store again. */
  invalidate(): void;
  /** How many per-pack matchers have been built so far (tests check that a change rebuilds one). */
  readonly builds: number;
}

interface Built {
  /** The pack's digest when built: a newer version of the pack has another one. */
  digest: string;
  matcher: Promise<PackMatcher>;
}

export function createPackIndex(db: () => Promise<Database>): PackIndex {
  const byPack = new Map<string, Built>();
  let current: Promise<PackMatcher> | undefined;
  let builds = 0;

  async function assemble(): Promise<PackMatcher> {
    const database = await db();
    const on = (await database.getAll('packs')).filter((p) => p.enabled && p.deletedAt === null).sort((a, b) => a.importedAt - b.importedAt);
    for (const [id, built] of byPack) if (!on.some((p) => p.id === id && p.digest === built.digest)) byPack.delete(id);
    for (const pack of on) {
      if (byPack.has(pack.id)) continue;
      builds++;
      const matcher = database.getAllFromIndex('packClaims', 'byPack', pack.id).then((claims) => createPackMatcher(matchable(claims)));
      byPack.set(pack.id, { digest: pack.digest, matcher });
    }
    return combine(await Promise.all(on.map((p) => byPack.get(p.id)!.matcher)));
  }

  const matcher = () =>
    (current ??= assemble().catch((error: unknown) => {
      current = undefined;
      byPack.clear();
      throw error;
    }));

  return {
    matcher,
    async mentionedIn(blocks) {
      const m = await matcher();
      if (m.size === 0) return false;
      for (const block of blocks)
        for (const { start, end } of iterateSentences(block)) if (m.matchSentence(collapseWhiteSpace(block.slice(start, end))).length) return true;
      return false;
    },
    invalidate() {
      current = undefined;
    },
    get builds() {
      return builds;
    },
  };
}

/** One matcher over several packs' own: each verifies its best claim; the highest score wins. */
function combine(matchers: PackMatcher[]): PackMatcher {
  if (matchers.length === 1) return matchers[0];
  const best = <T extends { score: number }>(found: T[]): T[] => (found.length ? [found.reduce((a, b) => (b.score > a.score ? b : a))] : []);
  return {
    size: matchers.reduce((sum, m) => sum + m.size, 0),
    matchSentence: (sentence) => best(matchers.flatMap((m): SentenceMatch[] => m.matchSentence(sentence))),
    candidate: (sentence) => best(matchers.flatMap((m) => m.candidate(sentence) ?? []))[0] ?? null,
  };
}
