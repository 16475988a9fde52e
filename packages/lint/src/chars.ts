/**
 * Character classes the rules share. A "Chinese" character is a Han ideograph or a full-width
 * (Chinese) punctuation mark: next to one, half-width punctuation is out of place.
 */

const HAN = /\p{Script=Han}/u;

/** True for a Han ideograph (including 〇). */
export function isIdeograph(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
}

/** True for a full-width or Chinese punctuation mark: `，。、；：？！“”‘’（）《》【】〔〕—…·` and the like. */
export function isChinesePunctuation(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (
    (c >= 0x3001 && c <= 0x303f) ||
    (c >= 0xff01 && c <= 0xff0f) ||
    (c >= 0xff1a && c <= 0xff20) ||
    (c >= 0xff3b && c <= 0xff40) ||
    (c >= 0xff5b && c <= 0xff65) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    c === 0x2018 ||
    c === 0x2019 ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0x2014 ||
    c === 0x2026 ||
    c === 0x00b7
  );
}

/** True for a character of Chinese text: an ideograph or a Chinese punctuation mark. */
export function isChinese(ch: string | undefined): boolean {
  return isIdeograph(ch) || isChinesePunctuation(ch);
}

/** True for an ASCII letter. */
export function isLatinLetter(ch: string | undefined): boolean {
  return ch !== undefined && /^[A-Za-z]$/.test(ch);
}

/** True for an ASCII digit. */
export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

/** True for a space of any width (ASCII space, tab, no-break space, ideographic space U+3000). */
export function isSpace(ch: string | undefined): boolean {
  return ch === " " || ch === "\t" || ch === "\u00a0" || ch === "\u3000" || ch === "\n" || ch === "\r";
}

/** Chinese numerals as they stand in numbering: 一 … 十, 百 for long lists. */
export const CHINESE_NUMERAL = "[一二三四五六七八九十百零〇]";
