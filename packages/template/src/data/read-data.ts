import type { Locale } from "@gongwen/schema";
import { parse as parseYaml } from "yaml";
import { csvTable } from "./csv.js";
import { decodeDataText } from "./decode.js";
import { type DataRow, type DataTable, dataError } from "./rows.js";
import { xlsxTable } from "./xlsx.js";

/** The data formats `--data` takes, by file extension. */
export const DATA_FORMATS = ["json", "yaml", "csv", "xlsx"] as const;
/** One of DATA_FORMATS. */
export type DataFormat = (typeof DATA_FORMATS)[number];

/** Options of readData. */
export interface ReadDataOptions {
  /** The file's name: its extension picks the format unless `format` is given; problems carry it. */
  fileName: string;
  format?: DataFormat;
  /** XLSX: the sheet, by name or 1-based number. */
  sheet?: string;
  /** CSV and XLSX: the 1-based row holding the field names. */
  headerRow?: number;
  locale?: Locale;
}

/** The format a data file's name implies, or undefined. */
export function dataFormatOf(fileName: string): DataFormat | undefined {
  const ext = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === "yml") return "yaml";
  return (DATA_FORMATS as readonly string[]).includes(ext ?? "") ? (ext as DataFormat) : undefined;
}

/** JSON or YAML records as a table: its fields are every key any record has, in order of first appearance. */
function structuredRows(value: unknown, file: string, locale: Locale): DataTable {
  const records = Array.isArray(value) ? value : [value];
  const fields = new Set<string>();
  const rows = records.map((values, i): DataRow => {
    if (values === null || typeof values !== "object" || Array.isArray(values)) {
      throw dataError(locale, file, `第 ${i + 1} 条数据应是一组字段`, `record ${i + 1} must be an object of fields`);
    }
    for (const key of Object.keys(values)) fields.add(key);
    return { row: i + 1, values: values as Record<string, unknown> };
  });
  return { file, kind: "records", fields: [...fields], rows };
}

/**
 * Reads a data file into rows, one per report: a JSON or YAML array of objects (or one object),
 * CSV or XLSX with a header row. Browser-safe (bytes in, rows out). readDataTable gives the
 * fields the file has too.
 * @throws ReportError for a file that cannot be read as its format, located where possible.
 */
export async function readData(bytes: Uint8Array, options: ReadDataOptions): Promise<DataRow[]> {
  return (await readDataTable(bytes, options)).rows;
}

/**
 * Reads a data file as readData does, keeping the fields it has (a table's header, the records'
 * keys): given to renderBatch, they let a field the data lacks altogether be said once, before any
 * row is rendered, and a row's empty value be told from a field that does not exist.
 * @throws ReportError for a file that cannot be read as its format, located where possible.
 */
export async function readDataTable(bytes: Uint8Array, options: ReadDataOptions): Promise<DataTable> {
  const locale = options.locale ?? "zh";
  const file = options.fileName;
  const format = options.format ?? dataFormatOf(file);
  switch (format) {
    case "csv":
      return csvTable(bytes, file, options.headerRow, locale);
    case "xlsx": {
      const xlsx: { sheet?: string; headerRow?: number; locale: Locale } = { locale };
      if (options.sheet !== undefined) xlsx.sheet = options.sheet;
      if (options.headerRow !== undefined) xlsx.headerRow = options.headerRow;
      return xlsxTable(bytes, file, xlsx);
    }
    case "json": {
      const { text } = decodeDataText(bytes);
      try {
        return structuredRows(JSON.parse(text), file, locale);
      } catch (error) {
        if (!(error instanceof SyntaxError)) throw error;
        throw dataError(locale, file, `JSON 格式有误：${error.message}`, `malformed JSON: ${error.message}`);
      }
    }
    case "yaml": {
      const { text } = decodeDataText(bytes);
      let value: unknown;
      try {
        value = parseYaml(text, { maxAliasCount: 100 });
      } catch (error) {
        const e = error as Error & { linePos?: { line: number; col: number }[] };
        throw dataError(
          locale,
          file,
          `YAML 格式有误：${e.message}`,
          `malformed YAML: ${e.message}`,
          e.linePos?.[0]?.line,
          e.linePos?.[0]?.col,
        );
      }
      return structuredRows(value, file, locale);
    }
    default:
      throw dataError(
        locale,
        file,
        "数据文件应是 .json、.yaml、.csv 或 .xlsx",
        "the data file must be .json, .yaml, .csv or .xlsx",
      );
  }
}
