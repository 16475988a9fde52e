/**
 * Reading the numbers hand-written Markdown puts before headings and initiatives. The writer
 * always emits the canonical forms of @gongwen/schema (headingLabel, initiativeLabel); the
 * reader accepts every common variant and strips at most one prefix.
 */
import { fromChineseNumeral, type InitiativeStyle } from "@gongwen/schema";

const CHINESE = "[零〇一二两三四五六七八九十百千]+";
const DIGITS = "[0-9０-９]+";
/** A decimal label is not one when a digit follows: `1.5倍` is a number, not item 1. */
const NO_DIGIT = "(?![0-9０-９])";

/** The number forms accepted at each heading level (1 = `##`). Group 1 is the number. */
const HEADING_FORMS: Record<number, RegExp> = {
  1: new RegExp(`^(${CHINESE})[、.．]`),
  2: new RegExp(`^[（(](${CHINESE})[)）]`),
  3: new RegExp(`^(${DIGITS})[.．、]${NO_DIGIT}`),
  4: new RegExp(`^[（(](${DIGITS})[)）]`),
};

/** The initiative label forms, tried in this order. Group 1 is the number. */
const INITIATIVE_FORMS: [InitiativeStyle, RegExp][] = [
  ["ordinal", new RegExp(`^(${CHINESE})是`)],
  ["decimal", new RegExp(`^(${DIGITS})[.．、]${NO_DIGIT}`)],
  ["paren", new RegExp(`^[（(](${DIGITS})[)）]`)],
];

/** Chinese numbers must be well formed (`十一`, not `一一`) to count as a label. */
function validNumber(number: string): boolean {
  return /^[0-9０-９]+$/.test(number) || fromChineseNumeral(number) !== undefined;
}

/**
 * A heading's title without its number: strips one prefix of the forms valid at that level
 * (`一、` `一.` `一．` at level 1; `（一）` `(一)` at 2; `1.` `1．` `1、` at 3; `（1）` `(1)` at 4)
 * and the spaces after it. Text without a valid prefix is returned trimmed.
 */
export function stripHeadingNumber(level: number, text: string): string {
  const trimmed = text.trim();
  const match = HEADING_FORMS[level]?.exec(trimmed);
  if (!match || !validNumber(match[1] as string)) return trimmed;
  return trimmed.slice(match[0].length).trim();
}

/** An initiative label found at the start of a text: its style and how many characters it takes. */
export interface InitiativeLabelMatch {
  style: InitiativeStyle;
  length: number;
}

/** The initiative label (`一是`, `1.`/`1．`/`1、`, `（1）`/`(1)`) a text opens with, if any. */
export function matchInitiativeLabel(text: string): InitiativeLabelMatch | undefined {
  for (const [style, form] of INITIATIVE_FORMS) {
    const match = form.exec(text);
    if (match && validNumber(match[1] as string)) return { style, length: match[0].length };
  }
  return undefined;
}
