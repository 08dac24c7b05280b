import { uiLanguage } from '@/lib/i18n/strings';
import { render } from 'preact';
import { OptionsPage, type OptionsApi } from '@/components/OptionsPage';
import type { NotesApi } from '@/components/NotesManager';
import type { HistoryApi } from '@/components/HistorySection';
import type { ClaimsApi } from '@/components/ClaimsBrowser';
import type { PacksApi } from '@/components/PacksSection';
import { summary } from 'virtual:gloss/summary';
import { request } from '@/lib/messages/client';
import { siteAccessApi } from '@/lib/extension/site-access-api';
import { downloadText } from '@/lib/extension/download';
import { parseAnnotations, toAnnotationCollection } from '@/lib/notes/web-annotation';
import { toMarkdown } from '@/lib/notes/markdown';
import '../popup/popup.css';
import './options.css';

const api: OptionsApi = {
  load: () => request({ type: 'sites/list' }),
  turnOn: (host) => request({ type: 'site/set', host, enabled: true }).then(() => undefined),
  pause: (until) => request({ type: 'pause/set', until }).then((r) => r.pausedUntil),
  setLook: (look) => request({ type: 'look/set', look }),
};

const today = () => new Date().toISOString().slice(0, 10);

const notes: NotesApi = {
  all: () => request({ type: 'notes/all' }),
  async claimTitles(ids) {
    const claims = await request({ type: 'claims/get', ids: ids.slice(0, 500) });
    return new Map(claims.map((c) => [c.id, c.title]));
  },
  edit: (id, text, baseUpdatedAt) => request({ type: 'notes/edit', id, text, baseUpdatedAt }),
  remove: (id) => request({ type: 'notes/delete', id }),
  restore: (note) => request({ type: 'notes/restore', note }).then(() => undefined),
  async importFile(text) {
    const parsed = await parseAnnotations(text);
    if (!parsed.ok) return parsed;
    return { ok: true, ...(await request({ type: 'notes/import', notes: parsed.notes })) };
  },
  exportJsonLd: (all) => downloadText(`gloss-notes-${today()}.jsonld`, JSON.stringify(toAnnotationCollection(all), null, 2), 'application/ld+json'),
  exportMarkdown: (all, titles) => downloadText(`gloss-notes-${today()}.md`, toMarkdown(all, titles), 'text/markdown'),
  subscribe(listener) {
    // The background announces note changes to tabs, which does not reach this page: the list
    // is read again whenever the reader comes back to it.
    const onFocus = () => listener();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  },
};

const history: HistoryApi = {
  enabled: () => request({ type: 'history/settings' }).then((r) => r.enabled),
  setEnabled: (enabled) => request({ type: 'history/set', enabled }).then((r) => r.enabled),
  clear: () => request({ type: 'history/clear' }).then(() => undefined),
  list: (claimId) => request({ type: 'history/list', claimId }),
  claimTitle: (claimId) => request({ type: 'claims/get', ids: [claimId] }).then(([c]) => c?.title ?? claimId),
};

/** `#history=<claim id>`: opened from a card's "Where?". */
const claims: ClaimsApi = {
  lines: () => request({ type: 'claims/all' }),
  claim: (id) => request({ type: 'claims/get', ids: [id] }).then(([claim]) => claim),
};

const packs: PacksApi = {
  list: () => request({ type: 'packs/list' }),
  importFile: (fileName, text) => request({ type: 'packs/import', fileName, text }),
  setEnabled: (id, enabled) => request({ type: 'packs/set-enabled', id, enabled }),
  remove: (id) => request({ type: 'packs/delete', id }),
  undoRemove: (id) => request({ type: 'packs/undelete', id }),
  async exportPack(id) {
    const pack = await request({ type: 'packs/export', id });
    if (pack) downloadText(`${id}.json`, pack.text, 'application/json');
  },
  bundled: { claims: summary.claims, edition: summary.edition },
};

const historyClaim = /^#history=([a-z0-9-]{1,80})$/.exec(location.hash)?.[1] ?? null;

// The page speaks the reader's language where Gloss has a translation, English otherwise.
document.documentElement.lang = uiLanguage();
render(
  <OptionsPage api={api} access={siteAccessApi} notes={notes} history={history} claims={claims} packs={packs} historyClaim={historyClaim} />,
  document.getElementById('app')!,
);
if (historyClaim) requestAnimationFrame(() => document.getElementById('history')?.scrollIntoView());
