/**
 * The GB 2312-1980 character set: which characters the `_GB2312` fonts (仿宋_GB2312, 楷体_GB2312)
 * can show. Names often hold characters beyond it (喆, 堃, 昇, 珺, 镕 …), which Word then sets in
 * another font. A fact about text, so the model holds it: the linter and the DOCX writer both ask.
 *
 * The set ships as data (src/gb2312-runs.ts, written by scripts/gb2312-runs.mjs from the platform's
 * `TextDecoder("gb18030")`, and checked against it by the tests), unpacked at first use into a bit
 * per code point of the Basic Multilingual Plane, where all of GB 2312 lies.
 */

import { GB2312_RUNS } from "./gb2312-runs.js";

let bits: Uint8Array | undefined;

/** The first characters East Asian fonts set: below this, text is in the Latin font (Times New Roman). */
const FIRST_EAST_ASIAN = 0x2e80;

/** One bit per BMP code point, set for GB 2312's, unpacked from GB2312_RUNS. */
function gb2312(): Uint8Array {
  if (bits) return bits;
  const out = new Uint8Array(0x10000 >> 3);
  let at = 0;
  const number = (): number => {
    let n = 0;
    for (let shift = 0; ; shift += 5) {
      const digit = digitValue(GB2312_RUNS.charCodeAt(at++));
      n += (digit & 31) * 2 ** shift;
      if (digit < 32) return n;
    }
  };
  let code = 0;
  while (at < GB2312_RUNS.length) {
    code += number();
    const end = code + number();
    for (; code <= end; code++) out[code >> 3] = (out[code >> 3] ?? 0) | (1 << (code & 7));
  }
  bits = out;
  return out;
}

/** The value of a digit of GB2312_RUNS: 0–9, A–Z, a–z, +, / stand for 0–63. */
function digitValue(char: number): number {
  if (char >= 0x61) return char - 0x61 + 36; // a–z
  if (char >= 0x41) return char - 0x41 + 10; // A–Z
  if (char >= 0x30) return char - 0x30; // 0–9
  return char === 0x2b ? 62 : 63; // + /
}

/** True for a code point GB 2312 holds. */
function holds(code: number): boolean {
  return code < 0x10000 && ((gb2312()[code >> 3] ?? 0) & (1 << (code & 7))) !== 0;
}

/** True when GB 2312 holds the character (its first code point). */
export function isGb2312(char: string): boolean {
  return holds(char.codePointAt(0) ?? 0);
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
  const out: OutsideGb2312[] = [];
  let index = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= FIRST_EAST_ASIAN && !holds(code)) out.push({ char, index });
    index += char.length;
  }
  return out;
}
