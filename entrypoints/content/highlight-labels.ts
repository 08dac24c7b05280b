/** What each highlight says about its claims: an accessible label, and the verdict class its style shows. */
import type { Classifier, Labeller } from '@/lib/highlight/highlight-set';
import { shownVerdictText } from '@/lib/i18n/pack-strings';
import { t } from '@/lib/i18n/strings';
import { verdictClass } from '@/lib/data/verdict-class';
import type { ShownClaim } from '@/lib/packs/shown-claim';

/** For highlights whose best claim (the first id) is among `claims`; one label per set of ids. */
export function highlightLabels(claims: ReadonlyMap<string, ShownClaim>): { label: Labeller; classify: Classifier } {
  // Made once per set of claims, not per highlight: a long page repeats a few claims thousands of times.
  const labels = new Map<string, string>();
  return {
    label(ids) {
      const key = ids.join(' ');
      let text = labels.get(key);
      if (text === undefined) {
        const best = claims.get(ids[0]);
        labels.set(key, (text = t.highlightLabel(best?.title ?? ids[0], best ? shownVerdictText(best) : '')));
      }
      return text;
    },
    classify(ids) {
      const best = claims.get(ids[0]);
      return best ? verdictClass(best.verdict.label) : undefined;
    },
  };
}
