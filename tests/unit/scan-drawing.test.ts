/**
 * One scan's drawing (entrypoints/content/scan-drawing.ts): a long page's parts are drawn as they
 * come, one pass at a time and in order, each drawing only what is not drawn yet.
 */
import { describe, expect, it } from 'vitest';
import { createScanDrawing } from '@/entrypoints/content/scan-drawing';
import type { Finding } from '@/lib/page/find-claims';

const finding = (id: string) => ({ sentence: id }) as unknown as Finding;
const names = (list: Finding[]) => list.map((f) => f.sentence);

/** Steps that record what they were asked, and finish drawing only when told to. */
function heldSteps() {
  const log: string[] = [];
  const finishing: (() => void)[] = [];
  return {
    log,
    finishOne: () => finishing.shift()?.(),
    steps: {
      prepare: async (found: Finding[]) => void log.push(`prepare ${names(found).join(',')}`),
      draw: (found: Finding[], fresh: Finding[] | 'all') => {
        log.push(`draw ${fresh === 'all' ? 'all' : names(fresh).join(',')} of ${names(found).join(',')}`);
        return new Promise<void>((resolve) => finishing.push(() => (log.push('drawn'), resolve())));
      },
    },
  };
}

describe("a scan's drawing", () => {
  it('draws the first part whole, each later part once the last is drawn, and only what is new', async () => {
    const { log, finishOne, steps } = heldSteps();
    const drawing = createScanDrawing(steps, new AbortController().signal);
    const [a, b, c] = ['a', 'b', 'c'].map(finding);
    const first = drawing.early([b]);
    const second = drawing.early([a]);
    // The second part waits for the first to be drawn.
    await expect.poll(() => log).toEqual(['prepare b', 'draw all of b']);
    finishOne();
    await first;
    await expect.poll(() => log.at(-1)).toBe('draw a of b,a');
    finishOne();
    await second;
    // The whole page at the end, in document order: only `c` is new.
    const last = drawing.show([a, b, c]);
    await expect.poll(() => log.at(-1)).toBe('draw c of a,b,c');
    finishOne();
    await last;
    expect(log).toEqual(['prepare b', 'draw all of b', 'drawn', 'prepare b,a', 'draw a of b,a', 'drawn', 'prepare a,b,c', 'draw c of a,b,c', 'drawn']);
  });

  it('hands over no empty part, and draws nothing once the scan is aborted', async () => {
    const { log, steps } = heldSteps();
    const scan = new AbortController();
    const drawing = createScanDrawing(steps, scan.signal);
    await drawing.early([]);
    expect(log).toEqual([]);
    scan.abort();
    await drawing.show([finding('a')]);
    expect(log).toEqual(['prepare a']);
  });
});
