const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"] as const;

/**
 * Writes a positive integer below 10 000 in Chinese counting numerals as official
 * documents number their parts: 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五.
 */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) {
    throw new RangeError(`toChineseNumeral: ${n} is not an integer from 1 to 9999`);
  }
  const units = ["千", "百", "十", ""] as const;
  const digits = String(n).padStart(4, "0").split("").map(Number);
  let out = "";
  let pendingZero = false;
  digits.forEach((d, i) => {
    if (d === 0) {
      if (out) pendingZero = true;
      return;
    }
    if (pendingZero) out += "零";
    pendingZero = false;
    // 十一 rather than 一十一 when the number starts in the tens.
    const unit = units[i] ?? "";
    const digit = d === 1 && unit === "十" && !out ? "" : (DIGITS[d] ?? "");
    out += digit + unit;
  });
  return out;
}

/** Reads Chinese counting numerals back (一 … 九千九百九十九, also 〇 for 零); undefined if it is not one. */
export function fromChineseNumeral(text: string): number | undefined {
  if (!/^[零〇一二两三四五六七八九十百千]+$/.test(text)) return undefined;
  const value = (ch: string) => "零一二三四五六七八九".indexOf(ch.replace("〇", "零").replace("两", "二"));
  const units: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
  let total = 0;
  let digit = -1;
  for (const ch of text) {
    const unit = units[ch];
    if (unit !== undefined) {
      total += (digit === -1 ? 1 : digit) * unit;
      digit = -1;
    } else {
      digit = value(ch);
    }
  }
  if (digit > 0) total += digit;
  if (total < 1) return undefined;
  return toChineseNumeral(total) === text ? total : undefined;
}
