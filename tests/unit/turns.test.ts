/**
 * The background's long jobs in turns (turns.ts): a message that arrives while one job runs is
 * handled before the next job starts, however many were queued before it, and other work that
 * takes several tasks (an IndexedDB read) is finished before the next job starts.
 */
import { describe, expect, it } from 'vitest';
import { createTurns } from '@/lib/background/turns';

/** Something that arrives from outside as a task of its own, as a runtime message does. */
function arriveLater(then: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    then();
  };
  channel.port2.postMessage(null);
}

describe('turns', () => {
  it('runs jobs in the order given, each after what arrived while the last one ran', async () => {
    const { take } = createTurns();
    const order: string[] = [];
    const first = take(() => {
      order.push('job 1');
      arriveLater(() => order.push('message'));
      return 1;
    });
    const second = take(() => (order.push('job 2'), 2));
    const third = take(() => (order.push('job 3'), 3));
    expect(await Promise.all([first, second, third])).toEqual([1, 2, 3]);
    expect(order).toEqual(['job 1', 'message', 'job 2', 'job 3']);
  });

  it('goes on with the next job after one fails, and reports the failure to its caller', async () => {
    const { take } = createTurns();
    const failing = take(() => {
      throw new Error('bad batch');
    });
    const next = take(() => 'next');
    await expect(failing).rejects.toThrow('bad batch');
    expect(await next).toBe('next');
  });

  it('starts no job in the task that gave it', async () => {
    const { take } = createTurns();
    let ran = false;
    const done = take(() => (ran = true));
    expect(ran).toBe(false);
    await done;
    expect(ran).toBe(true);
  });

  it('starts no job while other work is under way, however many tasks it takes', async () => {
    const turns = createTurns();
    const order: string[] = [];
    const first = turns.take(() => {
      order.push('job 1');
      // A request arrives during the job; answering it takes three more tasks.
      arriveLater(() => {
        void turns.meanwhile(async () => {
          order.push('request');
          for (let i = 0; i < 3; i++) await new Promise<void>((resolve) => arriveLater(resolve));
          order.push('answered');
        });
      });
    });
    const second = turns.take(() => void order.push('job 2'));
    await Promise.all([first, second]);
    expect(order).toEqual(['job 1', 'request', 'answered', 'job 2']);
  });

  it('answers other work at once, whatever jobs are queued; a job waits for it', async () => {
    const turns = createTurns();
    const job = turns.take(() => 'job');
    expect(await turns.meanwhile(async () => 'request')).toBe('request');
    expect(await job).toBe('job');
    let release!: () => void;
    const slow = turns.meanwhile(() => new Promise<void>((resolve) => (release = resolve)));
    let jobDone = false;
    const next = turns.take(() => (jobDone = true));
    // Several tasks later, the job still waits for the request.
    for (let i = 0; i < 5; i++) await new Promise<void>((resolve) => arriveLater(resolve));
    expect(jobDone).toBe(false);
    release();
    await slow;
    await next;
    expect(jobDone).toBe(true);
  });
});
