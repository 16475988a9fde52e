import type { Table as TableModel } from "@gongwen/schema";
import { type RenderContext, useStyle } from "../context.js";
import { cleanText } from "../sanitize.js";
import { generousWidth, textWidth, wrappedLines } from "../text-width.js";
import type { DirectXml } from "../xml/direct.js";
import { runXml } from "./runs.js";
import { cellXml, rowXml, type TableBorder, type TableBorders, tableXml } from "./table-xml.js";
import { TextParagraph } from "./text-paragraph.js";

/** Cell margins left and right, in twips (1.5 mm). */
const CELL_MARGIN = 85;

const FIGURE = /^[-+−]?[\d,.]+\s*[%％‰万亿元个项人次户家所]*$/;

/** A figure, a rate or a short label (four characters at most): centred, and never broken when the line has room. */
const figureOrLabel = (text: string) => text === "" || FIGURE.test(text) || textWidth(text) <= 4;

/**
 * Columns of figures, rates or short labels (four characters at most) are centred; a column with
 * running text is set flush left and justified, all its cells alike.
 */
export function centredColumns(rows: readonly (readonly string[])[]): boolean[] {
  const columns = Math.max(0, ...rows.map((row) => row.length));
  return Array.from({ length: columns }, (_, c) => rows.every((row) => figureOrLabel(cleanText(row[c]))));
}

/** What a cell's text must leave free inside its margins to stay on one line, in ems. */
const SPARE = 0.05;

/**
 * Column widths in twips that add up to the type width: each column as wide as its longest cell
 * (between 2 and 14 characters, Latin measured generously, plus a character for the margins),
 * scaled to fill the line. A column of figures or short labels (units, ranks: four characters or
 * fewer) that scaling would leave too narrow for its cells at the table's type size (`em` twips)
 * gets the width they need, and the other columns share what is left: `亿元` never breaks as
 * `亿`/`元`, nor `130677.0` as `130677.`/`0` (a long header over such a column may still wrap).
 * WPS needs widths on the grid, the table and every cell, which all get them.
 */
export function columnWidths(table: TableModel, typeWidth: number, em: number): number[] {
  const columns = table.header.length;
  const width = (text: unknown) => {
    let ems = 0;
    for (const char of cleanText(text)) ems += generousWidth(char);
    return ems;
  };
  const natural = Array.from({ length: columns }, (_, c) => {
    let widest = width(table.header[c]);
    for (const row of table.rows) widest = Math.max(widest, width(row[c]));
    return Math.min(14, Math.max(2, widest)) + 1;
  });
  // The widest cell of a column of figures or short labels, in ems; 0 for the others.
  const kept = Array.from({ length: columns }, (_, c) => {
    const cells = table.rows.map((row) => cleanText(row[c]));
    if (cells.length === 0 || !cells.every(figureOrLabel)) return 0;
    const header = cleanText(table.header[c]);
    return Math.max(...cells.map(width), figureOrLabel(header) ? width(header) : 0);
  });
  // Too narrow: the cells do not fit between the margins with SPARE to spare (LibreOffice broke
  // 亿元 in a cell exactly two ems wide inside). Such a column gets an em more than its cells, as
  // the natural widths have.
  const tooNarrow = (w: number, c: number) =>
    (kept[c] as number) > 0 && w - 2 * CELL_MARGIN < ((kept[c] as number) + SPARE) * em;
  const needs = kept.map((w) => Math.ceil((w + 1) * em));
  const fixed = new Set<number>();
  let widths: number[] = [];
  for (;;) {
    const room = typeWidth - [...fixed].reduce((sum, c) => sum + (needs[c] as number), 0);
    const total = natural.reduce((sum, w, c) => sum + (fixed.has(c) ? 0 : w), 0);
    if (room <= 0 || total === 0) {
      // Too many such columns to keep them all: every column scaled, as the line allows.
      const all = natural.reduce((a, b) => a + b, 0);
      widths = natural.map((w) => Math.floor((w / all) * typeWidth));
      break;
    }
    widths = natural.map((w, c) => (fixed.has(c) ? (needs[c] as number) : Math.floor((w / total) * room)));
    const squeezed = widths.flatMap((w, c) => (!fixed.has(c) && tooNarrow(w, c) ? [c] : []));
    if (squeezed.length === 0) break;
    for (const c of squeezed) fixed.add(c);
  }
  const rest = typeWidth - widths.reduce((a, b) => a + b, 0);
  widths[widths.length - 1] = (widths[widths.length - 1] as number) + rest;
  return widths;
}

