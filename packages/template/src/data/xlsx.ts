import type { Locale } from "@gongwen/schema";
import { cellValue, isoDate } from "./cells.js";
import { type DataRow, type DataTable, dataError, tableRows } from "./rows.js";

/** Which sheet and which row holds the header. */
export interface XlsxOptions {
  /** A sheet's name, or its 1-based number as text (`"2"`); the first sheet by default. */
  sheet?: string;
  /** The 1-based row holding the field names; rows above it (titles) are skipped. Default 1. */
  headerRow?: number;
  locale?: Locale;
}

function xlsxCell(cell: unknown): unknown {
  if (cell === null || cell === undefined) return undefined;
  if (cell instanceof Date) return isoDate(cell);
  if (typeof cell === "string") return cellValue(cell);
  return cell;
}

/**
 * Reads an XLSX workbook (see xlsxTable): its rows.
 * @throws ReportError when the file is no workbook or the sheet does not exist.
 */
export async function readXlsx(bytes: Uint8Array, file: string, options: XlsxOptions = {}): Promise<DataRow[]> {
  return (await xlsxTable(bytes, file, options)).rows;
}

/**
 * Reads an XLSX workbook (read-excel-file: maintained, small, browser-safe): numbers as numbers,
 * numbers stored as text kept as text (helpers still read them), date cells as ISO dates
 * (`2024-01-09`), empty cells missing. `sheet` picks a sheet by name or number. read-excel-file
 * (and the fflate it unzips with) is loaded at the first call, so reading JSON, YAML or CSV
 * never loads it.
 * @throws ReportError when the file is no workbook or the sheet does not exist.
 */
export async function xlsxTable(bytes: Uint8Array, file: string, options: XlsxOptions = {}): Promise<DataTable> {
  const locale = options.locale ?? "zh";
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const { default: readXlsxFile } = await import("read-excel-file/universal");
    sheets = (await readXlsxFile(buffer)) as { sheet: string; data: unknown[][] }[];
  } catch (error) {
    const detail = (error as Error).message;
    throw dataError(locale, file, `不是有效的 XLSX 工作簿（${detail}）`, `not a valid XLSX workbook (${detail})`);
  }
  const wanted = options.sheet;
  const index = wanted === undefined ? 0 : sheets.findIndex((s) => s.sheet === wanted);
  const byNumber = wanted !== undefined && /^\d+$/.test(wanted) ? Number(wanted) - 1 : -1;
  const sheet = sheets[index >= 0 ? index : byNumber];
  if (!sheet) {
    const names = sheets.map((s) => s.sheet).join("、");
    throw dataError(
      locale,
      file,
      `工作簿中没有工作表“${wanted}”（有：${names}）`,
      `the workbook has no sheet "${wanted}" (it has: ${names})`,
    );
  }
  return tableRows(sheet.data, options.headerRow ?? 1, xlsxCell, locale, file);
}
