import type { Table as TableModel } from "@gongwen/schema";
import {
  AlignmentType,
  BorderStyle,
  type FileChild,
  HeightRule,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from "docx";
import { type RenderContext, useStyle } from "../context.js";
import { cleanText } from "../sanitize.js";
import { generousWidth, textWidth, wrappedLines } from "../text-width.js";
import { textRun } from "./runs.js";

/** Cell margins left and right, in twips (1.5 mm). */
const CELL_MARGIN = 85;
const GRID_LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" };

const FIGURE = /^[-+−]?[\d,.]+\s*[%％‰万亿元个项人次户家所]*$/;

/**
 * Columns of figures, rates or short labels (four characters at most) are centred; a column with
 * running text is set flush left and justified, all its cells alike.
 */
export function centredColumns(rows: readonly (readonly string[])[]): boolean[] {
  const columns = Math.max(0, ...rows.map((row) => row.length));
  return Array.from({ length: columns }, (_, c) =>
    rows.every((row) => {
      const text = cleanText(row[c]);
      return text === "" || FIGURE.test(text) || textWidth(text) <= 4;
    }),
  );
}

/**
 * Column widths in twips that add up to the type width: each column as wide as its longest cell
 * (between 2 and 14 characters, Latin measured generously, plus a character for the margins), scaled to fill the line. WPS needs widths on the grid, the table
 * and every cell, which all get them.
 */
export function columnWidths(table: TableModel, typeWidth: number): number[] {
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
  const total = natural.reduce((a, b) => a + b, 0);
  const widths = natural.map((w) => Math.floor((w / total) * typeWidth));
  const rest = typeWidth - widths.reduce((a, b) => a + b, 0);
  widths[widths.length - 1] = (widths[widths.length - 1] as number) + rest;
  return widths;
}

/** The grid lines the text of a row's cells needs (the tallest cell's), at the table's type size. */
function rowLinesOf(context: RenderContext, widths: readonly number[]): (cells: readonly string[]) => number {
  const em = context.profile.sizes.table * 20;
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
  const widths = columnWidths({ header: [...first], rows: rest.map((row) => [...row]) }, context.geometry.typeWidth);
  return rows.map(rowLinesOf(context, widths));
}

function cell(context: RenderContext, text: string, width: number, header: boolean, centred: boolean): TableCell {
  const clean = cleanText(text);
  const paragraph = new Paragraph({
    style: useStyle(context, header ? "TableHeader" : "TableText"),
    alignment: header || centred ? undefined : AlignmentType.BOTH,
    children: [textRun(clean)],
  });
  return new TableCell({
    children: [paragraph],
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
  });
}

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
): Table {
  const { typeWidth } = context.geometry;
  useStyle(context, "TableText");
  const [first = [], ...rest] = rows;
  const widths = columnWidths({ header: [...first], rows: rest.map((row) => [...row]) }, typeWidth);
  const labels = new Set(options.labelColumns ?? []);
  const centred = centredColumns(options.headerRow ? rest : rows);
  const linesOf = rowLinesOf(context, widths);
  // Each row is at least as many grid lines high as its text needs, so the text after the table
  // goes on on the grid; its lines are a little shorter than the grid's, so they fit with the rules.
  const rowOf = (cells: readonly string[], header: boolean) =>
    new TableRow({
      tableHeader: header || undefined,
      cantSplit: true,
      height: { value: linesOf(cells) * context.geometry.linePitch, rule: HeightRule.ATLEAST },
      children: widths.map((width, c) =>
        cell(context, cells[c] ?? "", width, header || labels.has(c), labels.has(c) || centred[c] === true),
      ),
    });
  return new Table({
    width: { size: typeWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 0, bottom: 0 },
    borders: {
      top: GRID_LINE,
      bottom: GRID_LINE,
      left: GRID_LINE,
      right: GRID_LINE,
      insideHorizontal: GRID_LINE,
      insideVertical: GRID_LINE,
    },
    rows: rows.map((row, i) => rowOf(row, i === 0 && options.headerRow === true)),
  });
}

/** A table of the model: its caption above it (style caption), then the table with its header row. */
export function tableBlocks(context: RenderContext, table: TableModel): FileChild[] {
  const out: FileChild[] = [];
  if (table.caption !== undefined) {
    out.push(new Paragraph({ style: useStyle(context, "Caption"), children: [textRun(table.caption)] }));
  }
  out.push(gridTable(context, [table.header, ...table.rows], { headerRow: true }));
  return out;
}
