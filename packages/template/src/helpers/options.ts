import { HelperError } from "./helper-error.js";

/**
 * Stands for a positional argument the template did not write (`{{pct rate}}`), as against one
 * written but holding no data (`{{pct rate missingField}}`), which is an error.
 */
export const NOT_GIVEN: unique symbol = Symbol("not given");

/** The hash options of a helper call (`digits=1 trim=true`), as Handlebars passes them. */
export type Hash = Record<string, unknown>;

/** A whole number of decimal places, 0–20, from a hash option or a positional argument. */
export function digitsOption(value: unknown, fallback: number, argument: number | string = "digits"): number {
  if (value === undefined) return fallback;
  if (typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 20) return value;
  throw new HelperError("bad_option", argument, value);
}

/** A yes/no option (`trim=true`). */
export function flagOption(hash: Hash, name: string, fallback = false): boolean {
  const value = hash[name];
  if (value === undefined) return fallback;
  if (typeof value === "boolean") return value;
  throw new HelperError("bad_option", name, value);
}

/** A text option (`scope="全省"`), or one of a fixed list when `allowed` is given. */
export function textOption(hash: Hash, name: string, fallback: string, allowed?: readonly string[]): string {
  const value = hash[name];
  if (value === undefined) return fallback;
  if (typeof value === "string" && (!allowed || allowed.includes(value))) return value;
  throw new HelperError("bad_option", name, value);
}
