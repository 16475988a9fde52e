/**
 * The GB 2312-1980 character set: which characters the `_GB2312` fonts (仿宋_GB2312, 楷体_GB2312)
 * can show. Names often hold characters beyond it (喆, 堃, 昇, 珺, 镕 …), which Word then sets in
 * another font. A fact about text, so the model holds it: the linter and the DOCX writer both ask.
 *
 * The set ships as data: src/gb2312-class.ts, written by scripts/gb2312-class.mjs from the
 * platform's `TextDecoder("gb18030")` and checked against it by the tests, lists it as the body of
 * a regular expression's character class (characters and `a-z` ranges). At first use it becomes a
 * bit set of the Basic Multilingual Plane (8 KiB), so a check is one array lookup per character:
 * compiling the class as a regular expression took some 5 ms of every `gongwen render`.
 */

import { GB2312_CLASS } from "./gb2312-class.js";

/** The first characters East Asian fonts set: below this, text is in the Latin font (Times New Roman). */
const FIRST_EAST_ASIAN = 0x2e80;

let bits: Uint8Array | undefined;

/** One bit per code point of the Basic Multilingual Plane, set for the characters of GB 2312. */
function gb2312Bits(): Uint8Array {
  if (bits) return bits;
  const set = new Uint8Array(0x10000 >> 3);
  const mark = (code: number) => {
    set[code >> 3] = (set[code >> 3] as number) | (1 << (code & 7));
  };
  // Every character of the class is in the BMP: one UTF-16 unit each.
  for (let i = 0; i < GB2312_CLASS.length; i++) {
    const from = GB2312_CLASS.charCodeAt(i);
    if (GB2312_CLASS.charCodeAt(i + 1) === 0x2d /* - */ && i + 2 < GB2312_CLASS.length) {
      const to = GB2312_CLASS.charCodeAt(i + 2);
      for (let code = from; code <= to; code++) mark(code);
      i += 2;
    } else mark(from);
  }
  bits = set;
  return set;
}

/** True when GB 2312 holds the code point (none beyond the Basic Multilingual Plane). */
function inGb2312(code: number): boolean {
  return code < 0x10000 && ((gb2312Bits()[code >> 3] as number) & (1 << (code & 7))) !== 0;
}

/** True when GB 2312 holds the character (its first code point). */
export function isGb2312(char: string): boolean {
  return inGb2312(char.codePointAt(0) ?? 0);
}

/** A character of a text that GB 2312 lacks, and where it stands (UTF-16 offset). */
export interface OutsideGb2312 {
  char: string;
  index: number;
}

/**
 * The characters of a text that a `_GB2312` font cannot show: East Asian characters (from
 * U+2E80: CJK ideographs, their punctuation, full-width forms, and every character beyond the
 * Basic Multilingual Plane) outside GB 2312; a lone surrogate is reported as it is. Latin letters,
 * digits and ASCII are set in the Latin font and never reported.
 */
export function outsideGb2312(text: string): OutsideGb2312[] {
  const out: OutsideGb2312[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < FIRST_EAST_ASIAN) continue;
    const code = text.codePointAt(i) as number;
    if (inGb2312(code)) continue;
    const wide = code > 0xffff;
    out.push({ char: wide ? text.slice(i, i + 2) : (text[i] as string), index: i });
    if (wide) i++;
  }
  return out;
}
