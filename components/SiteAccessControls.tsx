/**
 * Where Gloss may read pages: every site, or only the sites the reader chose. Shown on the
 * options page and, on first run, on the welcome page. What it shows is read back from the
 * browser's permissions after every change, never assumed.
 */
import { useEffect, useState } from 'preact/hooks';
import { parseSiteInput, type SiteAccess } from '@/lib/access/site-access';
import type { SiteAccessApi } from '@/lib/access/site-access-api';
import { t } from '@/lib/i18n/strings';

export type { SiteAccessApi };

export function SiteAccessControls({ api, headingLevel = 2 }: { api: SiteAccessApi; headingLevel?: 2 | 3 }) {
  const [access, setAccess] = useState<SiteAccess | null>(null);
  // "Only sites I choose" with none chosen yet looks, to the browser, like a fresh install; the
  // reader's pick is kept here so the choice they just made stays selected.
  const [pickedChosen, setPickedChosen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [draft, setDraft] = useState('');

  const reload = () => api.load().then(setAccess, (e: Error) => setProblem(e.message));
  useEffect(() => void reload(), []);

  /** `action` runs synchronously inside the event, before any await, for the browsers' sake. */
  function attempt(action: () => Promise<boolean | void>) {
    setProblem(null);
    const pending = action();
    void pending
      .then((granted) => {
        if (granted === false) setProblem(t.accessNotGranted());
      })
      .catch((e: Error) => setProblem(e.message))
      .finally(() => void reload());
  }

  function addSite(event: Event) {
    event.preventDefault();
    const host = parseSiteInput(draft);
    if (!host) {
      setProblem(t.accessBadSite(draft));
      return;
    }
    attempt(() =>
      api.allowSite(host).then((granted) => {
        if (granted) setDraft('');
        return granted;
      }),
    );
  }

  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const SubHeading = headingLevel === 2 ? 'h3' : 'h4';
  const chosenMode = access !== null && !access.everywhere && (access.sites.length > 0 || pickedChosen);
  const status = access === null ? t.loading() : access.everywhere ? t.accessStatusEverywhere() : chosenMode ? t.accessStatusChosen() : t.accessStatusNone();

  return (
    <section class="site-access" aria-labelledby="access-heading">
      <Heading id="access-heading">{t.accessHeading()}</Heading>
      <p>{t.accessIntro()}</p>
      <fieldset>
        <legend class="visually-hidden">{t.accessHeading()}</legend>
        <label>
          <input
            type="radio"
            name="access-mode"
            value="everywhere"
            checked={access?.everywhere === true}
            disabled={access === null}
            onChange={() => attempt(api.allowEverywhere)}
          />{' '}
          {t.accessEverywhere()}
        </label>
        <label>
          <input
            type="radio"
            name="access-mode"
            value="chosen"
            checked={chosenMode}
            disabled={access === null}
            onChange={() => {
              setPickedChosen(true);
              attempt(api.onlyChosenSites);
            }}
          />{' '}
          {t.accessChosen()}
        </label>
      </fieldset>
      <p class="muted" role="status" data-access={access === null ? 'loading' : access.everywhere ? 'everywhere' : chosenMode ? 'chosen' : 'none'}>
        {status}
      </p>
      {chosenMode && access && (
        <>
          <SubHeading>{t.accessChosenSites()}</SubHeading>
          {access.sites.length === 0 && <p>{t.accessNoChosenSites()}</p>}
          <ul class="sites">
            {access.sites.map((host) => (
              <li key={host}>
                <span>{host}</span>
                <button type="button" aria-label={t.accessRemove(host)} onClick={() => attempt(() => api.removeSite(host))}>
                  {t.accessRemove(host)}
                </button>
              </li>
            ))}
          </ul>
          <form class="add-site" onSubmit={addSite}>
            <label for="add-site">{t.accessAddLabel()}</label>{' '}
            <input
              id="add-site"
              name="site"
              type="text"
              inputMode="url"
              autoComplete="off"
              spellcheck={false}
              placeholder="example.com"
              value={draft}
              onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
            />{' '}
            <button type="submit">{t.accessAdd()}</button>
          </form>
        </>
      )}
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
