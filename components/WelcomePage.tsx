/** First run: what Gloss does, where it may read (the reader's choice), what it never does, and how to switch it off. No network. */
import { SiteAccessControls, type SiteAccessApi } from './SiteAccessControls';
import { t } from '@/lib/i18n/strings';

export function WelcomePage({ openOptions, access }: { openOptions(): void; access: SiteAccessApi }) {
  return (
    <main>
      <h1>{t.welcomeTitle()}</h1>
      <h2>{t.welcomeDoesHeading()}</h2>
      <p>{t.welcomeDoes()}</p>
      <SiteAccessControls api={access} />
      <h2>{t.welcomeNeverHeading()}</h2>
      <p>{t.welcomeNever()}</p>
      <h2>{t.welcomeOffHeading()}</h2>
      <p>{t.welcomeOff()}</p>
      <p>
        <button type="button" class="link" onClick={openOptions}>
          {t.openOptions()}
        </button>
      </p>
    </main>
  );
}
