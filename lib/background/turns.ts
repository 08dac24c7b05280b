/**
 * Long jobs in the background taken in turns, other requests first. A page hands over a long
 * article's text in many batches at once, and each is a match of 40–180 ms. Handled straight from
 * their messages, they would all run before any message that arrives after them: the page's
 * questions about the claims it has just been told of (their cards, the reader's suppressions)
 * would wait for the whole page to be matched, and so would the drawing of what is already found.
 * Here each job starts in a task of its own, queued only when the last one ended, and only once
 * no other request is under way: a request that arrived meanwhile is answered first, including
 * the several tasks an IndexedDB read takes.
 */
import { yieldToPage } from '../util/cooperate';

export interface Turns {
  /** Runs `job` after every job given before it, in a task of its own, when no other work is under way. */
  take<T>(job: () => T): Promise<T>;
  /** Other work (a request that is not a long job): no job starts while some is under way. */
  meanwhile<T>(work: () => Promise<T>): Promise<T>;
}

export function createTurns(): Turns {
  let last: Promise<unknown> = Promise.resolve();
  let others = 0;
  let othersDone: (() => void)[] = [];
  const noOtherWork = async () => {
    while (others > 0) await new Promise<void>((resolve) => othersDone.push(resolve));
  };
  return {
    take(job) {
      const turn = last.then(async () => {
        // Queued now, when the job before has ended: behind what arrived while it ran.
        await yieldToPage();
        await noOtherWork();
        return job();
      });
      last = turn.catch(() => {});
      return turn;
    },
    async meanwhile(work) {
      others++;
      try {
        return await work();
      } finally {
        if (--others === 0) {
          const waiting = othersDone;
          othersDone = [];
          for (const resolve of waiting) resolve();
        }
      }
    },
  };
}
