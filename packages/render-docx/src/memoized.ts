/**
 * `make` with what it gives for each key remembered for the process: for values the writer makes
 * again and again from a few keys (the package's fixed parts by footer count, the part names as
 * UTF-8, label lists by style). The keys are compared as a Map compares them; keep them few.
 */
export function memoized<K, V>(make: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) {
      value = make(key);
      made.set(key, value);
    }
    return value;
  };
}
