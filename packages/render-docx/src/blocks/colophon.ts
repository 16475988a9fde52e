import { formatChineseDate, type Meta } from "@gongwen/schema";
import { type RenderContext, useStyle } from "../context.js";
import { cleanText } from "../sanitize.js";
import { wrappedLines } from "../text-width.js";
import { ptToTwips } from "../units.js";
import type { DirectXml } from "../xml/direct.js";
import { escapeText } from "../xml/escape.js";
import { runXml } from "./runs.js";
import { cellXml, rowXml, type TableBorder, type TableBorders, tableXml } from "./table-xml.js";
import { TextParagraph } from "./text-paragraph.js";

/** Twips left free for the rules' thickness. */
const RULES_ALLOWANCE = 60;
const NONE: TableBorder = { val: "none", sz: 0, color: "auto" };
/** The first and last lines of the 版记: 0.35 mm. */
const OUTER: TableBorder = { val: "single", sz: 8, color: "000000" };
/** The line between 抄送 and 印发: 0.25 mm. */
const INNER: TableBorder = { val: "single", sz: 6, color: "000000" };
const RULES: TableBorders = { top: OUTER, left: NONE, bottom: OUTER, right: NONE, insideH: INNER, insideV: NONE };

/** True when the report has anything for a 版记: 抄送, 印发机关 or 印发日期. */
export function hasColophon(meta: Meta): boolean {
  return Boolean(meta.cc?.length || meta.issuer !== undefined || meta.issueDate !== undefined);
}

interface ColophonRow {
  paragraph: TextParagraph;
  /** Lines the row's text takes. */
  lines: number;
}

function colophonRows(context: RenderContext): ColophonRow[] {
  const { meta } = context.report;
  const { typeWidth } = context.geometry;
  const char = ptToTwips(context.profile.sizes.colophon);
  const style = useStyle(context, "Colophon");
  const rows: ColophonRow[] = [];
  if (meta.cc?.length) {
    const names = meta.cc.map((name) => cleanText(name).replace(/[。，、；,.;]+$/u, "")).join("，");
    const text = `抄送：${names}。`;
    rows.push({
      lines: wrappedLines(text, Math.floor((typeWidth - 2 * char) / char), Math.floor((typeWidth - 5 * char) / char)),
      paragraph: new TextParagraph({
        style,
        indent: { left: 4 * char, hanging: 3 * char, firstLineChars: 0, right: char },
        runs: [runXml(text)],
      }),
    });
  }
  if (meta.issuer !== undefined || meta.issueDate !== undefined) {
    const issuer = cleanText(meta.issuer ?? meta.org);
    const date = formatChineseDate(meta.issueDate ?? meta.date);
    rows.push({
      lines: 1,
      paragraph: new TextParagraph({
        style,
        indent: { left: char, right: char, firstLine: 0, firstLineChars: 0 },
        rightTab: typeWidth - char,
        runs: [runXml(issuer), `<w:r><w:tab/><w:t xml:space="preserve">${escapeText(`${date}印发`)}</w:t></w:r>`],
      }),
    });
  }
  return rows;
}

/**
 * Where the 版记 goes: on a page of its own (a new section starting on an even page, after a blank
 * page the suite inserts when needed), on a page of its own after a blank page written out (the
 * text ends on an even page without room), or at the foot of the page the text ends on (an even
 * page with room).
 */
export type ColophonPlacement = "ownPage" | "afterBlankPage" | "samePage";

/** The height of the 版记 in grid lines: its rows' lines (the rules fit within them). */
export function colophonLines(context: RenderContext): number {
  return colophonRows(context).reduce((sum, row) => sum + row.lines, 0);
}

/**
 * The 版记 (四号 仿宋) at the foot of its own page. It is a one-column table across the type
 * area, so its rules run the full width while its text sits one character in: `抄送：…。`
 * (wrapped lines under the first name), then the 印发机关 one character in from the left and
 * `2024年1月10日印发` one character in from the right; rules of 0.35 mm above and below and
 * 0.25 mm between. Each row is exactly as many grid lines high as its text needs, and an empty
 * paragraph of exactly the remaining lines stands above it, so the last rule lies on the bottom
 * edge of the type area in every office suite (Word also aligns the section to the bottom).
 */
export function colophonBlocks(context: RenderContext, placement: ColophonPlacement = "ownPage"): DirectXml[] {
  const { typeWidth, linePitch } = context.geometry;
  const rows = colophonRows(context);
  const lines = rows.reduce((sum, row) => sum + row.lines, 0);
  const spare = Math.max(1, context.profile.grid.lines - lines);
  // Three points to spare for the rules, which LibreOffice adds to the rows' heights.
  const spacer = new TextParagraph({
    style: useStyle(context, "Colophon"),
    spacing: { before: 0, after: 0, line: spare * linePitch - RULES_ALLOWANCE },
    runs: [],
  });
  const table = tableXml({
    // On the text's page the table floats at the foot of the type area, whatever line the text
    // ends on: `w:tblpPr` with its top at the type area's height less its own, from the top margin
    // (LibreOffice 7 ignores `w:tblpYSpec="bottom"`; an absolute position both suites honour).
    // Horizontally it is placed from the page's edge: LibreOffice keeps a table as wide as the
    // text area in the flow unless it is positioned against the page.
    float:
      placement === "samePage"
        ? { x: context.geometry.left, y: context.geometry.typeHeight - lines * linePitch - RULES_ALLOWANCE }
        : undefined,
    width: typeWidth,
    columns: [typeWidth],
    cellMargin: 0,
    borders: RULES,
    rows: rows.map(({ paragraph, lines }) =>
      rowXml({ height: lines * linePitch, rule: "exact", cells: [cellXml(typeWidth, paragraph.xml())] }),
    ),
  });
  if (placement !== "samePage") return [spacer, table];
  // A floating table is anchored in the paragraph after it: a line of one point, off the grid.
  const anchor = new TextParagraph({
    style: useStyle(context, "Colophon"),
    spacing: { before: 0, after: 0, line: 20 },
    runs: [],
  });
  return [table, anchor];
}
