import type { Hash } from "./options.js";

/** A primitive's part of a call key, unambiguous (typed, strings length-prefixed, -0 apart from 0). */
function primitiveKey(value: unknown): string | undefined {
  switch (typeof value) {
    case "number":
      return Object.is(value, -0) ? "n-0;" : `n${value};`;
    case "string":
      return `s${value.length}:${value}`;
    case "boolean":
      return value ? "T" : "F";
    case "undefined":
      return "U";
    case "object":
      return value === null ? "N" : undefined;
    default:
      return undefined;
  }
}

/**
 * A key that names a helper call by its arguments (the first `given` of `args`) and its hash
 * options, or undefined when one of them is not a primitive (an object's content may change, so
 * such calls are not cached). Two calls with the same key get the same result: every genre helper
 * is a pure function of primitive arguments.
 */
export function callKey(args: readonly unknown[], given: number, hash: Hash): string | undefined {
  let key = "";
  for (let i = 0; i < given; i++) {
    const part = primitiveKey(args[i]);
    if (part === undefined) return undefined;
    key += part;
  }
  key += "|";
  for (const name in hash) {
    const part = primitiveKey(hash[name]);
    if (part === undefined) return undefined;
    key += `${name.length}:${name}${part}`;
  }
  return key;
}

const byRow = new WeakMap<object, Map<object, Map<string, string>>>();

/**
 * The results a helper gave while one data row is filled (Handlebars' `@root`), by call key: a
 * report calls the same helper on the same figures several times (the opening, a section and the
 * table), and each call would construct and round its decimals again. Kept as long as the row
 * object lives, so never across rows.
 */
export function rowResults(root: object, helper: object): Map<string, string> {
  let helpers = byRow.get(root);
  if (!helpers) {
    helpers = new Map();
    byRow.set(root, helpers);
  }
  let results = helpers.get(helper);
  if (!results) {
    results = new Map();
    helpers.set(helper, results);
  }
  return results;
}
