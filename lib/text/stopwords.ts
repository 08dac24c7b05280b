import { stemWord } from './normalize';
/**
 * Words too common to say anything about which claim a sentence makes. Left out of similarity
 * vectors (never out of term groups: a claim author may still write "no meeting").
 */
export const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both
  but by can could did do does doing down during each few for from further had has have having he her here hers herself
  him himself his how i if in into is it its itself just me more most my myself now of off on once only or other our ours
  ourselves out over own said same says she should so some such than that the their theirs them themselves then there
  these they this those through to too under until up very was we were what when where which while who whom why will
  with would you your yours yourself yourselves s t`.split(/\s+/),
);

let stopwordStems: Set<string> | undefined;

/**
 * Whether a stem is a stopword's, which is how tokens carry them ("was" → "wa"). The stems are
 * made on first use, not while a page evaluates the script that imports this.
 */
export function isStopwordStem(stem: string): boolean {
  return (stopwordStems ??= new Set([...STOPWORDS].map(stemWord))).has(stem);
}
