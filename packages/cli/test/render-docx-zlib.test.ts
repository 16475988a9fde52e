import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import { unzipBounded } from "@gongwen/import";
import { renderDocxSync } from "@gongwen/render-docx";
import { loadReportYaml } from "@gongwen/schema";
import { describe, expect, it } from "vitest";
import { run, tempDir } from "./helpers.js";

const EXAMPLES = ["qingxi-health-2023.yaml", "qingxi-township-plan-2024.yaml", "yunling-stats-summary-2023.yaml"];

describe("gongwen render to DOCX", () => {
  it("zips with zlib, and the package unzips to the very parts of the writer's portable default", async () => {
    const dir = tempDir();
    for (const example of EXAMPLES) {
      const file = new URL(`../../../examples/${example}`, import.meta.url);
      const out = join(dir, `${example}.docx`);
      const result = await run("render", file.pathname, "-o", out);
      expect(result.code, result.err.join("\n")).toBe(0);
      const written = readFileSync(out);
      const report = loadReportYaml(readFileSync(file, "utf8"));
      expect(written.equals(renderDocxSync(report, { deflateRaw: deflateRawSync })), example).toBe(true);
      const parts = unzipBounded(written);
      const portable = unzipBounded(renderDocxSync(report));
      expect(Object.keys(parts), example).toEqual(Object.keys(portable));
      for (const [path, data] of Object.entries(portable)) expect(parts[path], `${example} ${path}`).toEqual(data);
    }
  });

  it("writes the very bytes `gongwen batch` writes for the same report (one compressor, one level)", async () => {
    const dir = tempDir();
    const example = new URL("../../../examples/batch/", import.meta.url).pathname;
    const template = join(example, "template.yaml");
    const data = join(example, "counties.csv");
    const batch = await run("batch", template, "--data", data, "-o", join(dir, "batch"), "--jobs", "1");
    expect(batch.code, batch.err.join("\n")).toBe(0);
    const [first] = readdirSync(join(dir, "batch")).filter((name) => name.startsWith("鹤川县"));
    expect(first).toBeDefined();
    const rendered = await run("render", template, "--data", data, "--row", "2", "-o", join(dir, "one.docx"));
    expect(rendered.code, rendered.err.join("\n")).toBe(0);
    expect(readFileSync(join(dir, "one.docx")).equals(readFileSync(join(dir, "batch", first as string)))).toBe(true);
  });
});
