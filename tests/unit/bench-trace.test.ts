/**
 * The page bench's reading of a trace (scripts/bench-page/trace.ts): Gloss's time by script URL,
 * in wall time and in the main thread's own time, nested events counted once.
 */
import { describe, expect, it } from 'vitest';
import { analyseTrace } from '../../scripts/bench-page/trace';

const GLOSS = 'chrome-extension://abc/';
const PAGE = 'http://127.0.0.1:1/cooking.html';
const main = { pid: 1, tid: 7 };
const ev = (name: string, ts: number, dur: number, tdur: number, url?: string) => ({
  name,
  ph: 'X',
  ...main,
  ts: ts * 1000,
  dur: dur * 1000,
  tdur: tdur * 1000,
  args: url ? { data: { url } } : {},
});

describe('analyseTrace', () => {
  it("counts Gloss's events once each, in wall time and in the thread's own time", () => {
    const events = [
      { name: 'thread_name', ph: 'M', ...main, ts: 0, args: { name: 'CrRendererMain' } },
      { name: 'FrameCommittedInBrowser', ph: 'I', pid: 0, tid: 0, ts: 0, args: { data: { url: PAGE, processId: 1 } } },
      ev('RunTask', 10, 12, 8),
      ev('EvaluateScript', 10, 10, 6, `${GLOSS}scout.js`),
      ev('v8.run', 11, 8, 5, `${GLOSS}scout.js`),
      ev('RunTask', 40, 3, 3),
      ev('EvaluateScript', 40, 2, 2, `${GLOSS}scout-quiet.js`),
      ev('RunTask', 60, 30, 30),
      ev('EvaluateScript', 60, 30, 30, 'http://127.0.0.1:1/page.js'),
    ];
    const figures = analyseTrace(events as never, PAGE, GLOSS);
    expect(figures.glossEventsMs).toBeCloseTo(12);
    expect(figures.glossThreadMs).toBeCloseTo(8);
    expect(figures.glossLongestTaskMs).toBeCloseTo(12);
    expect(figures.glossLongestTaskThreadMs).toBeCloseTo(8);
    expect(figures.glossScripts).toEqual(['scout.js', 'scout-quiet.js']);
    expect(figures.longestTaskMs).toBeCloseTo(30);
  });

  it("counts the set-up of Gloss's scripts' world: in the task that evaluates Gloss's first script, before it", () => {
    const events = [
      { name: 'thread_name', ph: 'M', ...main, ts: 0, args: { name: 'CrRendererMain' } },
      { name: 'FrameCommittedInBrowser', ph: 'I', pid: 0, tid: 0, ts: 0, args: { data: { url: PAGE, processId: 1 } } },
      // The page's own world, set up before its own script.
      ev('RunTask', 0, 6, 6),
      ev('LocalWindowProxy::Initialize', 0, 2, 2),
      ev('EvaluateScript', 3, 3, 3, 'http://127.0.0.1:1/page.js'),
      // Gloss's world, then its first script.
      ev('RunTask', 10, 16, 12),
      ev('LocalWindowProxy::Initialize', 10, 4, 3),
      ev('EvaluateScript', 14, 10, 8, `${GLOSS}scout.js`),
      // Another world (a test driver's) with no Gloss script after it in its task.
      ev('RunTask', 40, 5, 5),
      ev('LocalWindowProxy::Initialize', 40, 2, 2),
      ev('RunTask', 50, 3, 3),
      ev('EvaluateScript', 50, 2, 2, `${GLOSS}scout-quiet.js`),
    ];
    const figures = analyseTrace(events as never, PAGE, GLOSS);
    expect(figures.glossWorldSetupMs).toBeCloseTo(4);
    expect(figures.glossWorldSetupThreadMs).toBeCloseTo(3);
    expect(figures.glossEventsMs).toBeCloseTo(12);
  });
});
