import { type Locale, type Report, ReportError } from "@gongwen/schema";
import { UserError } from "./errors.js";
import { readBytes, readText } from "./files.js";
import { say } from "./locale.js";

/** The data options `gongwen render` takes to fill a template. */
export interface TemplateDataOptions {
  data: string;
  sheet?: string;
  headerRow?: string;
  row?: string;
}

/**
 * Fills a template with one row of a data file for `gongwen render TEMPLATE --data FILE`: the file's
 * only row, or the one `--row` names (its number as the file counts it: the spreadsheet row for CSV
 * and XLSX, the item for JSON and YAML). Problems are thrown as a ReportError, each located in the
 * template with the row number; one per data field and fault, naming every place (mergePlaces).
 */
export async function renderFromTemplate(file: string, options: TemplateDataOptions, locale: Locale): Promise<Report> {
  const { loadTemplate, missingFieldProblems, readDataTable, renderTemplate } = await import("@gongwen/template");
  const template = loadTemplate(await readText(file, locale), { fileName: file, locale });
  const headerRow = options.headerRow === undefined ? undefined : Number(options.headerRow);
  if (headerRow !== undefined && !(Number.isInteger(headerRow) && headerRow >= 1)) {
    throw new UserError(
      say(
        locale,
        `--header-row 应是从 1 起的整数，而不是“${options.headerRow}”。`,
        `--header-row must be a whole number from 1, not "${options.headerRow}".`,
      ),
      { exitCode: 2 },
    );
  }
  const table = await readDataTable(await readBytes(options.data, locale), {
    fileName: options.data,
    locale,
    ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
    ...(headerRow === undefined ? {} : { headerRow }),
  });
  const { rows } = table;
  const wanted = options.row === undefined ? undefined : Number(options.row);
  const row = wanted === undefined && rows.length === 1 ? rows[0] : rows.find((r) => r.row === wanted);
  if (!row) {
    const numbers = rows.map((r) => r.row).join(", ");
    throw new UserError(
      wanted === undefined
        ? say(
            locale,
            `数据有 ${rows.length} 行，请用 --row 指定一行（${numbers}），或用 gongwen batch 全部生成。`,
            `the data has ${rows.length} rows: pick one with --row (${numbers}), or render them all with gongwen batch.`,
          )
        : say(
            locale,
            `数据中没有第 ${options.row} 行（有：${numbers}）。`,
            `the data has no row ${options.row} (it has: ${numbers}).`,
          ),
      { exitCode: 2 },
    );
  }
  // A field the file lacks altogether is said as such (with the columns it has), not as this row's.
  const lacking = missingFieldProblems(template, table);
  if (lacking.length > 0) throw new ReportError(lacking, locale);
  try {
    return renderTemplate(template, row.values, { row: row.row, fields: table.fields });
  } catch (error) {
    if (!(error instanceof ReportError)) throw error;
    // An empty cell the template uses in five places is said once, naming them.
    const { mergePlaces } = await import("./problem-places.js");
    throw new ReportError(mergePlaces(error.problems, locale), locale);
  }
}
