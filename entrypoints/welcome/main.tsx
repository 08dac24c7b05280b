import { uiLanguage } from '@/lib/i18n/strings';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { summary } from 'virtual:gloss/summary';
import { WelcomePage } from '@/components/WelcomePage';
import { siteAccessApi } from '@/lib/extension/site-access-api';
import '../popup/popup.css';
import '../options/options.css';

// The page speaks the reader's language where Gloss has a translation, English otherwise.
document.documentElement.lang = uiLanguage();
render(<WelcomePage openOptions={() => void browser.runtime.openOptionsPage()} access={siteAccessApi} knows={summary} />, document.getElementById('app')!);
