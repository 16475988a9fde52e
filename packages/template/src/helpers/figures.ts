import { Exact, formatFigure, toExact } from "./decimal.js";
import { HelperError } from "./helper-error.js";
import { digitsOption, flagOption, type Hash, NOT_GIVEN, textOption } from "./options.js";

/** The units a money figure may come in: 元, 万元, 亿元. */
export const MONEY_UNITS = ["yuan", "wan", "yi"] as const;

/** How many yuan one unit holds: 元 1, 万元 10⁴, 亿元 10⁸. */
const UNIT_EXPONENT: Record<(typeof MONEY_UNITS)[number], number> = { yuan: 0, wan: 4, yi: 8 };

const unitFactors = new Map<string, Exact>();

/** What an amount in `from` is multiplied by to be in `to` (10⁴ from 元 to 万元 …), made once. */
function unitFactor(from: (typeof MONEY_UNITS)[number], to: (typeof MONEY_UNITS)[number]): Exact {
  const key = `${from}>${to}`;
  let factor = unitFactors.get(key);
  if (!factor) {
    factor = new Exact(10).pow(UNIT_EXPONENT[from] - UNIT_EXPONENT[to]);
    unitFactors.set(key, factor);
  }
  return factor;
}

/** Writes a figure with the `trim` and `sep` options of a call. */
export function format(value: Exact, hash: Hash, digits: number): string {
  return formatFigure(value, { digits, trim: flagOption(hash, "trim"), separators: flagOption(hash, "sep") });
}

function scaled(value: unknown, hash: Hash, to: (typeof MONEY_UNITS)[number], fallbackFrom: string): string {
  const from = textOption(hash, "from", fallbackFrom, MONEY_UNITS) as (typeof MONEY_UNITS)[number];
  const amount = toExact(value, 0).times(unitFactor(from, to));
  return format(amount, hash, digitsOption(hash.digits, 2));
}

/**
 * `{{wan value}}` — an amount in 万元, without the unit: `{{wan 123456789}}` → `12345.68`.
 * Options: `from="yuan"` (default; or `"wan"`, `"yi"`), `digits=2`, `trim=true` (drop trailing
 * zeros), `sep=true` (thousands separators).
 */
export function wan(value: unknown, hash: Hash): string {
  return scaled(value, hash, "wan", "yuan");
}

/**
 * `{{yi value}}` — an amount in 亿元, without the unit: `{{yi 1234567890}}` → `12.35`;
 * `{{yi 52300 from="wan"}}` → `5.23`. Options as `wan` (default `from="yuan"`).
 */
export function yi(value: unknown, hash: Hash): string {
  return scaled(value, hash, "yi", "yuan");
}

/** `{{fixed value 1}}` — a figure with fixed decimals, rounded half up: `{{fixed 1.005 2}}` → `1.01`. */
export function fixed(value: unknown, digits: unknown, hash: Hash): string {
  return format(toExact(value, 0), hash, digits === NOT_GIVEN ? 0 : digitsOption(digits ?? Number.NaN, 0, 1));
}

/**
 * `{{thousands value}}` — thousands separators: `{{thousands 1234567.5}}` → `1,234,567.5`;
 * with `digits=2` also fixed decimals (`1,234,567.50`).
 */
export function thousands(value: unknown, hash: Hash): string {
  const exact = toExact(value, 0);
  const digits = digitsOption(hash.digits, Math.max(0, exact.decimalPlaces()));
  return formatFigure(exact, { digits, trim: flagOption(hash, "trim"), separators: true });
}

/**
 * `{{pct rate}}` — a rate already in percent, with the sign: `{{pct 12.345}}` → `12.3%`;
 * `{{pct part whole}}` — a share: `{{pct 45 360}}` → `12.5%`. Options: `digits=1`, `trim=true`.
 */
export function pct(value: unknown, whole: unknown, hash: Hash): string {
  const digits = digitsOption(hash.digits, 1);
  const rate = whole === NOT_GIVEN ? toExact(value, 0) : ratio(value, whole);
  return `${format(rate, hash, digits)}%`;
}

/** `part / whole × 100`, exact; a whole of zero is a HelperError (`zero_base`). */
export function ratio(part: unknown, whole: unknown): Exact {
  const base = toExact(whole, 1);
  const amount = toExact(part, 0);
  if (base.isZero()) throw new HelperError("zero_base", 1, whole);
  return amount.div(base).times(100);
}
