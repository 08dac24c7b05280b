/** The matcher's labelled development set, and its fixed split into tuning and held-out parts. */

export interface LabelledSentence {
  id: string;
  text: string;
  claims: string[];
  source: string;
}

export type Split = 'tune' | 'heldout';

/** Parses `sentences.jsonl`; a bad line is an error naming its line number. */
export function parseDevSet(jsonl: string): LabelledSentence[] {
  return jsonl
    .split('\n')
    .map((line, i) => [line.trim(), i + 1] as const)
    .filter(([line]) => line !== '')
    .map(([line, n]) => {
      const row = JSON.parse(line) as LabelledSentence;
      if (typeof row.id !== 'string' || typeof row.text !== 'string' || !Array.isArray(row.claims)) {
        throw new Error(`sentences.jsonl line ${n}: needs id, text and claims`);
      }
      return row;
    });
}

/**
 * 30% held out, chosen by a hash of the id: stable as sentences are added, and independent of
 * anything the matcher sees. Tuning never looks at the held-out part.
 */
export function splitOf(id: string): Split {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return (h >>> 0) % 10 < 3 ? 'heldout' : 'tune';
}
