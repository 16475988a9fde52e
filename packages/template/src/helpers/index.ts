import { completion, points, rate, yoy } from "./change.js";
import { cn, date, money, rank } from "./chinese.js";
import { fixed, pct, thousands, wan, yi } from "./figures.js";
import { HelperError } from "./helper-error.js";
import { type Hash, NOT_GIVEN } from "./options.js";
import { callKey, rowResults } from "./result-cache.js";

/** A genre helper: its positional parameters (the last ones optional) and the function. */
export interface GenreHelper {
  /** How many positional arguments it takes at most. */
  params: number;
  /** Called with exactly `params` positional arguments (those not written NOT_GIVEN) and the hash. */
  fn: (...args: unknown[]) => string;
}

const helper = (params: number, fn: (...args: never[]) => string): GenreHelper => ({
  params,
  fn: fn as (...args: unknown[]) => string,
});

/**
 * The genre helpers, by name, as templates call them (README.md documents each with examples).
 * Figures are exact (decimal.js); none of them writes 一是/二是 numbering, which stays the writers'.
 */
export const GENRE_HELPERS: Readonly<Record<string, GenreHelper>> = {
  wan: helper(1, (v: unknown, h: Hash) => wan(v, h)),
  yi: helper(1, (v: unknown, h: Hash) => yi(v, h)),
  fixed: helper(2, (v: unknown, d: unknown, h: Hash) => fixed(v, d, h)),
  thousands: helper(1, (v: unknown, h: Hash) => thousands(v, h)),
  pct: helper(2, (v: unknown, w: unknown, h: Hash) => pct(v, w, h)),
  yoy: helper(2, (c: unknown, p: unknown, h: Hash) => yoy(c, p, h)),
  points: helper(2, (r: unknown, p: unknown, h: Hash) => points(r, p, h)),
  rate: helper(2, (a: unknown, t: unknown, h: Hash) => rate(a, t, h)),
  completion: helper(2, (a: unknown, t: unknown, h: Hash) => completion(a, t, h)),
  cn: helper(1, (v: unknown) => cn(v)),
  money: helper(1, (v: unknown) => money(v)),
  rank: helper(2, (p: unknown, s: unknown, h: Hash) => rank(p, s, h)),
  date: helper(1, (v: unknown) => date(v)),
};

/**
 * Runs a genre helper on the arguments Handlebars gives it (positional arguments, then the
 * options object with `hash`), without the result cache: more arguments than it takes is a
 * HelperError.
 */
export function runGenreHelper(spec: GenreHelper, args: readonly unknown[]): string {
  const given = args.length - 1;
  const hash = (args[given] as { hash?: Hash }).hash ?? {};
  if (given > spec.params) throw new HelperError("too_many_arguments", spec.params, args[spec.params]);
  const first = given > 0 ? args[0] : NOT_GIVEN;
  if (spec.params === 1) return spec.fn(first, hash);
  const second = given > 1 ? args[1] : NOT_GIVEN;
  if (spec.params === 2) return spec.fn(first, second, hash);
  const positional = Array.from({ length: spec.params }, (_, i) => (i < given ? args[i] : NOT_GIVEN));
  return spec.fn(...positional, hash);
}

/**
 * Calls a genre helper the way Handlebars does (positional arguments, then the options object
 * with `hash`, and `data` whose `root` is the row being filled): more arguments than it takes is
 * a HelperError. While a row is filled, a call whose arguments and options are all primitives
 * gives the result the same call gave before (rowResults; the helpers are pure); failures are
 * never kept.
 */
export function callGenreHelper(spec: GenreHelper, args: readonly unknown[]): string {
  const given = args.length - 1;
  const options = args[given] as { hash?: Hash; data?: { root?: unknown } };
  const root = options.data?.root;
  if (given > spec.params || root === null || typeof root !== "object") return runGenreHelper(spec, args);
  const key = callKey(args, given, options.hash ?? {});
  if (key === undefined) return runGenreHelper(spec, args);
  const results = rowResults(root, spec);
  let result = results.get(key);
  if (result === undefined) {
    result = runGenreHelper(spec, args);
    results.set(key, result);
  }
  return result;
}

export { HelperError, type HelperFailure } from "./helper-error.js";
