/** The toolbar popup: this site on/off, the claims found on the page, and undo for suppressed ones. */
import { useEffect, useState } from 'preact/hooks';
import type { PageStatus } from '@/lib/messages/responses';
import type { VerdictLabel } from '@/lib/data/schema';
import { PauseControls } from './PauseControls';
import { t, verdictText } from '@/lib/i18n/strings';
import { ratingText } from '@/lib/i18n/pack-strings';
import type { Relation } from '@/lib/match/relation';

export interface PopupApi {
  /** null when the tab has no Gloss content script. */
  pageStatus(): Promise<PageStatus | null>;
  setSiteEnabled(host: string, enabled: boolean): Promise<boolean>;
  /** Scrolls the page to the claim's first highlight and opens its card. */
  showClaim(claimId: string): Promise<void>;
  undoDismissal(url: string, claimId: string): Promise<void>;
  undoHidden(claimId: string): Promise<void>;
  /** `until`: ms since the epoch; null resumes. Resolves to the pause's end, or null. */
  pause(until: number | null): Promise<number | null>;
  pausedUntil(): Promise<number | null>;
  openOptions(): Promise<void>;
  /** The tab's site when Gloss may not read it (null when it may, or the address is not known). */
  siteWithoutAccess(): Promise<string | null>;
  /** Asks the browser for the site; called first thing in the reader's click. */
  allowSite(host: string): Promise<boolean>;
  /** Moves an orphaned note onto the reader's selection in the page. */
  reattach(noteId: string): Promise<void>;
  deleteNote(noteId: string): Promise<void>;
}

type View = { state: 'loading' } | { state: 'unavailable'; noAccessTo: string | null } | { state: 'ready'; page: PageStatus };

/** After a change the page rescans; its claim list is asked for again after this delay. */
const RESCAN_POLL_MS = 300;
/** The popup's groups, in this order: claims the page makes, reports, disputes. */
const RELATIONS: Relation[] = ['asserts', 'reports', 'disputes'];

export function SitePopup({ api }: { api: PopupApi }) {
  const [view, setView] = useState<View>({ state: 'loading' });
  const [error, setError] = useState<string | null>(null);
  const [pausedUntil, setPausedUntil] = useState<number | null>(null);

  const refresh = () => {
    void api.pausedUntil().then(setPausedUntil, () => {});
    const unavailable = () =>
      api.siteWithoutAccess().then(
        (noAccessTo) => setView({ state: 'unavailable', noAccessTo }),
        () => setView({ state: 'unavailable', noAccessTo: null }),
      );
    return api.pageStatus().then((page) => (page ? setView({ state: 'ready', page }) : unavailable()), unavailable);
  };

  useEffect(() => void refresh(), []);

  async function attempt(action: () => Promise<unknown>) {
    setError(null);
    try {
      await action();
      setTimeout(() => void refresh(), RESCAN_POLL_MS);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  function grant(host: string) {
    return api.allowSite(host).then((granted) => {
      if (!granted) throw new Error(t.accessNotGranted());
    });
  }

  async function toggle(page: PageStatus) {
    await attempt(async () => {
      const enabled = await api.setSiteEnabled(page.host, !page.enabled);
      setView({ state: 'ready', page: { ...page, enabled, claims: enabled ? page.claims : [] } });
    });
  }

  return (
    <main>
      <h1>{t.popupTitle()}</h1>
      {view.state === 'loading' && <p class="muted">{t.loading()}</p>}
      {view.state === 'unavailable' && view.noAccessTo === null && <p>{t.popupNoAccessUnknown()}</p>}
      {view.state === 'unavailable' && view.noAccessTo !== null && (
        <>
          <p>{t.popupNoAccess()}</p>
          <p>
            <button type="button" onClick={() => void attempt(() => grant(view.noAccessTo!))}>
              {t.popupAllowSite(view.noAccessTo)}
            </button>
          </p>
        </>
      )}
      {view.state === 'ready' && (
        <>
          <label class="switch">
            <input type="checkbox" checked={view.page.enabled} onChange={() => toggle(view.page)} />
            {t.popupToggle()}
          </label>
          <p class="muted" role="status">
            {view.page.enabled ? t.popupOnHere(view.page.host) : t.popupOffHere(view.page.host)}
          </p>
          {!view.page.enabled && <p>{t.popupOffReason()}</p>}
          {view.page.enabled && view.page.claims.length === 0 && <p>{t.popupNoClaims()}</p>}
          {view.page.enabled && view.page.claims.length > 0 && (
            <>
              <h2>{t.popupClaimsFound(view.page.claims.length)}</h2>
              {RELATIONS.map((relation) => {
                const group = view.page.claims.filter((c) => c.relation === relation);
                if (group.length === 0) return null;
                return (
                  <section key={relation} class="claim-group" data-relation={relation} aria-labelledby={`group-${relation}`}>
                    <h3 id={`group-${relation}`}>{t.popupGroup(relation)}</h3>
                    <ul class="claims">
                      {group.map((c) => (
                        <li key={c.id}>
                          <button type="button" class="link" data-claim-id={c.id} onClick={() => attempt(() => api.showClaim(c.id))}>
                            {c.title}
                          </button>{' '}
                          <span class="muted">
                            {c.rating ? ratingText(c.rating) : verdictText(c.verdict as VerdictLabel)}
                            {c.count > 1 ? ` · ×${c.count}` : ''}
                          </span>
                        </li>
                      ))}
                    </ul>
                  </section>
                );
              })}
            </>
          )}
          {view.page.notesPlaced > 0 && <p class="muted">{t.popupNotesPlaced(view.page.notesPlaced)}</p>}
          {view.page.orphans.length > 0 && (
            <section aria-labelledby="orphans-heading" class="orphans">
              <h2 id="orphans-heading">{t.popupOrphans()}</h2>
              <p class="muted">{t.popupOrphansHelp()}</p>
              <ul>
                {view.page.orphans.map((o) => (
                  <li key={o.id} data-note-id={o.id}>
                    <q>{o.quote.length > 120 ? `${o.quote.slice(0, 120)}…` : o.quote}</q>
                    <div class="muted">{o.text.length > 120 ? `${o.text.slice(0, 120)}…` : o.text}</div>
                    <div class="buttons">
                      <button type="button" onClick={() => attempt(() => api.reattach(o.id))}>
                        {t.popupReattach()}
                      </button>
                      <button type="button" onClick={() => attempt(() => api.deleteNote(o.id))}>
                        {t.deleteNote()}
                      </button>
                    </div>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <UndoList heading={t.popupDismissed()} items={view.page.dismissed} onUndo={(id) => attempt(() => api.undoDismissal(view.page.url, id))} />
          <UndoList heading={t.popupHidden()} items={view.page.hidden} onUndo={(id) => attempt(() => api.undoHidden(id))} />
        </>
      )}
      <section class="pause" aria-label={t.optionsPause()}>
        <PauseControls pausedUntil={pausedUntil} onPause={(until) => attempt(() => api.pause(until).then(setPausedUntil))} />
      </section>
      <p>
        <button type="button" class="link" onClick={() => attempt(api.openOptions)}>
          {t.openOptions()}
        </button>
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </main>
  );
}

function UndoList({ heading, items, onUndo }: { heading: string; items: { id: string; title: string }[]; onUndo(id: string): void }) {
  if (items.length === 0) return null;
  return (
    <section aria-label={heading}>
      <h2>{heading}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            {item.title}{' '}
            <button type="button" class="link" onClick={() => onUndo(item.id)}>
              {t.undo()}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
