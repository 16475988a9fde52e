import { readFileSync } from "node:fs";
import { renderMarkdown } from "@gongwen/render-md";
import { loadReportYaml } from "@gongwen/schema";
import { describe, expect, it } from "vitest";
import { formatOf, importFile, importPasted } from "../src/import-file.js";

const yaml = readFileSync(new URL("../../../examples/yunling-stats-summary-2023.yaml", import.meta.url), "utf8");
const report = loadReportYaml(yaml);

describe("importFile (drop or choose a file)", () => {
  it("knows the format by the file name", () => {
    expect(["a.DOCX", "b.md", "c.markdown", "d.yml", "e.txt", "f"].map(formatOf)).toEqual([
      "docx",
      "markdown",
      "markdown",
      "yaml",
      "text",
      "text",
    ]);
  });

  it("reads Markdown into commented YAML of the same report, and a YAML file as it is", async () => {
    const md = await importFile(new File([renderMarkdown(report)], "统计局.md"));
    expect(md.ok).toBe(true);
    if (!md.ok) return;
    expect(md.yaml).toContain("# 由 统计局.md 导入");
    expect(loadReportYaml(md.yaml)).toEqual(report);
    const same = await importFile(new File([yaml], "报告.yaml"));
    expect(same).toEqual({ ok: true, yaml, warnings: [], fileName: "报告.yaml" });
  });

  it("reads pasted text, with the importer's warnings, and says in Chinese why a file cannot be read", async () => {
    const pasted = await importPasted(
      "桐川镇2025年工作总结\n一、经济运行稳中有进\n全镇完成地区生产总值12.3亿元。\n桐川镇人民政府\n2026年1月8日",
    );
    expect(pasted.ok).toBe(true);
    if (pasted.ok) expect(loadReportYaml(pasted.yaml).meta.org).toBe("桐川镇人民政府");
    const broken = await importFile(new File([new Uint8Array([80, 75, 3, 4, 0, 0])], "坏文件.docx"));
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.messages[0]).toMatch(/无法读取|第/);
  });
});
