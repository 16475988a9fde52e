import fc from "fast-check";
import { describe, expect, it } from "vitest";
import writeXlsxFile from "write-excel-file/node";
import { readCsv, readData } from "../src/index.js";

/** A workbook as offices send it: a title row above the header, numbers typed as text, a date cell. */
async function workbook(): Promise<Uint8Array> {
  const sheet = [
    [{ value: "澜江市各县主要指标" }],
    [{ value: "县名" }, { value: "投资" }, { value: "增速" }, { value: "成文日期" }, { value: "备注" }],
    [
      { value: "鹤川县" },
      { value: "1,234.5", type: String },
      { value: 12.3, type: Number },
      { value: new Date(Date.UTC(2024, 0, 9)), type: Date, format: "yyyy-mm-dd" },
      null,
    ],
  ];
  const other = [[{ value: "县名" }], [{ value: "桐溪县" }]];
  const buffer = await writeXlsxFile([
    { data: sheet, sheet: "指标" },
    { data: other, sheet: "名单" },
  ] as never).toBuffer();
  return new Uint8Array(buffer);
}

const gbk = (text: string) => {
  // GB 18030 bytes of a few characters, written out so the test needs no encoder.
  const table: Record<string, number[]> = { 县: [0xcf, 0xd8], 名: [0xc3, 0xfb], 鹤: [0xba, 0xd7], 川: [0xb4, 0xa8] };
  return Uint8Array.from([...text].flatMap((c) => table[c] ?? [c.charCodeAt(0)]));
};

describe("CSV as offices export it", () => {
  it("reads GBK from Excel on Chinese Windows", () => {
    expect(readCsv(gbk("县名,n\r\n鹤川,1\r\n"), "a.csv")).toEqual([{ row: 2, values: { 县名: "鹤川", n: 1 } }]);
  });
  it("reads UTF-8 with a BOM and CRLF, keeps 1,234.5 and 12.3% as written, and leaves empty cells missing", () => {
    const bytes = new TextEncoder().encode('\uFEFF县名,投资,增速,备注\r\n鹤川县,"1,234.5",12.3%,\r\n\r\n');
    expect(readCsv(bytes, "a.csv")).toEqual([{ row: 2, values: { 县名: "鹤川县", 投资: "1,234.5", 增速: "12.3%" } }]);
  });
  it("skips title rows above --header-row and refuses a duplicate header", async () => {
    const bytes = new TextEncoder().encode("澜江市各县数据\n县名,n\n鹤川县,0012\n");
    expect(await readData(bytes, { fileName: "a.csv", headerRow: 2 })).toEqual([
      { row: 3, values: { 县名: "鹤川县", n: "0012" } },
    ]);
    await expect(readData(new TextEncoder().encode("a,a\n1,2\n"), { fileName: "a.csv" })).rejects.toThrow("重复");
  });
  it("keeps a header named __proto__ as a plain field", () => {
    const [row] = readCsv(new TextEncoder().encode("__proto__,县名\n1,鹤川县\n"), "a.csv");
    expect(Object.getPrototypeOf(row?.values)).toBe(Object.prototype);
    expect(Object.keys(row?.values ?? {})).toEqual(["__proto__", "县名"]);
  });
  it("never throws anything but a located problem on any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        try {
          readCsv(bytes, "fuzz.csv");
        } catch (error) {
          expect((error as Error).name).toBe("ReportError");
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("XLSX", () => {
  it("reads numbers typed as text as written, dates as ISO, empty cells as missing, below title rows", async () => {
    const bytes = await workbook();
    expect(await readData(bytes, { fileName: "a.xlsx", headerRow: 2 })).toEqual([
      { row: 3, values: { 县名: "鹤川县", 投资: "1,234.5", 增速: 12.3, 成文日期: "2024-01-09" } },
    ]);
  });
  it("picks a sheet by name or number", async () => {
    const bytes = await workbook();
    const byName = await readData(bytes, { fileName: "a.xlsx", sheet: "名单" });
    expect(byName).toEqual([{ row: 2, values: { 县名: "桐溪县" } }]);
    expect(await readData(bytes, { fileName: "a.xlsx", sheet: "2" })).toEqual(byName);
  });
  it("refuses a file that is no workbook", async () => {
    await expect(readData(new Uint8Array([1, 2, 3]), { fileName: "a.xlsx" })).rejects.toThrow("XLSX");
  });
  it("reads the example workbook: numbers as numbers, a date cell as an ISO date", async () => {
    const { readFileSync } = await import("node:fs");
    const bytes = readFileSync(new URL("../../../examples/batch/counties.xlsx", import.meta.url));
    const rows = await readData(bytes, { fileName: "counties.xlsx" });
    expect(rows).toHaveLength(12);
    expect(typeof rows[0]?.values.地区生产总值).toBe("number");
    expect(rows[0]?.values.成文日期).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expect(readData(bytes, { fileName: "counties.xlsx", sheet: "无此表" })).rejects.toThrow("各县数据");
  });
});
