/**
 * The background's request handlers: the dataset and the store behind the protocol. Kept free of
 * extension APIs (the broadcast is passed in), so the whole router is tested in Node.
 */
import type { Handlers } from '../messages/router';
import type { Database } from '../store/db';
import { getClaims } from '../store/dataset';
import { deleteClaimNote, getClaimNote, saveClaimNote } from '../store/notes';
import { isSiteEnabled, setSiteEnabled } from '../store/sites';

export interface HandlerDeps {
  /** Opened, with the bundled dataset loaded, on first use and then shared. */
  db: () => Promise<Database>;
  /** Tells every open page of `host` that its setting changed. */
  broadcastSiteChange(host: string, enabled: boolean): Promise<void>;
}

export function createHandlers({ db, broadcastSiteChange }: HandlerDeps): Handlers {
  return {
    'claims/get': async ({ ids }) => getClaims(await db(), ids),
    'note/get': async ({ claimId }) => getClaimNote(await db(), claimId),
    'note/save': async ({ claimId, text }) => saveClaimNote(await db(), claimId, text),
    'note/delete': async ({ claimId }) => deleteClaimNote(await db(), claimId).then(() => null),
    'site/get': async ({ host }) => ({ host, enabled: await isSiteEnabled(await db(), host) }),
    'site/set': async ({ host, enabled }) => {
      await setSiteEnabled(await db(), host, enabled);
      await broadcastSiteChange(host, enabled);
      return { host, enabled };
    },
  };
}
