/**
 * The background's side of claim packs: import, list, switch, delete and undo, export (options
 * page), and matching a page's sentences against the packs that are on (content scripts).
 */
import type { Handlers } from '../messages/router';
import type { GlossEvent } from '../messages/protocol';
import type { Database } from '../store/db';
import { deletePack, importPack, listPacks, packOriginal, setPackEnabled, undeletePack } from '../store/packs';
import { preparePack } from '../packs/prepare-pack';
import type { PackIndex } from '../packs/pack-index';

type PackHandlers = Pick<
  Handlers,
  'packs/list' | 'packs/import' | 'packs/set-enabled' | 'packs/delete' | 'packs/undelete' | 'packs/export' | 'packs/active' | 'packs/match'
>;

export function createPackHandlers(db: () => Promise<Database>, broadcast: (event: GlossEvent) => Promise<void>, index: PackIndex): PackHandlers {
  /** After any change: the matcher is rebuilt on next use, and open pages scan again. */
  async function changed(): Promise<null> {
    index.invalidate();
    await broadcast({ type: 'packs/changed' });
    return null;
  }

  return {
    'packs/list': async () => listPacks(await db()),
    'packs/import': async ({ fileName, text }) => {
      const prepared = preparePack(fileName, text, Date.now());
      if (!prepared.ok) return prepared;
      const outcome = await importPack(await db(), prepared.pack, prepared.claims);
      if (outcome.status !== 'unchanged') await changed();
      return { ok: true, outcome };
    },
    'packs/set-enabled': async ({ id, enabled }) => ((await setPackEnabled(await db(), id, enabled)) ? changed() : null),
    'packs/delete': async ({ id }) => ((await deletePack(await db(), id)) ? changed() : null),
    'packs/undelete': async ({ id }) => ((await undeletePack(await db(), id)) ? changed() : null),
    'packs/export': async ({ id }) => packOriginal(await db(), id),
    'packs/active': async () => ({ claims: (await index.matcher()).size }),
    'packs/match': async ({ sentences }) => {
      const matcher = await index.matcher();
      return sentences.map((s) => matcher.matchSentence(s));
    },
  };
}
