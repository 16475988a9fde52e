import { Decimal } from "decimal.js";
import { HelperError } from "./helper-error.js";

/** The decimal.js constructor every helper uses: 40 significant digits, rounding half up (四舍五入). */
export const Exact = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });
/** An exact decimal number. */
export type Exact = InstanceType<typeof Exact>;

const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Reads a figure as data holds it: a number, or text written as offices write numbers —
 * `1,234.5`, `12.3%` (read as 12.3), full-width digits, surrounding spaces. Missing (undefined,
 * null, empty text) and anything else are HelperErrors naming the argument.
 */
export function toExact(value: unknown, argument: number | string): Exact {
  if (value === undefined || value === null || value === "") throw new HelperError("missing", argument, value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new HelperError("not_a_number", argument, value);
    return new Exact(value);
  }
  if (typeof value === "string") {
    const text = value
      .trim()
      .replace(/[０-９．＋－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
      .replace(/,(?=\d{3}(\D|$))/g, "")
      .replace(/%$/, "");
    if (NUMERIC.test(text)) return new Exact(text);
  }
  throw new HelperError("not_a_number", argument, value);
}

/** Options that shape how a figure is written. */
export interface FigureFormat {
  /** Decimal places, rounded half up. */
  digits: number;
  /** Drop trailing zeros after the point (`12.50` → `12.5`, `3.00` → `3`). */
  trim?: boolean;
  /** Thousands separators in the integer part (`1,234,567.8`). */
  separators?: boolean;
}

/** Writes an exact number with fixed decimals, never in exponent form and never as `-0`. */
export function formatFigure(value: Exact, format: FigureFormat): string {
  let text = value.toFixed(format.digits);
  if (/^-0(\.0*)?$/.test(text)) text = text.slice(1);
  if (format.trim && text.includes(".")) text = text.replace(/\.?0+$/, "");
  if (format.separators) {
    const [whole = "", fraction] = text.split(".");
    const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ",");
    text = fraction === undefined ? grouped : `${grouped}.${fraction}`;
  }
  return text;
}
