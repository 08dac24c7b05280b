/**
 * Claim packs in the options page: the bundled dataset (read-only) and every pack the reader
 * imported, each with its switch, source, size and date, export, and delete with undo. An import
 * lands whole or not at all; a refused one lists every problem by item, field and reason.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PackSummary } from '@/lib/packs/pack-types';
import type { Problem } from '@/lib/packs/claimreview';
import type { ImportOutcome } from '@/lib/store/packs';
import { formatDate } from '@/lib/i18n/dates';
import { t } from '@/lib/i18n/strings';
import { tp } from '@/lib/i18n/pack-strings';

export interface PacksApi {
  list(): Promise<PackSummary[]>;
  importFile(fileName: string, text: string): Promise<{ ok: true; outcome: ImportOutcome } | { ok: false; problems: Problem[] }>;
  setEnabled(id: string, enabled: boolean): Promise<unknown>;
  remove(id: string): Promise<unknown>;
  undoRemove(id: string): Promise<unknown>;
  exportPack(id: string): Promise<unknown>;
  /** The bundled dataset's size and edition. */
  bundled: { claims: number; edition: string };
}

type Report = { ok: true; text: string } | { ok: false; text: string; problems: Problem[] };

/** Problems shown in the report; the rest are counted. */
const SHOWN_PROBLEMS = 50;

const outcomeText = (o: ImportOutcome) =>
  o.status === 'added' ? tp.added(o.name, o.count) : o.status === 'updated' ? tp.updated(o.name, o.count, o.kept, o.removed) : tp.unchanged(o.name);

export function PacksSection({ api, onChanged }: { api: PacksApi; onChanged?(): void }) {
  const [packs, setPacks] = useState<PackSummary[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<Report | null>(null);
  const [deleted, setDeleted] = useState<PackSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const reload = () => api.list().then(setPacks, (e: Error) => setError(e.message));
  useEffect(() => void reload(), []);

  async function act(action: () => Promise<unknown>) {
    setError(null);
    try {
      await action();
      await reload();
      onChanged?.();
    } catch (e) {
      setError((e as Error).message);
    }
  }

  async function importChosen(file: File) {
    setReport(null);
    setBusy(true);
    try {
      const result = await api
        .importFile(file.name, await file.text())
        .catch((e: Error) => ({ ok: false as const, problems: [{ item: null, field: '(file)', message: e.message }] }));
      if (result.ok) {
        setReport({ ok: true, text: outcomeText(result.outcome) });
        await reload();
        onChanged?.();
      } else setReport({ ok: false, text: t.importRefused(file.name, result.problems.length), problems: result.problems });
    } finally {
      setBusy(false);
      if (fileInput.current) fileInput.current.value = '';
    }
  }

  return (
    <section class="packs" aria-labelledby="packs-heading" aria-busy={busy}>
      <h2 id="packs-heading">{tp.heading()}</h2>
      <p>{tp.intro()}</p>
      <ul class="pack-list">
        <li>
          <input type="checkbox" checked disabled aria-label={tp.use(tp.bundledName())} />
          <span class="pack-name">{tp.bundledName()}</span>
          <span class="muted">{tp.bundledLine(api.bundled.claims, formatDate(api.bundled.edition))}</span>
        </li>
        {(packs ?? []).map((pack) => (
          <li key={pack.id} data-pack-id={pack.id}>
            <input type="checkbox" checked={pack.enabled} aria-label={tp.use(pack.name)} onChange={() => act(() => api.setEnabled(pack.id, !pack.enabled))} />
            <span class="pack-name">{pack.name}</span>
            <span class="muted">{tp.line(pack.count, pack.source, formatDate(new Date(pack.importedAt).toISOString().slice(0, 10)))}</span>
            <span class="buttons">
              <button type="button" aria-label={tp.exportPack(pack.name)} onClick={() => act(() => api.exportPack(pack.id))}>
                {tp.exportButton()}
              </button>
              <button
                type="button"
                aria-label={tp.deletePack(pack.name)}
                onClick={() =>
                  act(async () => {
                    await api.remove(pack.id);
                    setDeleted(pack);
                  })
                }
              >
                {tp.deleteButton()}
              </button>
            </span>
          </li>
        ))}
      </ul>
      {deleted && (
        <p role="status">
          {tp.deleted(deleted.name)}{' '}
          <button
            type="button"
            onClick={() =>
              act(async () => {
                await api.undoRemove(deleted.id);
                setDeleted(null);
              })
            }
          >
            {t.undo()}
          </button>
        </p>
      )}
      <label class="file-button">
        {busy ? tp.importing() : tp.importButton()}
        <input
          ref={fileInput}
          type="file"
          disabled={busy}
          accept=".json,.jsonld,application/json,application/ld+json"
          onChange={(e) => {
            const file = (e.target as HTMLInputElement).files?.[0];
            if (file) void importChosen(file);
          }}
        />
      </label>
      {report && (
        <div class={report.ok ? 'import-report' : 'import-report error'} role={report.ok ? 'status' : 'alert'}>
          <p>{report.text}</p>
          {!report.ok && (
            <ul>
              {report.problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
                <li key={i}>{t.importProblem(p.item === null ? t.importWholeFile() : tp.item(p.item), p.field, p.message)}</li>
              ))}
              {report.problems.length > SHOWN_PROBLEMS && <li>{t.importMoreProblems(report.problems.length - SHOWN_PROBLEMS)}</li>}
            </ul>
          )}
        </div>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
