/**
 * First run: what Gloss does and what it knows (how many claims, current to when), where it may
 * read (the reader's choice), what it never does, how to switch it off, and what to do next.
 * No network.
 */
import { SiteAccessControls, type SiteAccessApi } from './SiteAccessControls';
import { t } from '@/lib/i18n/strings';
import { formatDate } from '@/lib/i18n/dates';

export interface DatasetSummary {
  claims: number;
  /** The newest date any card is current to (YYYY-MM-DD). */
  newest: string;
}

export function WelcomePage({ openOptions, access, knows }: { openOptions(): void; access: SiteAccessApi; knows: DatasetSummary }) {
  return (
    <main>
      <h1>{t.welcomeTitle()}</h1>
      <h2>{t.welcomeDoesHeading()}</h2>
      <p>{t.welcomeDoes()}</p>
      <h2>{t.welcomeKnowsHeading()}</h2>
      <p data-knows={knows.claims}>{t.welcomeKnows(knows.claims, formatDate(knows.newest))}</p>
      <SiteAccessControls api={access} />
      <h2>{t.welcomeNeverHeading()}</h2>
      <p>{t.welcomeNever()}</p>
      <h2>{t.welcomeOffHeading()}</h2>
      <p>{t.welcomeOff()}</p>
      <h2>{t.welcomeNextHeading()}</h2>
      <p>{t.welcomeNext()}</p>
      <p>
        <button type="button" class="link" onClick={openOptions}>
          {t.openOptions()}
        </button>
      </p>
    </main>
  );
}