/** An em at the table's type size, in twips. */
const tableEm = (context: RenderContext) => context.profile.sizes.table * 20;

/** The grid lines the text of a row's cells needs (the tallest cell's), at the table's type size. */
function rowLinesOf(context: RenderContext, widths: readonly number[]): (cells: readonly string[]) => number {
  const em = tableEm(context);
  return (cells) =>
    Math.max(
      1,
      ...widths.map((width, c) => {
        const room = (width - 2 * CELL_MARGIN) / em;
        return wrappedLines(cleanText(cells[c]), room, room, generousWidth);
      }),
    );
}

/**
 * The grid lines each row of a table takes, header first (rows are at least this many lines
 * high): what the page estimate counts.
 */
export function tableRowLines(context: RenderContext, rows: readonly (readonly string[])[]): number[] {
  const [first = [], ...rest] = rows;
  const widths = columnWidths(
    { header: [...first], rows: rest.map((row) => [...row]) },
    context.geometry.typeWidth,
    tableEm(context),
  );
  return rows.map(rowLinesOf(context, widths));
}

/** A cell of a grid table: one paragraph of its text, justified in a column of running text. */
function cell(context: RenderContext, text: string, width: number, header: boolean, centred: boolean): string {
  const paragraph = new TextParagraph({
    style: useStyle(context, header ? "TableHeader" : "TableText"),
    justified: !(header || centred),
    runs: [runXml(text)],
  });
  return cellXml(width, paragraph.xml());
}

const GRID_LINE: TableBorder = { val: "single", sz: 4, color: "000000" };
/** Single grid lines of half a point all round and inside. */
const GRID_LINES: TableBorders = {
  top: GRID_LINE,
  left: GRID_LINE,
  bottom: GRID_LINE,
  right: GRID_LINE,
  insideH: GRID_LINE,
  insideV: GRID_LINE,
};

/** Options of gridTable. */
export interface GridTableOptions {
  /** The first row is a header row: bold, repeated on every page the table runs onto. */
  headerRow?: boolean;
  /** Columns whose cells are labels, set like the header (the disclosure table's 索引号, 文号 …). */
  labelColumns?: readonly number[];
}

/**
 * A table across the type area with grid lines, rows kept whole, text in 仿宋 a size smaller
 * than the body (style 表格文字), column widths from columnWidths.
 */
export function gridTable(
  context: RenderContext,
  rows: readonly (readonly string[])[],
  options: GridTableOptions = {},
): DirectXml {
  const { typeWidth } = context.geometry;
  useStyle(context, "TableText");
  const [first = [], ...rest] = rows;
  const widths = columnWidths({ header: [...first], rows: rest.map((row) => [...row]) }, typeWidth, tableEm(context));
  const labels = new Set(options.labelColumns ?? []);
  const centred = centredColumns(options.headerRow ? rest : rows);
  const linesOf = rowLinesOf(context, widths);
  // Each row is at least as many grid lines high as its text needs, so the text after the table
  // goes on on the grid; its lines are a little shorter than the grid's, so they fit with the rules.
  // The header row repeats on every page.
  const row = (cells: readonly string[], header: boolean) =>
    rowXml({
      height: linesOf(cells) * context.geometry.linePitch,
      rule: "atLeast",
      header,
      cells: widths.map((width, c) =>
        cell(context, cells[c] ?? "", width, header || labels.has(c), labels.has(c) || centred[c] === true),
      ),
    });
  return tableXml({
    width: typeWidth,
    borders: GRID_LINES,
    cellMargin: CELL_MARGIN,
    columns: widths,
    rows: rows.map((cells, i) => row(cells, i === 0 && options.headerRow === true)),
  });
}

/** A table of the model: its caption above it (style caption), then the table with its header row. */
export function tableBlocks(context: RenderContext, table: TableModel): DirectXml[] {
  const out: DirectXml[] = [];
  if (table.caption !== undefined) {
    out.push(new TextParagraph({ style: useStyle(context, "Caption"), runs: [runXml(table.caption)] }));
  }
  out.push(gridTable(context, [table.header, ...table.rows], { headerRow: true }));
  return out;
}
