import { fromChineseNumeral } from "@gongwen/schema";

/**
 * The kinds of numbering label a line may open with:
 * - `l1` 一、 (a level-1 heading), `l2` （一） (a level-2 heading) — always headings;
 * - `ordinal` 一是 — always a run-in initiative;
 * - `decimal` 1. 1． 1、 and `paren` （1） (1) — a level-3/4 heading or a run-in initiative,
 *   decided by what follows the label (see classify).
 */
export type LabelType = "l1" | "l2" | "ordinal" | "decimal" | "paren";

/** A numbering label found at the start of a text. */
export interface Label {
  type: LabelType;
  /** The number the label carries, from 1. */
  number: number;
  /** The label as written, e.g. `(一)`, `1．`, `三是`. */
  text: string;
  /** The text after the label. */
  rest: string;
}

const NUMERAL = "[一二三四五六七八九十]{1,3}";

// A Chinese numeral followed by 、 or 是 must not open a list of numerals (一、二、三产业, 一、二季度).
const NOT_A_LIST = "(?![一二三四五六七八九十两]+[、季月等和至])";

const PATTERNS: [LabelType, RegExp][] = [
  ["l1", new RegExp(`^(${NUMERAL})、${NOT_A_LIST}`)],
  ["l2", new RegExp(`^[（(](${NUMERAL})[）)]、?`)],
  ["ordinal", new RegExp(`^(${NUMERAL})是(?=\\S)${NOT_A_LIST}`)],
  // 1. 1． 1、 — but not 1.5, 1、2月, 1+5+8, nor a year (4 digits).
  ["decimal", /^(\d{1,2})(?:[.．](?![\d０-９])|、(?![\d０-９一二三四五六七八九十]))/],
  ["paren", /^[（(](\d{1,2})[）)]、?/],
];

/** Reads the numbering label a text opens with, or undefined when it opens with none. */
export function readLabel(text: string): Label | undefined {
  for (const [type, pattern] of PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const digits = match[1] ?? "";
    const number = /^\d+$/.test(digits) ? Number(digits) : fromChineseNumeral(digits);
    if (number === undefined || number < 1) continue;
    const rest = text.slice(match[0].length);
    // A label with nothing after it, or followed by more punctuation, is not a label.
    if (!rest.trim() || /^[\s]*[、，,。.．:：;；)）]/.test(rest)) continue;
    return { type, number, text: match[0], rest: rest.trimStart() };
  }
  return undefined;
}

/** Whether a label type always makes a heading (一、 and （一）), never an initiative. */
export function isHeadingOnly(type: LabelType): boolean {
  return type === "l1" || type === "l2";
}
