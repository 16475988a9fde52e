const PATTERNS = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/,
  /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日$/,
];

/**
 * Reads a calendar date as clerks write it (`2024-01-09`, `2024-1-9`, `2024/1/9`, `2024.1.9`,
 * `2024年1月9日`) and returns it as ISO `YYYY-MM-DD`, or undefined when it is no real date.
 */
export function parseDate(text: string): string | undefined {
  const trimmed = text.trim();
  for (const pattern of PATTERNS) {
    const match = pattern.exec(trimmed);
    if (!match) continue;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
      return undefined;
    }
    return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  }
  return undefined;
}

/**
 * Writes an ISO date the way GB/T 9704-2012 §7.3.5.4 writes 成文日期: Arabic numerals, the
 * full year, no zero padding — `2024-01-09` → `2024年1月9日`.
 */
export function formatChineseDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`formatChineseDate: "${iso}" is not an ISO date`);
  return `${Number(match[1])}年${Number(match[2])}月${Number(match[3])}日`;
}

/** The calendar date of a JS Date as ISO `YYYY-MM-DD`: its UTC date at UTC midnight (`new Date("2024-01-09")`), else its local date (`new Date(2024, 0, 9)`). */
function isoOfDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return "Invalid Date";
  const utcMidnight = date.getUTCHours() === 0 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0;
  const [y, m, d] = utcMidnight
    ? [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]
    : [date.getFullYear(), date.getMonth() + 1, date.getDate()];
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** The date fields of meta, which code callers may give as JS Dates. */
const DATE_FIELDS = ["date", "issueDate"] as const;

/**
 * A report input with the JS Dates of meta.date and meta.issueDate written as ISO text (see
 * isoOfDate; an invalid Date becomes text the date rule reports); any other value is returned as is.
 */
export function datesAsText(input: unknown): unknown {
  if (input === null || typeof input !== "object") return input;
  const meta = (input as { meta?: unknown }).meta;
  if (meta === null || typeof meta !== "object") return input;
  const dated = DATE_FIELDS.filter((key) => (meta as Record<string, unknown>)[key] instanceof Date);
  if (dated.length === 0) return input;
  const copy: Record<string, unknown> = { ...(meta as Record<string, unknown>) };
  for (const key of dated) copy[key] = isoOfDate(copy[key] as Date);
  return { ...(input as Record<string, unknown>), meta: copy };
}
