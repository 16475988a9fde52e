/**
 * Widths of text in ems of its font size, as the layout decisions (balanced title lines, signature
 * offsets, hanging indents) need them before any real font is at hand. Chinese characters and
 * full-width punctuation are one em; Latin letters, digits and ASCII punctuation take the widths
 * of Times New Roman, the Latin font of every built-in profile.
 */

const NARROW = " .,:;'!|iljIft()[]/-";
const WIDE = "MWmw%@";

/** Widths of the printable ASCII characters, by code, made on first use. */
let asciiWidths: Float64Array | undefined;

function asciiWidth(code: number): number {
  if (!asciiWidths) {
    asciiWidths = new Float64Array(0x7f);
    for (let c = 0x20; c < 0x7f; c++) {
      const char = String.fromCharCode(c);
      asciiWidths[c] = NARROW.includes(char) ? 0.28 : WIDE.includes(char) ? 0.85 : c >= 0x41 && c <= 0x5a ? 0.68 : 0.5;
    }
  }
  return asciiWidths[code] as number;
}

/** The width of one character in ems, by its code point. */
export function codeWidth(code: number): number {
  // CJK, full-width forms, “” — and the rest from U+2000 are full width.
  if (code >= 0x2000) return 1;
  if (code < 0x20) return 0;
  if (code < 0x7f) return asciiWidth(code);
  // Latin-1 letters and symbols set in the Latin font.
  return code !== 0xb7 && code !== 0xd7 && code !== 0xf7 ? 0.55 : 1;
}

/** The width of one character in ems. */
export function charWidth(char: string): number {
  return codeWidth(char.codePointAt(0) ?? 0);
}

/** The width of a text in ems: `2024年1月9日` → 6. */
export function textWidth(text: string): number {
  return sumOfWidths(text, codeWidth);
}

/**
 * The width of a text in ems, each character (code point, as a string's iterator gives them) as
 * wide as `widthOf` says of its code, added up in reading order.
 */
export function sumOfWidths(text: string, widthOf: (code: number) => number): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i) as number;
    if (code > 0xffff) i++;
    width += widthOf(code);
  }
  return width;
}

/**
 * A generous width for layout decisions that must not come out short (table columns, lines a
 * cell will take): Latin letters, digits and signs as wide as the widest common fonts set them
 * (DejaVu's digits are 0.64 em, its % nearly a full em), Chinese one em. By code point.
 */
export function generousCodeWidth(code: number): number {
  const width = codeWidth(code);
  if (width === 1 || width === 0) return width;
  // %, W and M.
  return code === 0x25 || code === 0x57 || code === 0x4d ? 0.95 : Math.max(width, 0.66);
}

/**
 * The lines a text takes when wrapped at character boundaries, `first` ems on the first line and
 * `rest` on the others, each character (code point) as wide as `widthOf` says of its code.
 */
export function wrappedLines(
  text: string,
  first: number,
  rest: number,
  widthOf: (code: number) => number = codeWidth,
): number {
  let lines = 1;
  let room = first;
  let empty = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i) as number;
    if (code > 0xffff) i++;
    const width = widthOf(code);
    if (width > room + 1e-9 && !empty) {
      lines++;
      room = rest;
    }
    room -= width;
    empty = false;
  }
  return lines;
}
