import type { Locale } from "@gongwen/schema";
import { CsvError, parse } from "csv-parse/browser/esm/sync";
import { cellValue } from "./cells.js";
import { decodeDataText } from "./decode.js";
import { type DataRow, type DataTable, dataError, tableRows } from "./rows.js";

/**
 * Reads CSV as offices export it (see csvTable): its rows.
 * @throws ReportError for a malformed file (an unclosed quote …), located by line.
 */
export function readCsv(bytes: Uint8Array, file: string, headerRow = 1, locale: Locale = "zh"): DataRow[] {
  return csvTable(bytes, file, headerRow, locale).rows;
}

/**
 * Reads CSV as offices export it (csv-parse): UTF-8 with or without a byte order mark, or GBK
 * from Excel on Chinese Windows; CRLF or LF; quoted cells with commas and line breaks. The
 * header row (1-based, default 1) names the fields; rows above it (titles) are skipped.
 * @throws ReportError for a malformed file (an unclosed quote …), located by line.
 */
export function csvTable(bytes: Uint8Array, file: string, headerRow = 1, locale: Locale = "zh"): DataTable {
  const { text } = decodeDataText(bytes);
  let table: string[][];
  try {
    table = parse(text, { relax_column_count: true, skip_empty_lines: false, bom: true });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines;
    throw dataError(locale, file, `CSV 格式有误：${error.message}`, `malformed CSV: ${error.message}`, line);
  }
  return tableRows(table, headerRow, (cell) => cellValue(String(cell)), locale, file);
}
