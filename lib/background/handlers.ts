/**
 * The background's request handlers: the dataset and the store behind the protocol. Kept free of
 * extension APIs (the broadcast is passed in), so the whole router is tested in Node.
 */
import type { Handlers } from '../messages/router';
import type { Database } from '../store/db';
import { getClaims } from '../store/dataset';
import { deleteClaimNote, getClaimNote, saveClaimNote } from '../store/notes';
import { isSiteEnabled, setSiteEnabled } from '../store/sites';
import { setDismissed, setHidden, suppressedOn } from '../store/suppressions';
import type { GlossEvent } from '../messages/protocol';

export interface HandlerDeps {
  /** Opened, with the bundled dataset loaded, on first use and then shared. */
  db: () => Promise<Database>;
  /** Sends an event to every open page (each decides whether it concerns it). */
  broadcast(event: GlossEvent): Promise<void>;
}

export function createHandlers({ db, broadcast }: HandlerDeps): Handlers {
  return {
    'claims/get': async ({ ids }) => getClaims(await db(), ids),
    'note/get': async ({ claimId }) => getClaimNote(await db(), claimId),
    'note/save': async ({ claimId, text }) => saveClaimNote(await db(), claimId, text),
    'note/delete': async ({ claimId }) => deleteClaimNote(await db(), claimId).then(() => null),
    'site/get': async ({ host }) => ({ host, enabled: await isSiteEnabled(await db(), host) }),
    'site/set': async ({ host, enabled }) => {
      await setSiteEnabled(await db(), host, enabled);
      await broadcast({ type: 'site/changed', host, enabled });
      return { host, enabled };
    },
    'suppressed/get': async ({ url }) => suppressedOn(await db(), url),
    'dismissal/set': async ({ url, claimId, dismissed }) => {
      await setDismissed(await db(), url, claimId, dismissed);
      await broadcast({ type: 'suppressed/changed' });
      return null;
    },
    'hidden/set': async ({ claimId, hidden }) => {
      await setHidden(await db(), claimId, hidden);
      await broadcast({ type: 'suppressed/changed' });
      return null;
    },
  };
}
