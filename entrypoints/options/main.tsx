import { render } from 'preact';
import { OptionsPage, type OptionsApi } from '@/components/OptionsPage';
import { request } from '@/lib/messages/client';
import { siteAccessApi } from '@/lib/extension/site-access-api';
import '../popup/popup.css';
import './options.css';

const api: OptionsApi = {
  load: () => request({ type: 'sites/list' }),
  turnOn: (host) => request({ type: 'site/set', host, enabled: true }).then(() => undefined),
  pause: (until) => request({ type: 'pause/set', until }).then((r) => r.pausedUntil),
};

render(<OptionsPage api={api} access={siteAccessApi} />, document.getElementById('app')!);
