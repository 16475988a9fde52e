import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { readDataTable } from "../src/index.js";

/** How many times read-excel-file was loaded (the mock's factory runs at its first import). */
const xlsxReader = vi.hoisted(() => ({ loads: 0 }));
vi.mock("read-excel-file/universal", async (original) => {
  xlsxReader.loads++;
  return original();
});

const example = (name: string) => readFileSync(new URL(`../../../examples/batch/${name}`, import.meta.url));

describe("reading data loads the XLSX reader only for XLSX", () => {
  it("reads CSV, JSON and YAML without it, and XLSX with it, to the same rows", async () => {
    const csv = await readDataTable(example("counties.csv"), { fileName: "counties.csv" });
    await readDataTable(new TextEncoder().encode('[{"a":1}]'), { fileName: "a.json" });
    await readDataTable(new TextEncoder().encode("- a: 1\n"), { fileName: "a.yaml" });
    expect(xlsxReader.loads).toBe(0);
    const xlsx = await readDataTable(example("counties.xlsx"), { fileName: "counties.xlsx" });
    expect(xlsxReader.loads).toBe(1);
    expect(xlsx.rows).toEqual(csv.rows);
    expect(xlsx.fields).toEqual(csv.fields);
  });
});
