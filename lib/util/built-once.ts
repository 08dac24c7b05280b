/**
 * A value built from a key in steps, once per key: all at once where a caller needs it now, or in
 * slices the page runs between (forEachInSlices) where nobody is waiting for it yet.
 */
import { forEachInSlices } from './cooperate';

/** How to build one value: `steps()` does the work a step at a time, `result()` reads it after. */
export interface StepwiseBuild<T> {
  steps(): Generator<void>;
  result(): T;
}

export interface BuiltOnce<K extends object, T> {
  /** The value for `key`, built now (to the end, in this task) if it is not yet. */
  now(key: K): T;
  /** Builds the value for `key` in slices, unless it is built; an abort leaves it unbuilt. */
  inSlices(key: K, signal?: AbortSignal): Promise<void>;
}

export function builtOncePer<K extends object, T>(build: (key: K) => StepwiseBuild<T>): BuiltOnce<K, T> {
  const built = new WeakMap<K, T>();
  return {
    now(key) {
      const done = built.get(key);
      if (done !== undefined) return done;
      const builder = build(key);
      const steps = builder.steps();
      while (!steps.next().done);
      const value = builder.result();
      built.set(key, value);
      return value;
    },
    async inSlices(key, signal) {
      if (built.has(key)) return;
      const builder = build(key);
      if ((await forEachInSlices(builder.steps(), () => {}, signal)) && !built.has(key)) built.set(key, builder.result());
    },
  };
}
