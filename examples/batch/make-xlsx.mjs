// Writes counties.xlsx from counties.csv (the same data, one sheet 各县数据): numbers as number
// cells, 成文日期 as a date cell (stored as a serial number, as Excel does), empty cells left empty.
// Run from the repository: `pnpm build && node examples/batch/make-xlsx.mjs`.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const here = new URL(".", import.meta.url);
const templatePackage = new URL("../../packages/template/package.json", import.meta.url);
const require = createRequire(templatePackage);
const { default: writeXlsxFile } = await import(pathToFileURL(require.resolve("write-excel-file/node")).href);
const { readCsv } = await import(new URL("../../packages/template/dist/index.js", import.meta.url).href);

const csv = new URL("counties.csv", here);
const rows = readCsv(readFileSync(csv), "counties.csv");
const header = readFileSync(csv, "utf8")
  .replace(/^\uFEFF/, "")
  .split(/\r?\n/)[0]
  .split(",");
const cell = (value, column) => {
  if (value === undefined) return null;
  if (column === "成文日期") return { value: new Date(`${value}T00:00:00Z`), type: Date, format: "yyyy-mm-dd" };
  return { value, type: typeof value === "number" ? Number : String };
};
const data = [
  header.map((name) => ({ value: name, fontWeight: "bold" })),
  ...rows.map((r) => header.map((name) => cell(r.values[name], name))),
];
await writeXlsxFile(data, { sheet: "各县数据" }).toFile(new URL("counties.xlsx", here).pathname);
console.log(`counties.xlsx: ${rows.length} rows`);
