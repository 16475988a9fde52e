import { DirectXml } from "../xml/direct.js";

/** A border of a table (`w:top`, `w:insideH` …): its line, width in eighths of a point, colour. */
export interface TableBorder {
  val: "single" | "none";
  sz: number;
  color: string;
}

/** A table's borders, in the schema's order (CT_TblBorders). */
export interface TableBorders {
  top: TableBorder;
  left: TableBorder;
  bottom: TableBorder;
  right: TableBorder;
  insideH: TableBorder;
  insideV: TableBorder;
}

/** A floating table's position (`w:tblpPr`), in twips: from the page's left edge and the top margin. */
export interface TableFloat {
  x: number;
  y: number;
}

/** What a table written directly holds: its width, borders, cell margins, columns and rows. */
export interface TableXmlOptions {
  width: number;
  borders: TableBorders;
  /** Cell margins left and right (top and bottom are 0), in twips. */
  cellMargin: number;
  /** Column widths in twips (`w:tblGrid`). */
  columns: readonly number[];
  /** The rows' XML (rowXml). */
  rows: readonly string[];
  /** Floats at a fixed place instead of standing in the text (the 版记 on the text's page). */
  float?: TableFloat;
}

/** A table written directly (see DirectXml). */
class TableXml extends DirectXml {
  constructor(private readonly text: string) {
    super();
  }

  xml(): string {
    return this.text;
  }
}

const dxa = (name: string, w: number) => `<w:${name} w:type="dxa" w:w="${w}"/>`;

/**
 * A table (`w:tbl`) written directly: the XML the `docx` package writes for a fixed-layout `Table`
 * with the same width, borders, margins, columns, rows and float, character for character.
 */
export function tableXml(options: TableXmlOptions): DirectXml {
  const { width, borders, cellMargin, columns, rows, float } = options;
  const position = float
    ? '<w:tblpPr w:leftFromText="0" w:rightFromText="0" w:topFromText="0" w:bottomFromText="0" ' +
      `w:tblpX="${float.x}" w:tblpY="${float.y}" w:horzAnchor="page" w:vertAnchor="margin"/>`
    : "";
  let lines = "";
  for (const side of ["top", "left", "bottom", "right", "insideH", "insideV"] as const) {
    const { val, color, sz } = borders[side];
    lines += `<w:${side} w:val="${val}" w:color="${color}" w:sz="${sz}"/>`;
  }
  const margins = dxa("top", 0) + dxa("left", cellMargin) + dxa("bottom", 0) + dxa("right", cellMargin);
  const grid = columns.length
    ? `<w:tblGrid>${columns.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`
    : "<w:tblGrid/>";
  return new TableXml(
    `<w:tbl><w:tblPr>${position}${dxa("tblW", width)}<w:tblBorders>${lines}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
      `<w:tblCellMar>${margins}</w:tblCellMar></w:tblPr>${grid}${rows.join("")}</w:tbl>`,
  );
}

/** What a row written directly holds: its height, whether it repeats as a header, its cells. */
export interface RowXmlOptions {
  /** Height in twips: at least this (`atLeast`) or exactly this (`exact`). */
  height: number;
  rule: "atLeast" | "exact";
  /** Repeated at the top of every page the table runs onto (`w:tblHeader`). */
  header?: boolean;
  /** The cells' XML (cellXml). */
  cells: readonly string[];
}

/** A row (`w:tr`) that never breaks across pages (`w:cantSplit`). */
export function rowXml({ height, rule, header, cells }: RowXmlOptions): string {
  return (
    `<w:tr><w:trPr><w:cantSplit/>${header ? "<w:tblHeader/>" : ""}<w:trHeight w:val="${height}" w:hRule="${rule}"/></w:trPr>` +
    `${cells.join("")}</w:tr>`
  );
}

/** A cell (`w:tc`): its width in twips, its content centred vertically. */
export function cellXml(width: number, content: string): string {
  return `<w:tc><w:tcPr>${dxa("tcW", width)}<w:vAlign w:val="center"/></w:tcPr>${content}</w:tc>`;
}
