/**
 * A Chromium performance trace of one page load (CDP Tracing on the page's session) and what the
 * bench reads from it: the page renderer's main thread, its top-level tasks, and the time spent
 * in Gloss's scripts, attributed by script URL (`chrome-extension://<id>/`), whatever the files
 * are called.
 *
 * Gloss's time is the union of
 * - trace events that name a Gloss script: EvaluateScript, v8.compile, v8.run, FunctionCall
 *   (Gloss's callbacks: timers, idle callbacks, message and mutation handlers), and
 * - the V8 sampling profiler's samples (~0.2 ms apart) whose stack has a Gloss frame: promise
 *   continuations run as "RunMicrotasks", which names no script, and only the samples see them.
 * Not counted: style, layout and paint that Gloss's highlights cause later in rendering tasks,
 * and garbage collection outside Gloss's own frames.
 */
import type { CDPSession } from 'playwright-core';

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', '__metadata'];
/**
 * The sampling profiler sees promise continuations, but it also logs every function V8 compiles,
 * which slows cold code (and a page's first run of a script is all cold code) by a few ms.
 */
const SAMPLING = 'disabled-by-default-v8.cpu_profiler';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type TraceEvent = { name: string; cat?: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; id?: string; args?: any };

/** `sampling: false` leaves the sampling profiler off: Gloss's time is then what events name. */
export async function startTrace(cdp: CDPSession, { sampling = true } = {}): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: sampling ? [...CATEGORIES, SAMPLING] : CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
  });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}

export interface TraceFigures {
  /** Time in Gloss's scripts on the page's main thread (ms). */
  glossMs: number;
  /** The longest top-level task that ran any Gloss script (ms; 0 when none did). */
  glossLongestTaskMs: number;
  /**
   * The main thread's own time in that task (ms): how much of it was work at all. The rest is
   * time the machine gave the core to another thread (the background matching, another process).
   */
  glossLongestTaskThreadMs: number;
  /** The longest top-level task of all (ms). */
  longestTaskMs: number;
  /** Sum of top-level tasks from the page's commit to the end of the trace (ms). */
  busyMs: number;
  /** Of `glossMs`, what the URL-naming events alone cover (the rest is seen only by samples). */
  glossEventsMs: number;
  /**
   * The main thread's own time (`tdur`: while it ran, not while the machine gave the core to
   * another process) in the URL-naming events. On a busy 2-core machine wall time is up to
   * twice this; both are printed, and the targets are judged on wall time.
   */
  glossThreadMs: number;
  /**
   * The set-up of the isolated world Gloss's scripts run in (`LocalWindowProxy::Initialize`, in
   * the task that then evaluates Gloss's first script): the page's main thread does it at the
   * first injection, before any of Gloss's code runs, so no event names Gloss. Not in `glossMs`.
   * Wall time and the thread's own time (ms).
   */
  glossWorldSetupMs: number;
  glossWorldSetupThreadMs: number;
  /** Gloss's time by script file (the innermost Gloss frame's file, for a sample). */
  glossByScriptMs: Record<string, number>;
  /** Gloss's script files evaluated in the page, in order (paths in the extension). */
  glossScripts: string[];
}

type Interval = [number, number];
/** An interval and the Gloss script file it belongs to. */
type Tagged = [number, number, string];

function union(intervals: Interval[]): Interval[] {
  const sorted = intervals.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const out: Interval[] = [];
  for (const [a, b] of sorted) {
    const lastOne = out.at(-1);
    if (lastOne && a <= lastOne[1]) lastOne[1] = Math.max(lastOne[1], b);
    else out.push([a, b]);
  }
  return out;
}

const urlOf = (e: TraceEvent): string | undefined => e.args?.data?.url ?? e.args?.fileName ?? e.args?.data?.fileName;

