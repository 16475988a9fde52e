import { disclosureRows } from "@gongwen/schema";
import type { RenderContext } from "../context.js";
import type { DirectXml } from "../xml/direct.js";
import { gridTable } from "./tables.js";
import { TextParagraph } from "./text-paragraph.js";

/**
 * The disclosure attributes as 政府信息公开 pages publish them above the text: 索引号, 组配分类,
 * 发布机构, 成文日期, 文号, 公开方式 — in a two-pair table, followed by a blank line.
 */
export function disclosureTable(context: RenderContext): DirectXml[] {
  const rows = disclosureRows(context.report.meta);
  return [gridTable(context, rows, { labelColumns: [0, 2] }), new TextParagraph({ runs: [] })];
}
