import { Scalar } from "yaml";
import { isWhite } from "./alignment.js";

/** One character of a scalar's value that is not a space, with the source range it was written as. */
export interface Unit {
  ch: string;
  from: number;
  to: number;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "\t",
  "\t": "\t",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1b",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\x85",
  _: "\xa0",
  L: "\u2028",
  P: "\u2029",
};

const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

function push(units: Unit[], value: string, from: number, to: number): void {
  for (const ch of value.split("")) if (!isWhite(ch)) units.push({ ch, from, to });
}

function doubleQuoted(source: string, start: number, end: number, units: Unit[]): void {
  for (let i = start; i < end; i++) {
    const ch = source[i] as string;
    if (ch !== "\\") {
      push(units, ch, i, i + 1);
      continue;
    }
    const next = source[i + 1] ?? "";
    if (next === "\n" || next === "\r") {
      // A line continuation: no character.
      i += 1;
      continue;
    }
    const hex = HEX_LENGTH[next];
    if (hex !== undefined) {
      const code = Number.parseInt(source.slice(i + 2, i + 2 + hex), 16);
      const value = Number.isNaN(code) ? "" : String.fromCodePoint(code);
      push(units, value, i, i + 2 + hex);
      i += 1 + hex;
      continue;
    }
    push(units, SIMPLE_ESCAPES[next] ?? next, i, i + 2);
    i += 1;
  }
}

/**
 * The characters of a scalar's value that are not spaces, each with the range of the source it
 * was written as, or undefined for a scalar without a source range. Plain and block scalars
 * write their characters as they are; quoted scalars may escape them (`''`, `\"`, `\u4E2D`).
 */
export function scalarUnits(source: string, node: Scalar): Unit[] | undefined {
  const range = node.range;
  if (!range) return undefined;
  const [start, valueEnd] = range;
  const units: Unit[] = [];
  switch (node.type) {
    case Scalar.QUOTE_DOUBLE:
      doubleQuoted(source, start + 1, valueEnd - 1, units);
      break;
    case Scalar.QUOTE_SINGLE:
      for (let i = start + 1; i < valueEnd - 1; i++) {
        const ch = source[i] as string;
        if (ch === "'" && source[i + 1] === "'") {
          units.push({ ch, from: i, to: i + 2 });
          i++;
        } else if (!isWhite(ch)) {
          units.push({ ch, from: i, to: i + 1 });
        }
      }
      break;
    case Scalar.BLOCK_LITERAL:
    case Scalar.BLOCK_FOLDED: {
      const body = source.indexOf("\n", start);
      if (body < 0) return units;
      for (let i = body + 1; i < valueEnd; i++) {
        const ch = source[i] as string;
        if (!isWhite(ch)) units.push({ ch, from: i, to: i + 1 });
      }
      break;
    }
    default:
      for (let i = start; i < valueEnd; i++) {
        const ch = source[i] as string;
        if (!isWhite(ch)) units.push({ ch, from: i, to: i + 1 });
      }
  }
  return units;
}

/** Characters a replacement may not bring into a scalar of this style without escaping. */
export function unsafeReplacement(node: Scalar): RegExp {
  switch (node.type) {
    case Scalar.QUOTE_DOUBLE:
      return /["\\]/;
    case Scalar.QUOTE_SINGLE:
      return /'/;
    case Scalar.BLOCK_LITERAL:
    case Scalar.BLOCK_FOLDED:
      return /[\r\n]/;
    default:
      return /[\r\n#:'"]/;
  }
}
