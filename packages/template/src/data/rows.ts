import { type Locale, type Problem, ReportError } from "@gongwen/schema";

/** One record of data: the values a template is filled with, and where it came from. */
export interface DataRow {
  /** 1-based: the spreadsheet row for CSV and XLSX (as Excel shows it), the item for JSON and YAML. */
  row: number;
  values: Record<string, unknown>;
}

/**
 * A data file as read: its rows, and the fields it has — what lets a batch tell a field the data
 * lacks altogether (a column missing from the header) from one a row leaves empty.
 */
export interface DataTable {
  /** The file's name, as given to the reader. */
  file: string;
  /**
   * `table` for CSV and XLSX (the fields are the header's columns), `records` for JSON and YAML
   * (the fields are the keys of the records).
   */
  kind: "table" | "records";
  /**
   * The fields the data has: a table's header names in column order; every key any record has,
   * in order of first appearance.
   */
  fields: string[];
  rows: DataRow[];
}

/** A problem of a data file, located when the reader can tell where. */
export function dataError(
  locale: Locale,
  file: string,
  zh: string,
  en: string,
  line?: number,
  column?: number,
): ReportError {
  const p: Problem = { code: "bad_data", path: [], message: locale === "zh" ? zh : en, file };
  if (line !== undefined) p.line = line;
  if (column !== undefined) p.column = column;
  return new ReportError([p], locale);
}

/**
 * Turns a table (header row, then records) into rows: the header's cells name the fields
 * (Chinese allowed), empty rows are skipped, an empty cell is a missing value. A duplicate or
 * missing header name where data sits is an error.
 */
export function tableRows(
  table: unknown[][],
  headerRow: number,
  convert: (cell: unknown) => unknown,
  locale: Locale,
  file: string,
): DataTable {
  const header = table[headerRow - 1];
  if (!header) {
    throw dataError(locale, file, `第 ${headerRow} 行没有表头`, `there is no header in row ${headerRow}`, headerRow);
  }
  const names = header.map((cell) => (cell === null || cell === undefined ? "" : String(cell).trim()));
  const seen = new Set<string>();
  names.forEach((name, i) => {
    if (name && seen.has(name)) {
      throw dataError(locale, file, `表头“${name}”重复`, `the header "${name}" appears twice`, headerRow, i + 1);
    }
    seen.add(name);
  });
  const rows: DataRow[] = [];
  for (let r = headerRow; r < table.length; r++) {
    const values: Record<string, unknown> = {};
    let any = false;
    (table[r] ?? []).forEach((cell, i) => {
      const value = convert(cell);
      if (value === undefined) return;
      const name = names[i];
      if (!name) {
        throw dataError(
          locale,
          file,
          `第 ${r + 1} 行第 ${i + 1} 列有数据但没有表头`,
          `row ${r + 1}, column ${i + 1} holds data but has no header`,
          r + 1,
          i + 1,
        );
      }
      // Defined, not assigned: a header named __proto__ is a field like any other.
      Object.defineProperty(values, name, { value, enumerable: true, writable: true, configurable: true });
      any = true;
    });
    if (any) rows.push({ row: r + 1, values });
  }
  return { file, kind: "table", fields: names.filter((name) => name !== ""), rows };
}
