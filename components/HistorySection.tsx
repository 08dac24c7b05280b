/**
 * "Where you met claims" in the options page: switch the history on or off, clear it, and (when
 * opened from a card's "Where?") the pages where one claim was found.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Sighting } from '@/lib/store/types';
import { t } from '@/lib/i18n/strings';

export interface HistoryApi {
  enabled(): Promise<boolean>;
  setEnabled(enabled: boolean): Promise<boolean>;
  clear(): Promise<void>;
  list(claimId: string): Promise<Sighting[]>;
  claimTitle(claimId: string): Promise<string>;
}

export function HistorySection({ api, claimId }: { api: HistoryApi; claimId: string | null }) {
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [sightings, setSightings] = useState<Sighting[] | null>(null);
  const [title, setTitle] = useState('');
  const [status, setStatus] = useState<string | null>(null);

  const loadList = () => {
    if (!claimId) return;
    void api.list(claimId).then(setSightings, (e: Error) => setStatus(e.message));
    void api.claimTitle(claimId).then(setTitle, () => setTitle(claimId));
  };
  useEffect(() => {
    void api.enabled().then(setEnabled, (e: Error) => setStatus(e.message));
    loadList();
  }, [claimId]);

  return (
    <section aria-labelledby="history-heading" id="history">
      <h2 id="history-heading">{t.historyHeading()}</h2>
      <label class="switch">
        <input
          type="checkbox"
          checked={enabled === true}
          disabled={enabled === null}
          onChange={(e) => void api.setEnabled((e.target as HTMLInputElement).checked).then(setEnabled, (err: Error) => setStatus(err.message))}
        />
        {t.historyToggle()}
      </label>
      <p>
        <button
          type="button"
          onClick={() =>
            void api.clear().then(
              () => {
                setStatus(t.historyCleared());
                loadList();
              },
              (e: Error) => setStatus(e.message),
            )
          }
        >
          {t.historyClear()}
        </button>
      </p>
      {status && <p role="status">{status}</p>}
      {claimId && sightings && (
        <>
          <h3>{t.historyFor(title || claimId)}</h3>
          {sightings.length === 0 && <p>{t.historyNone()}</p>}
          <ul class="sightings">
            {sightings.map((s) => (
              <li key={s.url}>
                <a href={s.url} target="_blank" rel="noopener noreferrer">
                  {s.title || s.url}
                </a>{' '}
                <span class="muted">{t.historySeen(new Date(s.firstSeen).toLocaleDateString(), new Date(s.lastSeen).toLocaleDateString())}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
