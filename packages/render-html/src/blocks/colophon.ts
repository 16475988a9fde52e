import { formatChineseDate, type Meta } from "@gongwen/schema";
import type { HtmlContext } from "../context.js";
import { element, textElement } from "../markup.js";
import { emWidth } from "../text-width.js";

/** True when the report has anything for a 版记: 抄送, 印发机关 or 印发日期. */
export function hasColophon(meta: Meta): boolean {
  return Boolean(meta.cc?.length || meta.issuer !== undefined || meta.issueDate !== undefined);
}

/** Lines a text of `width` ems takes when the first line holds `first` ems and the others `rest`. */
function wrappedLines(width: number, first: number, rest: number): number {
  return width <= first ? 1 : 1 + Math.ceil((width - first) / Math.max(1, rest));
}

/**
 * The 版记 of the page flavour (GB/T 9704-2012 §7.4), on a page of its own (the next even page
 * when the profile says so) without a page number, at the foot of the type area: `抄送：…。`
 * (wrapped lines under the first name), then the 印发机关 and `2024年1月10日印发`, one character in
 * from each side, 四号; rules of 0.35 mm above and below, 0.25 mm between. The space above it is
 * the lines the 版记 leaves free on the page, as in the DOCX.
 */
export function colophonBlock(context: HtmlContext): string {
  const { meta } = context.report;
  const { grid, sizes } = context.profile;
  const { typeWidth, linePitch } = context.metrics;
  let rows = "";
  let lines = 0;
  if (meta.cc?.length) {
    const names = meta.cc.map((name) => name.trim().replace(/[。，、；,.;]+$/u, "")).join("，");
    const text = `抄送：${names}。`;
    const perLine = typeWidth / sizes.colophon;
    lines += wrappedLines(emWidth(text), perLine - 2, perLine - 5);
    rows += textElement("p", { class: "cc" }, text);
  }
  if (meta.issuer !== undefined || meta.issueDate !== undefined) {
    const issuer = textElement("span", {}, meta.issuer ?? meta.org);
    const date = textElement("span", {}, `${formatChineseDate(meta.issueDate ?? meta.date)}印发`);
    lines += 1;
    rows += element("p", { class: "issued" }, issuer + date);
  }
  const spare = Math.max(1, grid.lines - lines);
  // Three points to spare for the rules, as the DOCX leaves them.
  const space = `padding-top: ${Number((spare * linePitch - 3).toFixed(2))}pt`;
  return element("footer", { class: "colophon", style: space }, element("div", { class: "colophon-rows" }, rows));
}
