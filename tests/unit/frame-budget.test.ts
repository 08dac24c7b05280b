/**
 * forEachInFrames' budget on a simulated clock: each item takes 1 ms of script, and the rendering
 * that follows a frame costs what the scenario says. Where rendering grows with what was written,
 * frames settle near FRAME_TARGET_MS; where any frame renders slowly whatever it writes, frames
 * write for longer, so there are fewer of them.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FRAME_TARGET_MS, FRAME_WRITE_MAX_MS, FRAME_WRITE_MS, forEachInFrames, newFramePace, type FramePace } from '@/lib/util/cooperate';

let clock = 0;
let writtenThisFrame = 0;
let renderCost: (written: number) => number;
/** Per frame: items written, script time, rendering time. */
let frames: { written: number; script: number; rendering: number }[] = [];
let frameStart = 0;

class FakeChannel {
  port1 = { onmessage: null as null | (() => void), close() {} };
  port2 = {
    postMessage: () => {
      // The message is delivered once the frame has rendered: the clock moves by its rendering.
      const rendering = writtenThisFrame > 0 ? renderCost(writtenThisFrame) : 0;
      if (writtenThisFrame > 0) frames.push({ written: writtenThisFrame, script: clock - frameStart, rendering });
      clock += rendering;
      writtenThisFrame = 0;
      setTimeout(() => this.port1.onmessage?.(), 0);
    },
  };
}

beforeEach(() => {
  clock = 0;
  frames = [];
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
  vi.stubGlobal('MessageChannel', FakeChannel);
  vi.stubGlobal('requestAnimationFrame', (run: () => void) => setTimeout(() => ((frameStart = clock), run()), 0));
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

async function run(items: number, pace?: FramePace): Promise<void> {
  await forEachInFrames(
    Array.from({ length: items }, (_, i) => i),
    () => {
      clock += 1;
      writtenThisFrame++;
    },
    undefined,
    undefined,
    pace,
  );
}

describe('the frame budget', () => {
  it('keeps frames near the target where rendering grows with what was written', async () => {
    renderCost = (written) => 3 * written; // 3 ms of layout per item written
    await run(400);
    const settled = frames.slice(3, -1);
    for (const f of settled) expect(f.script + f.rendering).toBeLessThanOrEqual(FRAME_TARGET_MS + 8);
    // Every item written once (the last frame is not followed by a measurement).
    expect(frames.reduce((sum, f) => sum + f.written, 0) + writtenThisFrame).toBe(400);
  });

  it('writes for longer, in fewer frames, where any frame renders slowly whatever it writes', async () => {
    renderCost = () => 100; // a huge document: every frame that writes pays 100 ms
    await run(400);
    const settled = frames.slice(4, -1);
    for (const f of settled) expect(f.script).toBeGreaterThanOrEqual(FRAME_WRITE_MAX_MS - 1);
    expect(frames.length).toBeLessThan(40);
  });

  it('goes on at the pace it found when passes follow one another with one pace (a long page drawn in parts)', async () => {
    renderCost = () => 100;
    const pace = newFramePace();
    await run(200, pace);
    const firstPassFrames = frames.length;
    await run(200, pace);
    // The second pass's first frame writes as long as the first pass had learnt to.
    expect(frames[firstPassFrames].script).toBeGreaterThanOrEqual(FRAME_WRITE_MAX_MS - 1);
    // Without a shared pace, each pass starts again from FRAME_WRITE_MS.
    frames = [];
    await run(200);
    expect(frames[0].script).toBeLessThanOrEqual(FRAME_WRITE_MS);
  });
});
