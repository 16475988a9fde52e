import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readCsv } from "../src/index.js";
import { batchRenderer, renderBatch } from "../src/node.js";

const TEMPLATE = readFileSync(new URL("../../../examples/batch/template.yaml", import.meta.url), "utf8");
const ROWS = readCsv(readFileSync(new URL("../../../examples/batch/counties.csv", import.meta.url)), "counties.csv");

describe("batchRenderer (one worker's work, in this thread)", () => {
  const render = batchRenderer({
    template: TEMPLATE,
    fileName: "template.yaml",
    locale: "zh",
    formats: ["docx", "md"],
    name: "{{县名}}{{年度}}",
  });
  it("names each report from the pattern and writes every format", () => {
    const first = ROWS[0];
    if (!first) throw new Error("no rows");
    const result = render({ id: 0, row: first.row, values: first.values });
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("\n"));
    expect(result.name).toBe(`${first.values.县名}2023`);
    expect(result.outputs.map((o) => o.format)).toEqual(["docx", "md"]);
    expect(String.fromCharCode(...(result.outputs[0]?.data.subarray(0, 2) ?? []))).toBe("PK");
    expect(new TextDecoder().decode(result.outputs[1]?.data)).toContain(`# ${first.values.县名}统计局2023年工作总结`);
  });
  it("reports a name pattern over a missing field as the row's failure", () => {
    const { 县名: _name, ...values } = ROWS[0]?.values ?? {};
    const result = render({ id: 0, row: 2, values });
    expect(result.ok ? [] : result.problems.map((p) => [p.row, p.code])).toContainEqual([2, "unknown_variable"]);
  });
});

describe("renderBatch", () => {
  it("yields every row once, from worker threads", async () => {
    const rows: number[] = [];
    for await (const result of renderBatch({ template: TEMPLATE, rows: ROWS, formats: ["md"], jobs: 2 })) {
      expect(result.ok).toBe(true);
      rows.push(result.row);
    }
    expect(rows.sort((a, b) => a - b)).toEqual(ROWS.map((r) => r.row));
  });
  it("stops its workers when the consumer stops early", async () => {
    let seen = 0;
    for await (const _ of renderBatch({ template: TEMPLATE, rows: ROWS, formats: ["md"], jobs: 1 })) {
      seen++;
      break;
    }
    expect(seen).toBe(1);
  });
});
