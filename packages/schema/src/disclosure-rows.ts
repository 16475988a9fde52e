import { formatChineseDate } from "./dates.js";
import type { Meta } from "./model.js";

/**
 * The disclosure attributes as 政府信息公开 pages publish them above the text, in rows of two
 * label–value pairs: 索引号, 组配分类 / 发布机构 (default: the org), 成文日期 / 文号, 公开方式. A
 * value not set is an empty text. Every writer's disclosure table takes its rows from here.
 */
export function disclosureRows(meta: Meta): [string, string, string, string][] {
  const d = meta.disclosure ?? {};
  return [
    ["索引号", d.indexNo ?? "", "组配分类", d.category ?? ""],
    ["发布机构", d.publisher ?? meta.org, "成文日期", formatChineseDate(meta.date)],
    ["文号", meta.docNumber ?? "", "公开方式", d.openness ?? ""],
  ];
}
