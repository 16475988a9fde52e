import type { Profile } from "./types.js";

/**
 * Remembers what `compute` gives for a profile and a key, for as long as the profile lives: the
 * parts of a document that depend on its profile alone (styles, font table, footers, geometry)
 * are built once per profile, not once per document. `compute` must depend on nothing else.
 */
export function memoPerProfile<K, V>(compute: (profile: Profile, key: K) => V): (profile: Profile, key: K) => V {
  const memo = new WeakMap<Profile, Map<K, V>>();
  return (profile, key) => {
    let values = memo.get(profile);
    if (!values) {
      values = new Map();
      memo.set(profile, values);
    }
    let value = values.get(key);
    if (value === undefined) {
      value = compute(profile, key);
      values.set(key, value);
    }
    return value;
  };
}
