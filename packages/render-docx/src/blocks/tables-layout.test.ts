import { disclosureRows, type Table } from "@gongwen/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RenderContext } from "../context.js";
import { geometryOf } from "../geometry.js";
import { gbt9704 } from "../profile/builtins.js";
import { cleanText } from "../sanitize.js";
import { charWidth } from "../text-width.js";
import { cellLines, columnWidths, gridTable, modelTableRowLines, tableBlocks, tableRowLines } from "./tables.js";

const context = (): RenderContext => ({
  report: {} as RenderContext["report"],
  profile: gbt9704,
  geometry: geometryOf(gbt9704),
  styles: new Set(),
});
const EM = gbt9704.sizes.table * 20;
const MARGIN = 85;

/** Main's measures (b968f2a), one character string at a time, each cell cleaned where it is used. */
const reference = (() => {
  const generous = (char: string) => {
    const width = charWidth(char);
    if (width === 1 || width === 0) return width;
    return char === "%" || char === "W" || char === "M" ? 0.95 : Math.max(width, 0.66);
  };
  const textWidth = (text: string) => [...text].reduce((sum, char) => sum + charWidth(char), 0);
  const FIGURE = /^[-+−]?[\d,.]+\s*[%％‰万亿元个项人次户家所]*$/;
  const figureOrLabel = (text: string) => text === "" || FIGURE.test(text) || textWidth(text) <= 4;
  const width = (text: unknown) => {
    let ems = 0;
    for (const char of cleanText(text)) ems += generous(char);
    return ems;
  };
  const wrapped = (text: string, room: number) => {
    let [lines, left, empty] = [1, room, true];
    for (const char of text) {
      const w = generous(char);
      if (w > left + 1e-9 && !empty) [lines, left] = [lines + 1, room];
      left -= w;
      empty = false;
    }
    return lines;
  };
  const columnWidths = (table: Table, typeWidth: number, em: number) => {
    const columns = table.header.length;
    const natural = Array.from({ length: columns }, (_, c) => {
      let widest = width(table.header[c]);
      for (const row of table.rows) widest = Math.max(widest, width(row[c]));
      return Math.min(14, Math.max(2, widest)) + 1;
    });
    const kept = Array.from({ length: columns }, (_, c) => {
      const cells = table.rows.map((row) => cleanText(row[c]));
      if (cells.length === 0 || !cells.every(figureOrLabel)) return 0;
      const header = cleanText(table.header[c]);
      return Math.max(...cells.map(width), figureOrLabel(header) ? width(header) : 0);
    });
    const tooNarrow = (w: number, c: number) =>
      (kept[c] as number) > 0 && w - 2 * MARGIN < ((kept[c] as number) + 0.05) * em;
    const needs = kept.map((w) => Math.ceil((w + 1) * em));
    const fixed = new Set<number>();
    let widths: number[] = [];
    for (;;) {
      const room = typeWidth - [...fixed].reduce((sum, c) => sum + (needs[c] as number), 0);
      const total = natural.reduce((sum, w, c) => sum + (fixed.has(c) ? 0 : w), 0);
      if (room <= 0 || total === 0) {
        const all = natural.reduce((a, b) => a + b, 0);
        widths = natural.map((w) => Math.floor((w / all) * typeWidth));
        break;
      }
      widths = natural.map((w, c) => (fixed.has(c) ? (needs[c] as number) : Math.floor((w / total) * room)));
      const squeezed = widths.flatMap((w, c) => (!fixed.has(c) && tooNarrow(w, c) ? [c] : []));
      if (squeezed.length === 0) break;
      for (const c of squeezed) fixed.add(c);
    }
    widths[widths.length - 1] = (widths[widths.length - 1] as number) + typeWidth - widths.reduce((a, b) => a + b, 0);
    return widths;
  };
  const rowLines = (rows: readonly (readonly string[])[]) => {
    const [first = [], ...rest] = rows;
    const widths = columnWidths({ header: [...first], rows: rest.map((row) => [...row]) }, 8845, EM);
    return rows.map((cells) =>
      Math.max(1, ...widths.map((w, c) => wrapped(cleanText(cells[c]), (w - 2 * MARGIN) / EM))),
    );
  };
  const centred = (rows: readonly (readonly string[])[]) => {
    const columns = Math.max(0, ...rows.map((row) => row.length));
    return Array.from({ length: columns }, (_, c) => rows.every((row) => figureOrLabel(cleanText(row[c]))));
  };
  return { columnWidths, rowLines, centred, wrapped, width };
})();

