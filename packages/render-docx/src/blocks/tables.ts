import type { Table as TableModel } from "@gongwen/schema";
import { type RenderContext, useStyle } from "../context.js";
import { cleanText } from "../sanitize.js";
import { generousCodeWidth, sumOfWidths, textWidth, wrappedLines } from "../text-width.js";
import type { DirectXml } from "../xml/direct.js";
import { runXml } from "./runs.js";
import { cellXml, rowXml, type TableBorder, type TableBorders, tableXml } from "./table-xml.js";
import { TextParagraph } from "./text-paragraph.js";

/** Cell margins left and right, in twips (1.5 mm). */
const CELL_MARGIN = 85;

const FIGURE = /^[-+−]?[\d,.]+\s*[%％‰万亿元个项人次户家所]*$/;

/** A figure, a rate or a short label (four characters at most): centred, and never broken when the line has room. */
const figureOrLabel = (text: string) => text === "" || FIGURE.test(text) || textWidth(text) <= 4;

/** The width of a cell's (clean) text in ems, Latin measured generously. */
const cellWidth = (text: string) => sumOfWidths(text, generousCodeWidth);

/**
 * A table's cells measured once, for its widths, its alignment and its rows' heights alike: each
 * cell cleaned (cleanText; a missing cell is ""), its generous width in ems, and whether it is a
 * figure or short label (figureOrLabel). Header first, as the rows are given.
 */
interface MeasuredCells {
  /** How many cells each row has as given (a row may be short of, or longer than, the header). */
  given: number[];
  texts: string[][];
  ems: number[][];
  labels: boolean[][];
}

function measureCells(rows: readonly (readonly unknown[])[], columns: number): MeasuredCells {
  const texts: string[][] = [];
  const ems: number[][] = [];
  const labels: boolean[][] = [];
  const given: number[] = [];
  for (const row of rows) {
    given.push(row.length);
    const rowTexts: string[] = [];
    const rowEms: number[] = [];
    const rowLabels: boolean[] = [];
    for (let c = 0; c < columns; c++) {
      const text = cleanText(row[c]);
      rowTexts.push(text);
      rowEms.push(cellWidth(text));
      rowLabels.push(figureOrLabel(text));
    }
    texts.push(rowTexts);
    ems.push(rowEms);
    labels.push(rowLabels);
  }
  return { given, texts, ems, labels };
}

/**
 * Columns of figures, rates or short labels (four characters at most) are centred; a column with
 * running text is set flush left and justified, all its cells alike (a missing cell is ""); none
 * past the longest row. `from` skips a header row.
 */
function centredOf(cells: MeasuredCells, columns: number, from: number): boolean[] {
  const longest = Math.max(0, ...cells.given.slice(from));
  return Array.from(
    { length: columns },
    (_, c) => c < longest && cells.labels.every((row, r) => r < from || row[c] === true),
  );
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
  return widthsOf(measureCells([table.header, ...table.rows], columns), columns, typeWidth, em);
}

