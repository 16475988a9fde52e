import { parseDate } from "@gongwen/schema";

const DIGIT = "〇零一二三四五六七八九";

function chineseNumber(text: string): number | undefined {
  if (/^[〇零一二三四五六七八九]+$/.test(text) && text.length === 4) {
    return Number([...text].map((ch) => DIGIT.indexOf(ch) - (DIGIT.indexOf(ch) > 0 ? 1 : 0)).join(""));
  }
  const match = /^(?:([一二三])?十)?([一二三四五六七八九])?$/.exec(text);
  if (!match || !text) return undefined;
  const tens = text.includes("十") ? (match[1] ? DIGIT.indexOf(match[1]) - 1 : 1) : 0;
  const ones = match[2] ? DIGIT.indexOf(match[2]) - 1 : 0;
  return tens * 10 + ones;
}

/**
 * Reads a date as reports and portals write it — `2024年1月9日`, `2024-01-09`, `2024/1/9`,
 * `2024.1.9`, spaced out (`2024- 01- 09`) or in Chinese numerals (`二〇二四年一月九日`) — and
 * returns it as ISO `YYYY-MM-DD`, or undefined when it is no real date.
 */
export function readDate(text: string): string | undefined {
  const compact = text.replace(/\s+/g, "");
  const direct = parseDate(compact);
  if (direct) return direct;
  const chinese =
    /^([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日$/.exec(compact);
  if (!chinese) return undefined;
  const [year, month, day] = [chinese[1], chinese[2], chinese[3]].map((part) => chineseNumber(part ?? ""));
  if (year === undefined || month === undefined || day === undefined) return undefined;
  return parseDate(`${year}-${month}-${day}`);
}

/** Whether a whole line is a date (the 成文日期 under a signature). */
export function isDateLine(text: string): boolean {
  return text.length <= 20 && readDate(text) !== undefined;
}
