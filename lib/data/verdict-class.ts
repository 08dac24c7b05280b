/**
 * The three kinds of verdict a highlight shows at a glance, so that a true statement does not look
 * as suspect as a false one: false or misleading, contested (missing context, opinion, a
 * negotiating position), accurate. Shown by more than colour (highlight.css): the underline's
 * style differs too.
 */
import type { VerdictLabel } from './schema';

export type VerdictClass = 'false' | 'contested' | 'accurate';

const CLASS_OF: Record<VerdictLabel, VerdictClass> = {
  inaccurate: 'false',
  misleading: 'false',
  'missing-context': 'contested',
  opinion: 'contested',
  'negotiating-position': 'contested',
  accurate: 'accurate',
};

export const verdictClass = (label: VerdictLabel): VerdictClass => CLASS_OF[label];
