import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { readCsv } from "../src/index.js";
import { batchRenderer, renderBatch } from "../src/node.js";

const TEMPLATE = readFileSync(new URL("../../../examples/batch/template.yaml", import.meta.url), "utf8");
const ROWS = readCsv(readFileSync(new URL("../../../examples/batch/counties.csv", import.meta.url)), "counties.csv");

describe("batchRenderer (one worker's work, in this thread)", () => {
  const render = batchRenderer(
    { template: TEMPLATE, fileName: "template.yaml", locale: "zh", formats: ["docx", "md"], name: "{{县名}}{{年度}}" },
    { deflateRaw: (data) => deflateRawSync(data) },
  );
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
  it("compresses the DOCX with the compressor it is given", () => {
    const first = ROWS[0];
    if (!first) throw new Error("no rows");
    let calls = 0;
    const deflateRaw = (data: Uint8Array) => {
      calls++;
      return deflateRawSync(data);
    };
    const setup = { template: TEMPLATE, locale: "zh" as const, formats: ["docx" as const] };
    const result = batchRenderer(setup, { deflateRaw })({ id: 0, row: first.row, values: first.values });
    expect(result.ok).toBe(true);
    expect(calls).toBeGreaterThan(0);
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
  it("yields in row order, however the workers finish: a repeated name always falls to the later row", async () => {
    // The first worker is sent the first two chunks (8 rows), the second the next two; the first's
    // rows are far bigger, so they finish last. The tenth row repeats the first's name.
    const long = "说明。".repeat(6_000);
    const rows = [...ROWS, ...ROWS].slice(0, 16).map((r, i) => ({
      ...r,
      row: i + 2,
      values: { ...r.values, ...(i < 8 ? { 备注: long } : {}), ...(i === 9 ? { 县名: ROWS[0]?.values.县名 } : {}) },
    }));
    const seen: [number, string][] = [];
    const options = { template: TEMPLATE, rows, formats: ["docx" as const, "md" as const], jobs: 2, name: "{{县名}}" };
    for await (const result of renderBatch(options)) seen.push([result.row, result.ok ? result.name : ""]);
    expect(seen.map(([row]) => row)).toEqual(rows.map((r) => r.row));
    expect(seen[0]?.[1]).toBe(ROWS[0]?.values.县名);
  });
  it("with stageIn, the workers write the files and only their paths come back", async () => {
    const stageIn = mkdtempSync(join(tmpdir(), "gongwen-stage-"));
    const files: string[] = [];
    for await (const result of renderBatch({ template: TEMPLATE, rows: ROWS, formats: ["docx", "md"], stageIn })) {
      if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("\n"));
      expect(result.outputs.map((o) => [o.format, "data" in o])).toEqual([
        ["docx", false],
        ["md", false],
      ]);
      for (const output of result.outputs) {
        expect(output.file).toBe(join(stageIn, `${result.id}.${output.format}`));
        files.push(output.file);
      }
      expect(
        readFileSync(result.outputs[0]?.file as string)
          .subarray(0, 2)
          .toString(),
      ).toBe("PK");
      expect(readFileSync(result.outputs[1]?.file as string, "utf8")).toContain("统计局2023年工作总结");
    }
    expect(files).toHaveLength(ROWS.length * 2);
    expect(readdirSync(stageIn)).toHaveLength(ROWS.length * 2);
  });
  it("a write failure of a worker ends the batch with the system's code and the file", async () => {
    const stageIn = join(tmpdir(), `gongwen-no-such-folder-${process.pid}`);
    const batch = renderBatch({ template: TEMPLATE, rows: ROWS, formats: ["md"], stageIn, jobs: 1 });
    await expect(batch.next()).rejects.toMatchObject({ code: "ENOENT", path: join(stageIn, "0.md") });
  });
  it("stops when its signal is aborted, throwing the signal's reason", async () => {
    const stop = new AbortController();
    let seen = 0;
    const run = async () => {
      for await (const _ of renderBatch({
        template: TEMPLATE,
        rows: ROWS,
        formats: ["md"],
        jobs: 1,
        signal: stop.signal,
      })) {
        seen++;
        stop.abort("SIGINT");
      }
    };
    await expect(run()).rejects.toBe("SIGINT");
    expect(seen).toBe(1);
  });
  it("replaces a worker that runs out of its heap limit, and its rows are rendered again", async () => {
    // 1 MiB: the worker runs out while it starts; its replacement has no limit.
    const rows: number[] = [];
    for await (const result of renderBatch({
      template: TEMPLATE,
      rows: ROWS,
      formats: ["md"],
      jobs: 1,
      workerHeapMb: 1,
    })) {
      expect(result.ok).toBe(true);
      rows.push(result.row);
    }
    expect(rows.sort((a, b) => a - b)).toEqual(ROWS.map((r) => r.row));
  });
  it("takes the rows as a promise, starting its workers while they are read", async () => {
    const rows: number[] = [];
    for await (const result of renderBatch({ template: TEMPLATE, rows: Promise.resolve(ROWS), formats: ["md"] })) {
      rows.push(result.row);
    }
    expect(rows.sort((a, b) => a - b)).toEqual(ROWS.map((r) => r.row));
    const failing = renderBatch({ template: TEMPLATE, rows: Promise.reject(new Error("unreadable")), formats: ["md"] });
    await expect(failing.next()).rejects.toThrow("unreadable");
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