/** Cells as tables hold them: figures, units, rates, labels, running text, and some dirt. */
const cellText = fc
  .array(
    fc.constantFrom(
      "1",
      "2",
      "3",
      ".",
      ",",
      "%",
      "亿元",
      "万元",
      "增长",
      "个百分点",
      "指标",
      "W",
      "M",
      "i",
      " ",
      "\t",
      "\u0001",
      "“",
      "𠮷",
      "\ud800",
      "-",
    ),
    { maxLength: 24 },
  )
  .map((parts) => parts.join(""));
const rows = fc
  .integer({ min: 1, max: 6 })
  .chain((columns) =>
    fc.array(fc.array(cellText, { minLength: Math.max(0, columns - 2), maxLength: columns + 1 }), {
      minLength: 1,
      maxLength: 6,
    }),
  )
  .filter((table) => (table[0]?.length ?? 0) > 0);

/** Which cells of a written table are justified (running text), row by row. */
const justified = (xml: string) =>
  xml
    .split("<w:tr>")
    .slice(1)
    .map((row) =>
      row
        .split("<w:tc>")
        .slice(1)
        .map((cell) => cell.includes('<w:jc w:val="both"/>')),
    );

describe("a table measured once", () => {
  it("has main's column widths and row heights", () => {
    fc.assert(
      fc.property(rows, (table) => {
        const [header = [], ...body] = table;
        expect(columnWidths({ header, rows: body }, 8845, EM)).toEqual(
          reference.columnWidths({ header, rows: body }, 8845, EM),
        );
        expect(tableRowLines(context(), table)).toEqual(reference.rowLines(table));
      }),
    );
  });

  it("counts the page estimate's lines from the layout it was written with", () => {
    fc.assert(
      fc.property(rows, (table) => {
        const [header = [], ...body] = table;
        const model = { header, rows: body };
        const shared = context();
        tableBlocks(shared, model);
        expect(modelTableRowLines(shared, model)).toEqual(reference.rowLines(table));
        expect(modelTableRowLines(context(), model)).toEqual(reference.rowLines(table));
      }),
    );
  });

  it("centres the columns main centred, with a header row and without", () => {
    fc.assert(
      fc.property(rows, fc.boolean(), (table, headerRow) => {
        const columns = table[0]?.length ?? 0;
        const centred = reference.centred(headerRow ? table.slice(1) : table);
        const xml = gridTable(context(), table, { headerRow }).xml();
        justified(xml).forEach((cells, r) => {
          const expected = Array.from({ length: columns }, (_, c) => !((headerRow && r === 0) || centred[c] === true));
          expect(cells).toEqual(expected);
        });
      }),
    );
  });

  it("sets the disclosure table's labels as before", () => {
    const rows = disclosureRows({ date: "2024-12-31" } as Parameters<typeof disclosureRows>[0]);
    expect(tableRowLines(context(), rows)).toEqual(reference.rowLines(rows));
  });
});

describe("cellLines", () => {
  it("counts the lines wrappedLines counts, at any room, on either side of the text's width", () => {
    fc.assert(
      fc.property(cellText, fc.double({ min: -1, max: 16, noNaN: true }), fc.boolean(), (raw, offset, near) => {
        const text = cleanText(raw);
        const ems = reference.width(text);
        // Near: rooms within a hair of the text's width, where rounding could tell.
        const room = near ? ems + offset * 1e-7 : Math.abs(offset);
        expect(cellLines(text, ems, room)).toBe(reference.wrapped(text, room));
      }),
    );
  });
});
