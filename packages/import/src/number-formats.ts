import { toChineseNumeral } from "@gongwen/schema";

const IDEOGRAPH_TRADITIONAL = "甲乙丙丁戊己庚辛壬癸";
const IDEOGRAPH_DIGITS = "〇一二三四五六七八九";
const FULL_WIDTH_DIGITS = "０１２３４５６７８９";
const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let out = "";
  let rest = n;
  for (const [value, digits] of table) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

function letters(n: number): string {
  const letter = String.fromCharCode(65 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/**
 * A counter in a `w:numFmt` (ECMA-376 Part 1, 17.18.59 ST_NumberFormat): decimal, the Chinese
 * counting forms (chineseCounting, chineseCountingThousand, ideographTraditional 甲乙丙,
 * ideographDigital 〇一二), full-width and circled digits, letters and roman numerals. Formats
 * not listed fall back to decimal; `none` and `bullet` give no number.
 */
export function formatCounter(n: number, format: string): string {
  switch (format) {
    case "chineseCounting":
    case "chineseCountingThousand":
    case "chineseLegalSimplified":
    case "taiwaneseCounting":
    case "taiwaneseCountingThousand":
    case "japaneseCounting":
    case "ideographLegalTraditional":
      return n >= 1 && n <= 9999 ? toChineseNumeral(n) : String(n);
    case "ideographTraditional":
      return IDEOGRAPH_TRADITIONAL[(n - 1) % 10] ?? String(n);
    case "ideographDigital":
    case "taiwaneseDigital":
      return [...String(n)].map((d) => IDEOGRAPH_DIGITS[Number(d)]).join("");
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return [...String(n)].map((d) => FULL_WIDTH_DIGITS[Number(d)]).join("");
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return CIRCLED[n - 1] ?? String(n);
    case "upperLetter":
      return letters(n);
    case "lowerLetter":
      return letters(n).toLowerCase();
    case "upperRoman":
      return roman(n);
    case "lowerRoman":
      return roman(n).toLowerCase();
    case "none":
    case "bullet":
      return "";
    default:
      return String(n);
  }
}