/** `pageUrl`: the address loaded; `glossPrefix`: "chrome-extension://<id>/" (or "" without Gloss). */
export function analyseTrace(events: TraceEvent[], pageUrl: string, glossPrefix: string): TraceFigures {
  const commits = events.filter((e) => e.name === 'FrameCommittedInBrowser' && e.args?.data?.url === pageUrl && e.args?.data?.isOutermostMainFrame !== false);
  const commit = commits.at(-1);
  const pid: number | undefined = commit?.args.data.processId ?? events.find((e) => e.name === 'TracingStartedInBrowser')?.args?.data?.frames?.[0]?.processId;
  const main = events.find((e) => e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain');
  if (!main) throw new Error(`trace: no renderer main thread for ${pageUrl}`);
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const from = commit?.ts ?? 0;

  // Top-level tasks: RunTask events not inside another one, with their thread time.
  const tasks: Interval[] = [];
  const threadMs = new Map<Interval, number>();
  for (const e of onMain.filter((x) => x.name === 'RunTask' && x.ph === 'X' && x.dur !== undefined).sort((a, b) => a.ts - b.ts)) {
    const end = e.ts + e.dur!;
    if (tasks.length && e.ts < tasks.at(-1)![1]) continue;
    const task: Interval = [e.ts, end];
    tasks.push(task);
    threadMs.set(task, (e.tdur ?? e.dur!) / 1000);
  }

  const isGloss = (url: unknown) => !!glossPrefix && typeof url === 'string' && url.startsWith(glossPrefix);
  const gloss: Tagged[] = [];
  const scripts: string[] = [];
  for (const e of onMain) {
    const url = urlOf(e);
    if (!isGloss(url)) continue;
    const file = url!.slice(glossPrefix.length);
    if (e.ph === 'X' && e.dur !== undefined) gloss.push([e.ts, e.ts + e.dur, file]);
    if ((e.name === 'EvaluateScript' || e.name === 'v8.run') && !scripts.includes(file)) scripts.push(file);
  }
  const total = (list: Interval[]) => list.reduce((sum, [a, b]) => sum + b - a, 0) / 1000;
  const glossEventsMs = total(union(gloss.map(([a, b]) => [a, b])));
  const glossThreadMs = outermostThreadTime(onMain.filter((e) => e.ph === 'X' && e.dur !== undefined && isGloss(urlOf(e))));
  gloss.push(...glossSamples(events, main.pid, main.tid, (url) => (isGloss(url) ? (url as string).slice(glossPrefix.length) : undefined)));
  const glossByScriptMs: Record<string, number> = {};
  for (const file of new Set(gloss.map(([, , f]) => f))) glossByScriptMs[file] = total(union(gloss.filter(([, , f]) => f === file).map(([a, b]) => [a, b])));

  const glossIntervals = union(gloss.map(([a, b]) => [a, b]));
  const glossMs = total(glossIntervals);
  const overlaps = ([a, b]: Interval) => glossIntervals.some(([c, d]) => c < b && a < d);
  const ms = ([a, b]: Interval) => (b - a) / 1000;
  // A world is set up in the task that evaluates the first script injected into it, just before.
  const evaluations = onMain.filter((e) => e.name === 'EvaluateScript' && e.ph === 'X' && isGloss(urlOf(e)));
  const worldSetUps = onMain.filter(
    (e) =>
      e.name === 'LocalWindowProxy::Initialize' &&
      e.ph === 'X' &&
      e.dur !== undefined &&
      tasks.some(([a, b]) => a <= e.ts && e.ts < b && evaluations.some((ev) => ev.ts >= e.ts + e.dur! && ev.ts < b)),
  );
  const longestGlossTask = tasks.filter(overlaps).reduce<Interval | undefined>((best, task) => (!best || ms(task) > ms(best) ? task : best), undefined);
  return {
    glossMs,
    glossEventsMs,
    glossThreadMs,
    glossLongestTaskMs: longestGlossTask ? ms(longestGlossTask) : 0,
    glossLongestTaskThreadMs: longestGlossTask ? threadMs.get(longestGlossTask)! : 0,
    longestTaskMs: Math.max(0, ...tasks.filter(([, b]) => b >= from).map(ms)),
    busyMs: tasks.filter(([a]) => a >= from).reduce((sum, t) => sum + ms(t), 0),
    glossWorldSetupMs: worldSetUps.reduce((sum, e) => sum + e.dur!, 0) / 1000,
    glossWorldSetupThreadMs: worldSetUps.reduce((sum, e) => sum + (e.tdur ?? e.dur!), 0) / 1000,
    glossByScriptMs,
    glossScripts: scripts,
  };
}

/** The summed thread time (ms) of `events` not nested in another of them. */
function outermostThreadTime(events: TraceEvent[]): number {
  let end = -Infinity;
  let sum = 0;
  for (const e of [...events].sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)) {
    if (e.ts < end) continue;
    end = e.ts + e.dur!;
    sum += e.tdur ?? e.dur!;
  }
  return sum / 1000;
}

/**
 * Intervals of the sampling profiler's samples on this thread whose stack holds a Gloss frame,
 * tagged with the innermost such frame's file (`fileOf`: a Gloss file, or undefined).
 */
function glossSamples(events: TraceEvent[], pid: number, tid: number, fileOf: (url: unknown) => string | undefined): Tagged[] {
  const out: Tagged[] = [];
  for (const profile of events.filter((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid)) {
    const parent = new Map<number, number | undefined>();
    const own = new Map<number, string | undefined>();
    let t = profile.args.data.startTime as number;
    for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && e.pid === pid && e.id === profile.id).sort((a, b) => a.ts - b.ts)) {
      const data = chunk.args.data.cpuProfile ?? {};
      for (const node of data.nodes ?? []) {
        parent.set(node.id, node.parent);
        own.set(node.id, fileOf(node.callFrame?.url));
      }
      const deltas: number[] = chunk.args.data.timeDeltas ?? [];
      (data.samples ?? []).forEach((node: number, i: number) => {
        t += deltas[i] ?? 0;
        // A sample stands for the time since the one before, capped: the sampler thread can
        // itself be starved on a busy machine, and a long gap says nothing about what ran.
        const span = Math.min(deltas[i] ?? 0, 1000);
        for (let n: number | undefined = node; n !== undefined; n = parent.get(n))
          if (own.get(n)) {
            out.push([t - span, t, own.get(n)!]);
            break;
          }
      });
    }
  }
  return out;
}
