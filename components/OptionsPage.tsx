/**
 * The options page: where Gloss may read, the sites where it is off (each can be turned back on),
 * the pause, how highlights look, claim packs, every claim Gloss knows, the reader's notes, and
 * the history of where they met claims.
 */
import { useEffect, useState } from 'preact/hooks';
import { PauseControls } from './PauseControls';
import { SiteAccessControls, type SiteAccessApi } from './SiteAccessControls';
import { NotesManager, type NotesApi } from './NotesManager';
import { HistorySection, type HistoryApi } from './HistorySection';
import { HighlightLookControls } from './HighlightLookControls';
import { ClaimsBrowser, type ClaimsApi } from './ClaimsBrowser';
import { PacksSection, type PacksApi } from './PacksSection';
import type { HighlightLook } from '@/lib/store/highlight-look';
import { t, uiLanguage } from '@/lib/i18n/strings';

/** The privacy policy in the UI's language (public/privacy.<lang>.html); English is privacy.html. */
export const privacyPage = (language: string) => (language === 'en' ? 'privacy.html' : `privacy.${language}.html`);

export interface OptionsApi {
  load(): Promise<{ disabled: { host: string; updatedAt: number }[]; pausedUntil: number | null; look: HighlightLook }>;
  turnOn(host: string): Promise<void>;
  pause(until: number | null): Promise<number | null>;
  setLook(look: HighlightLook): Promise<unknown>;
}

export function OptionsPage({
  api,
  access,
  notes,
  history,
  claims,
  packs,
  historyClaim = null,
}: {
  api: OptionsApi;
  access: SiteAccessApi;
  notes: NotesApi;
  history: HistoryApi;
  claims: ClaimsApi;
  packs: PacksApi;
  historyClaim?: string | null;
}) {
  const [historyFor, setHistoryFor] = useState(historyClaim);
  const [disabled, setDisabled] = useState<{ host: string }[] | null>(null);
  const [pausedUntil, setPausedUntil] = useState<number | null>(null);
  const [look, setLook] = useState<HighlightLook | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The claims browser reads every claim again when packs change.
  const [packsVersion, setPacksVersion] = useState(0);

  const reload = () =>
    api.load().then(
      (state) => {
        setDisabled(state.disabled);
        setPausedUntil(state.pausedUntil);
        setLook(state.look);
      },
      (e: Error) => setError(e.message),
    );
  useEffect(() => void reload(), []);

  const attempt = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
      await reload();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <main>
      <h1>{t.optionsTitle()}</h1>
      <SiteAccessControls api={access} />
      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">{t.optionsSites()}</h2>
        {disabled === null && <p>{t.loading()}</p>}
        {disabled?.length === 0 && <p>{t.optionsNoSitesOff()}</p>}
        {disabled && disabled.length > 0 && (
          <>
            <p>{t.optionsSitesIntro()}</p>
            <ul class="sites">
              {disabled.map(({ host }) => (
                <li key={host}>
                  <span>{host}</span>
                  <button type="button" aria-label={t.optionsTurnOn(host)} onClick={() => attempt(() => api.turnOn(host))}>
                    {t.optionsTurnOn(host)}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section aria-labelledby="pause-heading">
        <h2 id="pause-heading">{t.optionsPause()}</h2>
        <PauseControls pausedUntil={pausedUntil} onPause={(until) => attempt(() => api.pause(until))} />
      </section>
      <section aria-labelledby="look-heading">
        <h2 id="look-heading">{t.lookHeading()}</h2>
        <HighlightLookControls look={look} onChange={(next) => attempt(() => api.setLook(next))} />
      </section>
      <PacksSection api={packs} onChanged={() => setPacksVersion((n) => n + 1)} />
      <ClaimsBrowser
        key={packsVersion}
        api={claims}
        onWhere={(id) => {
          setHistoryFor(id);
          requestAnimationFrame(() => document.getElementById('history')?.scrollIntoView());
        }}
      />
      <NotesManager api={notes} />
      <HistorySection api={history} claimId={historyFor} />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <footer>
        <p>
          {/* Shipped in the package, so reading it needs no network. */}
          <a href={privacyPage(uiLanguage())} target="_blank" rel="noopener noreferrer">
            {t.privacyPolicy()}
          </a>
        </p>
      </footer>
    </main>
  );
}
