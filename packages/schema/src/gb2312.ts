/**
 * The GB 2312-1980 character set: which characters the `_GB2312` fonts (仿宋_GB2312, 楷体_GB2312)
 * can show. Names often hold characters beyond it (喆, 堃, 昇, 珺, 镕 …), which Word then sets in
 * another font. A fact about text, so the model holds it: the linter and the DOCX writer both ask.
 *
 * The set is built at first use by decoding every two-byte code of GB 2312 (rows A1–F7, cells
 * A1–FE) with the platform's `TextDecoder("gb18030")` — built into Node and every browser, so no
 * table ships with the code. Rows AA–AF are not GB 2312's (GBK puts user-defined characters
 * there), and private-use results are unassigned codes; both are left out.
 */

let set: Set<number> | undefined;

/** The first characters East Asian fonts set: below this, text is in the Latin font (Times New Roman). */
const FIRST_EAST_ASIAN = 0x2e80;

function gb2312(): Set<number> {
  if (set) return set;
  // The model's build has no DOM or Node types: TextDecoder is reached through globalThis.
  const { TextDecoder: Decoder } = globalThis as unknown as {
    TextDecoder: new (label: string) => { decode(bytes: Uint8Array): string };
  };
  const decoder = new Decoder("gb18030");
  const out = new Set<number>();
  const pair = new Uint8Array(2);
  for (let row = 0xa1; row <= 0xf7; row++) {
    if (row >= 0xaa && row <= 0xaf) continue;
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      pair[0] = row;
      pair[1] = cell;
      const code = decoder.decode(pair).codePointAt(0) ?? 0xfffd;
      if (code === 0xfffd || (code >= 0xe000 && code <= 0xf8ff)) continue;
      out.add(code);
    }
  }
  set = out;
  return out;
}

/** True when GB 2312 holds the character (its first code point). */
export function isGb2312(char: string): boolean {
  return gb2312().has(char.codePointAt(0) ?? 0);
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
  const known = gb2312();
  let index = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= FIRST_EAST_ASIAN && !known.has(code)) out.push({ char, index });
    index += char.length;
  }
  return out;
}