/** columnWidths of measured cells (header first). */
function widthsOf(cells: MeasuredCells, columns: number, typeWidth: number, em: number): number[] {
  const { ems, labels } = cells;
  const natural = Array.from({ length: columns }, (_, c) => {
    let widest = 0;
    for (const row of ems) widest = Math.max(widest, row[c] as number);
    return Math.min(14, Math.max(2, widest)) + 1;
  });
  // The widest cell of a column of figures or short labels, in ems; 0 for the others.
  const kept = Array.from({ length: columns }, (_, c) => {
    if (ems.length < 2) return 0;
    let widest = labels[0]?.[c] ? (ems[0]?.[c] as number) : 0;
    for (let r = 1; r < ems.length; r++) {
      if (!labels[r]?.[c]) return 0;
      widest = Math.max(widest, ems[r]?.[c] as number);
    }
    return widest;
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

/**
 * The lines a cell's text takes in `room` ems, measured generously (wrappedLines). A text whose
 * whole width is clearly less than the room (by far more than wrappedLines' tolerance and the
 * sum's rounding) takes one line without a second pass over its characters.
 */
export function cellLines(text: string, ems: number, room: number): number {
  return ems <= room - 1e-6 ? 1 : wrappedLines(text, room, room, generousCodeWidth);
}

/** A table measured for writing and for the page estimate: cells, column widths, lines per row. */
interface TableLayout {
  cells: MeasuredCells;
  widths: number[];
  /** The grid lines each row's text needs (the tallest cell's), at the table's type size. */
  lines: number[];
}

function layoutOf(context: RenderContext, rows: readonly (readonly string[])[]): TableLayout {
  const columns = rows[0]?.length ?? 0;
  const cells = measureCells(rows, columns);
  const em = tableEm(context);
  const widths = widthsOf(cells, columns, context.geometry.typeWidth, em);
  const rooms = widths.map((width) => (width - 2 * CELL_MARGIN) / em);
  const lines = cells.texts.map((texts, r) => {
    let most = 1;
    for (let c = 0; c < columns; c++)
      most = Math.max(most, cellLines(texts[c] as string, cells.ems[r]?.[c] as number, rooms[c] as number));
    return most;
  });
  return { cells, widths, lines };
}

/** The layouts of the model's tables, per render (a context is one render): written, then estimated. */
const layouts = new WeakMap<RenderContext, Map<TableModel, TableLayout>>();

/** The layout of a table of the model, made once per render. */
function modelTableLayout(context: RenderContext, table: TableModel): TableLayout {
  let known = layouts.get(context);
  if (!known) {
    known = new Map();
    layouts.set(context, known);
  }
  let layout = known.get(table);
  if (!layout) {
    layout = layoutOf(context, [table.header, ...table.rows]);
    known.set(table, layout);
  }
  return layout;
}

/**
 * The grid lines each row of a table takes, header first (rows are at least this many lines
 * high): what the page estimate counts.
 */
export function tableRowLines(context: RenderContext, rows: readonly (readonly string[])[]): number[] {
  return layoutOf(context, rows).lines;
}

/** tableRowLines of a table of the model, measured once per render with its writing (tableBlocks). */
export function modelTableRowLines(context: RenderContext, table: TableModel): number[] {
  return modelTableLayout(context, table).lines;
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
  return gridTableOf(context, layoutOf(context, rows), options);
}

function gridTableOf(context: RenderContext, layout: TableLayout, options: GridTableOptions): DirectXml {
  const { typeWidth } = context.geometry;
  useStyle(context, "TableText");
  const { cells, widths, lines } = layout;
  const labels = new Set(options.labelColumns ?? []);
  const centred = centredOf(cells, widths.length, options.headerRow ? 1 : 0);
  // Each row is at least as many grid lines high as its text needs, so the text after the table
  // goes on on the grid; its lines are a little shorter than the grid's, so they fit with the rules.
  // The header row repeats on every page.
  const row = (texts: readonly string[], r: number, header: boolean) =>
    rowXml({
      height: (lines[r] as number) * context.geometry.linePitch,
      rule: "atLeast",
      header,
      cells: widths.map((width, c) =>
        cell(context, texts[c] as string, width, header || labels.has(c), labels.has(c) || centred[c] === true),
      ),
    });
  return tableXml({
    width: typeWidth,
    borders: GRID_LINES,
    cellMargin: CELL_MARGIN,
    columns: widths,
    rows: cells.texts.map((texts, r) => row(texts, r, r === 0 && options.headerRow === true)),
  });
}

/** A table of the model: its caption above it (style caption), then the table with its header row. */
export function tableBlocks(context: RenderContext, table: TableModel): DirectXml[] {
  const out: DirectXml[] = [];
  if (table.caption !== undefined) {
    out.push(new TextParagraph({ style: useStyle(context, "Caption"), runs: [runXml(table.caption)] }));
  }
  out.push(gridTableOf(context, modelTableLayout(context, table), { headerRow: true }));
  return out;
}
