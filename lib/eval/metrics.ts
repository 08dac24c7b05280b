/** Precision, recall and F1 of claim predictions against labels, per (sentence, claim) pair. */
import type { LabelledSentence } from './dev-set';

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface Evaluation {
  /** Over (sentence, claim) pairs: a highlight must name the right claim to count. */
  pairs: Scores;
  /** Over sentences: is the sentence highlighted when (and only when) it makes a claim? */
  sentences: Scores;
  perClaimRecall: Map<string, { found: number; total: number }>;
  misses: { id: string; text: string; claimId: string }[];
  falseHighlights: { id: string; text: string; claimId: string }[];
}

export function scores(tp: number, fp: number, fn: number): Scores {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePositives: tp, falsePositives: fp, falseNegatives: fn };
}

/** Compares `predict(text)` (claim ids) with the labels of each sentence. */
export function evaluate(sentences: LabelledSentence[], predict: (text: string) => string[]): Evaluation {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let stp = 0;
  let sfp = 0;
  let sfn = 0;
  const perClaimRecall = new Map<string, { found: number; total: number }>();
  const misses: Evaluation['misses'] = [];
  const falseHighlights: Evaluation['falseHighlights'] = [];
  for (const s of sentences) {
    const predicted = new Set(predict(s.text));
    const labelled = new Set(s.claims);
    for (const id of labelled) {
      const entry = perClaimRecall.get(id) ?? { found: 0, total: 0 };
      entry.total++;
      if (predicted.has(id)) {
        tp++;
        entry.found++;
      } else {
        fn++;
        misses.push({ id: s.id, text: s.text, claimId: id });
      }
      perClaimRecall.set(id, entry);
    }
    for (const id of predicted) {
      if (!labelled.has(id)) {
        fp++;
        falseHighlights.push({ id: s.id, text: s.text, claimId: id });
      }
    }
    if (predicted.size > 0 && labelled.size > 0) stp++;
    else if (predicted.size > 0) sfp++;
    else if (labelled.size > 0) sfn++;
  }
  return { pairs: scores(tp, fp, fn), sentences: scores(stp, sfp, sfn), perClaimRecall, misses, falseHighlights };
}
