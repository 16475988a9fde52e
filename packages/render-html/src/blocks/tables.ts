import type { Table } from "@gongwen/schema";
import type { HtmlContext, ModelPath } from "../context.js";
import { pathAttribute } from "../context.js";
import { element, textElement } from "../markup.js";

/**
 * A table of the report: `<caption>` (the 表题 above it), the header row in `<thead>` with
 * `<th scope="col">` (repeated on every printed page, as the DOCX repeats it), the rows in `<tbody>`.
 * Cells hold their text exactly as written (`1.50` stays `1.50`).
 */
export function tableElement(context: HtmlContext, table: Table, path: ModelPath): string {
  const caption = table.caption !== undefined ? textElement("caption", {}, table.caption) : "";
  const head = element(
    "thead",
    {},
    element("tr", {}, table.header.map((cell) => textElement("th", { scope: "col" }, cell)).join("")),
  );
  const rows = table.rows
    .map((row) => element("tr", {}, row.map((cell) => textElement("td", {}, cell)).join("")))
    .join("");
  return element(
    "table",
    { class: "data", ...pathAttribute(context, path) },
    caption + head + element("tbody", {}, rows),
  );
}
