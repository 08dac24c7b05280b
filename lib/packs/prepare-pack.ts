/**
 * A pack file, as the reader picked it, made ready to store: parsed, read in whatever format it
 * is (read-pack.ts), and every claim given its global id, its rating for the highlight and its
 * wordings as stems (so the background's matcher is rebuilt from the store without stemming
 * 10,000 claims again). Pure: the import's report comes from here, before anything is written.
 */
import type { Claim, VerdictLabel } from '../data/schema';
import { contentStems } from '../match/claim-index';
import { tokenize } from '../text/normalize';
import { hashText } from '../util/hash';
import type { Problem, Review } from './claimreview';
import { packClaimId, packIdFrom } from './pack-ids';
import type { StoredPack, StoredPackClaim } from './pack-types';
import type { RatingClass } from './rating';
import { readPack } from './read-pack';

import { MAX_PACK_BYTES, MAX_PACK_CLAIMS } from './pack-limits';
import { predicateStems } from './predicate';
import { nameStems } from './matchable-claim';

export type PreparedPack = { ok: true; pack: StoredPack; claims: StoredPackClaim[] } | { ok: false; problems: Problem[] };

const fileProblem = (message: string): PreparedPack => ({ ok: false, problems: [{ item: null, field: '(file)', message }] });

/** Strictest first: the highlight warns as much as the strictest fact-checker. */
const STRICTNESS: RatingClass[] = ['false', 'misleading', 'mixed', 'true', 'unrated'];
const strictest = (reviews: Review[]): RatingClass =>
  reviews.map((r) => r.verdict).sort((a, b) => STRICTNESS.indexOf(a) - STRICTNESS.indexOf(b))[0] ?? 'unrated';

/** The dataset's verdicts on the small scale, for a full Gloss claim in a pack. */
const RATING_OF: Record<VerdictLabel, RatingClass> = {
  inaccurate: 'false',
  misleading: 'misleading',
  'missing-context': 'mixed',
  opinion: 'mixed',
  'negotiating-position': 'mixed',
  accurate: 'true',
};

const stemsOf = (texts: string[]) => texts.map((t) => contentStems(t).join(' ')).filter(Boolean);

/** A word in capitals, of two letters or more: an acronym, unless the whole text is in capitals. */
const ACRONYM = /^\p{Lu}{2,}$/u;
const UPPER = /\p{Lu}/gu;
const LOWER = /\p{Ll}/gu;

/**
 * Stems of the words a claim writes with a capital: its names (see MIN_SHARED_OTHER_WORDS). The
 * first word counts only when the next is capitalised too ("New Zealand …"), since any sentence
 * starts with a capital. Acronyms are kept in capitals (see pack-types.ts); in a text written in
 * capitals ("RUSSIA IS LOSING") no word is one.
 */
function namesOf(texts: string[]): string[] {
  const names = new Set<string>();
  for (const text of texts) {
    const words = tokenize(text);
    const shouted = (text.match(UPPER)?.length ?? 0) > (text.match(LOWER)?.length ?? 0);
    const capital = (i: number) => i < words.length && /^\p{Lu}/u.test(text.slice(words[i].start, words[i].end));
    words.forEach((word, i) => {
      if (!shouted && ACRONYM.test(text.slice(word.start, word.end))) names.add(word.stem.toUpperCase());
      else if (capital(i) && (i > 0 || capital(1))) names.add(word.stem);
    });
  }
  return [...names];
}

/** What the background matches a claim by, worked out once at import: its wordings, names and predicate. */
function forMatching(texts: string[], text: string): Pick<StoredPackClaim, 'wordings' | 'names' | 'predicate'> {
  const names = namesOf(texts);
  return { wordings: stemsOf(texts), names, predicate: predicateStems(text, nameStems(names)) ?? '' };
}

/** `fileName` names the pack when the file does not; `now` is the import's time. */
export function preparePack(fileName: string, text: string, now: number): PreparedPack {
  if (text.length > MAX_PACK_BYTES) return fileProblem(`larger than ${MAX_PACK_BYTES / 1024 / 1024} MB`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fileProblem(`not JSON: ${(error as Error).message}`);
  }
  const read = readPack(json);
  if (!read.ok) return read;
  if (read.claims.length > MAX_PACK_CLAIMS) return fileProblem(`more than ${MAX_PACK_CLAIMS} claims`);
  const about = read.format === 'gloss' ? read.about : {};
  const id = packIdFrom(about.id ?? fileName);
  const claims: StoredPackClaim[] =
    read.format === 'claimreview'
      ? read.claims.map((c) => ({
          id: packClaimId(id, c.id),
          packId: id,
          localId: c.id,
          text: c.text,
          ...(c.claimant ? { claimant: c.claimant } : {}),
          appearances: c.appearances,
          reviews: c.reviews,
          verdict: strictest(c.reviews),
          ...forMatching([c.text], c.text),
        }))
      : read.claims.map((c) => {
          const base = { id: packClaimId(id, c.id), packId: id, localId: c.id, appearances: [], reviews: [] };
          if ('text' in c) return { ...base, text: c.text, verdict: 'unrated' as const, ...forMatching([c.text], c.text) };
          const claim: Claim = c;
          return {
            ...base,
            text: claim.statement,
            verdict: RATING_OF[claim.verdict.label],
            claim: { ...claim, id: base.id, related: [] },
            ...forMatching([claim.title, claim.statement, ...claim.match.paraphrases], claim.statement),
          };
        });
  const publishers = [...new Set(claims.flatMap((c) => c.reviews.map((r) => r.publisher)))];
  const source =
    about.source ?? (publishers.length ? publishers.slice(0, 3).join(', ') + (publishers.length > 3 ? ` +${publishers.length - 3}` : '') : fileName);
  const pack: StoredPack = {
    id,
    name: about.name ?? fileName.replace(/\.(json|jsonld)$/i, ''),
    source,
    format: read.format,
    ...(about.version ? { version: about.version } : {}),
    importedAt: now,
    enabled: true,
    count: claims.length,
    digest: hashText(text),
    original: text,
    deletedAt: null,
  };
  return { ok: true, pack, claims };
}
