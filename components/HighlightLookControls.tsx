/** How highlights look on every site: subtle (the default), full, or off with the popup only. */
import { HIGHLIGHT_LOOKS, type HighlightLook } from '@/lib/store/highlight-look';
import { t } from '@/lib/i18n/strings';

const LABELS: Record<HighlightLook, () => string> = { subtle: t.lookSubtle, full: t.lookFull, off: t.lookOff };

export function HighlightLookControls({ look, onChange }: { look: HighlightLook | null; onChange(look: HighlightLook): void }) {
  return (
    <fieldset class="look" disabled={look === null}>
      <legend>{t.lookLegend()}</legend>
      {HIGHLIGHT_LOOKS.map((option) => (
        <label key={option}>
          <input type="radio" name="highlight-look" value={option} checked={look === option} onChange={() => onChange(option)} /> {LABELS[option]()}
        </label>
      ))}
    </fieldset>
  );
}
