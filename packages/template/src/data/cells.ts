/**
 * A cell's text as data: trimmed; empty is missing (undefined, so the template's default or a
 * strict error applies); a number written plainly (`1234.5`, `-3`, `0.25`) becomes that number;
 * anything else — `1,234.5`, `12.3%`, `0012`, `1.50` — stays text exactly as written, so printing
 * it gives what the office typed, and every helper still reads it as a number.
 */
export function cellValue(text: string): string | number | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  const number = Number(trimmed);
  return Number.isFinite(number) && String(number) === trimmed ? number : trimmed;
}

/** A spreadsheet date as ISO `YYYY-MM-DD` (the reader gives UTC midnight of the day). */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
