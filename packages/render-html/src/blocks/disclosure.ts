import { disclosureRows } from "@gongwen/schema";
import type { HtmlContext } from "../context.js";
import { pathAttribute } from "../context.js";
import { element, textElement } from "../markup.js";

/**
 * The disclosure attributes as 政府信息公开 pages publish them above the text, in the DOCX's
 * order (schema disclosureRows): 索引号, 组配分类 / 发布机构, 成文日期 / 文号, 公开方式 — a table
 * of label and value pairs, the labels `<th scope="row">`.
 */
export function disclosureTable(context: HtmlContext): string {
  const rows = disclosureRows(context.report.meta);
  const body = rows
    .map((row) =>
      element(
        "tr",
        {},
        row
          .map((cell, i) => (i % 2 === 0 ? textElement("th", { scope: "row" }, cell) : textElement("td", {}, cell)))
          .join(""),
      ),
    )
    .join("");
  return element(
    "table",
    { class: "disclosure", "aria-label": "政府信息公开属性", ...pathAttribute(context, ["meta", "disclosure"]) },
    element("tbody", {}, body),
  );
}
