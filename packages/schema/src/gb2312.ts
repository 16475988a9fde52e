/**
 * The GB 2312-1980 character set: which characters the `_GB2312` fonts (仿宋_GB2312, 楷体_GB2312)
 * can show. Names often hold characters beyond it (喆, 堃, 昇, 珺, 镕 …), which Word then sets in
 * another font. A fact about text, so the model holds it: the linter and the DOCX writer both ask.
 *
 * The set ships as data: src/gb2312-class.ts, written by scripts/gb2312-class.mjs from the
 * platform's `TextDecoder("gb18030")` and checked against it by the tests, is the body of a
 * regular expression's character class, so the characters outside it are found by the regular
 * expression engine rather than by a loop of JavaScript over the text.
 */

import { GB2312_CLASS } from "./gb2312-class.js";

/** The first characters East Asian fonts set: below this, text is in the Latin font (Times New Roman). */
const FIRST_EAST_ASIAN = 0x2e80;

let one: RegExp | undefined;
let outside: RegExp | undefined;

/** True when GB 2312 holds the character (its first code point). */
export function isGb2312(char: string): boolean {
  one ??= new RegExp(`^[${GB2312_CLASS}]$`, "u");
  return one.test(String.fromCodePoint(char.codePointAt(0) ?? 0));
}

/** A character of a text that GB 2312 lacks, and where it stands (UTF-16 offset). */
export interface OutsideGb2312 {
  char: string;
  index: number;
}

/**
 * The characters of a text that a `_GB2312` font cannot show: East Asian characters (from
 * U+2E80: CJK ideographs, their punctuation, full-width forms) outside GB 2312. Latin letters,
 * digits and ASCII are set in the Latin font and never reported.
 */
export function outsideGb2312(text: string): OutsideGb2312[] {
  outside ??= new RegExp(`[^\\0-\\u{${(FIRST_EAST_ASIAN - 1).toString(16)}}${GB2312_CLASS}]`, "gu");
  const out: OutsideGb2312[] = [];
  for (const match of text.matchAll(outside)) out.push({ char: match[0], index: match.index });
  return out;
}
