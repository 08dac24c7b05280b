/**
 * A value built from a key once per key: a prefilter's lookups, made on the first test against
 * its table and kept while the table lives (a WeakMap: a table let go frees them too).
 */
export function builtOncePer<K extends object, T>(build: (key: K) => T): (key: K) => T {
  const built = new WeakMap<K, T>();
  return (key) => {
    let value = built.get(key);
    if (value === undefined) built.set(key, (value = build(key)));
    return value;
  };
}
