import type { HtmlContext } from "../context.js";
import { pathAttribute } from "../context.js";
import { element, textElement } from "../markup.js";
import { emWidth } from "../text-width.js";

/** The size in points the 发文机关标志 is set in: the profile's, or smaller so the name fits one line (as the DOCX). */
export function letterheadSize(context: HtmlContext, name: string): number {
  const fitting = Math.floor((context.metrics.typeWidth / Math.max(1, emWidth(name))) * 2) / 2;
  return Math.min(context.profile.sizes.letterhead, fitting);
}

/**
 * The 版头 of the page flavour (GB/T 9704-2012 §7.2): the red 发文机关标志 (`青溪县卫生健康局文件`,
 * or the report's letterheadName) centred, its top `letterhead.top` mm below the type area's top;
 * the 发文字号 two lines below it; the red line as wide as the type area `letterhead.ruleGap` mm
 * below the 发文字号; the title two lines below the line. The style sheet sets the fixed parts;
 * the name's size, which depends on its length, is an inline style.
 */
export function letterheadBlock(context: HtmlContext, docNumber: string): string {
  const { meta } = context.report;
  const name = meta.letterheadName ?? `${meta.org}文件`;
  const size = letterheadSize(context, name);
  const nameElement = textElement(
    "p",
    { class: "letterhead-name", style: `font-size: ${size}pt; line-height: ${Number((size * 1.1).toFixed(2))}pt` },
    name,
  );
  const number = textElement("p", { class: "doc-number", ...pathAttribute(context, ["meta", "docNumber"]) }, docNumber);
  return element("header", { class: "letterhead" }, nameElement + number);
}
