/** The toolbar popup: this site on/off, and what Gloss found on the page. */
import { useEffect, useState } from 'preact/hooks';
import type { PageStatus } from '@/lib/messages/responses';
import type { VerdictLabel } from '@/lib/data/schema';
import { VERDICT_TEXT, t } from './strings';

export interface PopupApi {
  /** null when the tab has no Gloss content script. */
  pageStatus(): Promise<PageStatus | null>;
  setSiteEnabled(host: string, enabled: boolean): Promise<boolean>;
}

type View = { state: 'loading' } | { state: 'unavailable' } | { state: 'ready'; page: PageStatus };

/** After switching on, the page rescans; its claim list is asked for again after this delay. */
const RESCAN_POLL_MS = 300;

export function SitePopup({ api }: { api: PopupApi }) {
  const [view, setView] = useState<View>({ state: 'loading' });
  const [error, setError] = useState<string | null>(null);

  const refresh = () =>
    api.pageStatus().then(
      (page) => setView(page ? { state: 'ready', page } : { state: 'unavailable' }),
      () => setView({ state: 'unavailable' }),
    );

  useEffect(() => void refresh(), []);

  async function toggle(page: PageStatus) {
    setError(null);
    try {
      const enabled = await api.setSiteEnabled(page.host, !page.enabled);
      setView({ state: 'ready', page: { ...page, enabled, claims: enabled ? page.claims : [] } });
      if (enabled) setTimeout(() => void refresh(), RESCAN_POLL_MS);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <main>
      <h1>{t.popupTitle}</h1>
      {view.state === 'loading' && <p class="muted">…</p>}
      {view.state === 'unavailable' && <p>{t.popupUnavailable}</p>}
      {view.state === 'ready' && (
        <>
          <label class="switch">
            <input type="checkbox" checked={view.page.enabled} onChange={() => toggle(view.page)} />
            {t.popupToggle}
          </label>
          <p class="muted" role="status">
            {view.page.enabled ? t.popupOnHere(view.page.host) : t.popupOffHere(view.page.host)}
          </p>
          {!view.page.enabled && <p>{t.popupOffReason}</p>}
          {view.page.enabled && view.page.claims.length === 0 && <p>{t.popupNoClaims}</p>}
          {view.page.enabled && view.page.claims.length > 0 && (
            <>
              <p>{t.popupClaimsFound(view.page.claims.length)}</p>
              <ul class="claims">
                {view.page.claims.map((c) => (
                  <li key={c.id}>
                    {c.title} — {VERDICT_TEXT[c.verdict as VerdictLabel] ?? c.verdict}
                    {c.count > 1 ? ` (×${c.count})` : ''}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      {error && <p class="error" role="alert">{error}</p>}
    </main>
  );
}
