/** Pause Gloss everywhere (for an hour, or until resumed), or resume: shared by the popup and the options page. */
import { t } from '@/lib/i18n/strings';

export function PauseControls({ pausedUntil, onPause }: { pausedUntil: number | null; onPause(until: number | null): void }) {
  return pausedUntil !== null ? (
    <p>
      {t.popupPaused(pausedUntil)}{' '}
      <button type="button" onClick={() => onPause(null)}>
        {t.resume()}
      </button>
    </p>
  ) : (
    <p class="buttons">
      <button type="button" onClick={() => onPause(Date.now() + 3_600_000)}>
        {t.pauseHour()}
      </button>
      <button type="button" onClick={() => onPause(Number.MAX_SAFE_INTEGER)}>
        {t.pauseUntilResumed()}
      </button>
    </p>
  );
}
