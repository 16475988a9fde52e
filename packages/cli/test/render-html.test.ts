import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { resolveProfile } from "@gongwen/render-docx";
import { renderHtml } from "@gongwen/render-html";
import { renderMarkdown } from "@gongwen/render-md";
import { loadReportYaml } from "@gongwen/schema";
import { describe, expect, it } from "vitest";
import { REPORT_YAML, run, tempDir } from "./helpers.js";

describe("gongwen render to HTML and portal Markdown", () => {
  const report = loadReportYaml(REPORT_YAML);

  it("writes the page document for a .html output, the portal fragment with --flavor portal", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "r.yaml"), REPORT_YAML);
    const page = await run("render", join(dir, "r.yaml"), "-o", join(dir, "报告.html"));
    expect(page.code).toBe(0);
    expect(readFileSync(join(dir, "报告.html"), "utf8")).toBe(renderHtml(report, { flavor: "page" }));
    const portal = await run("render", join(dir, "r.yaml"), "-o", "-", "--to", "html", "--flavor", "portal");
    expect(portal.code).toBe(0);
    expect(portal.written).toBe(renderHtml(report, { flavor: "portal" }));
  });

  it("applies --profile and --disclosure-table to the HTML page", async () => {
    const dir = tempDir();
    const yaml = REPORT_YAML.replace(
      "  date: 2024-01-12",
      "  date: 2024-01-12\n  disclosure:\n    indexNo: 001/2024-00001",
    );
    writeFileSync(join(dir, "r.yaml"), yaml);
    writeFileSync(join(dir, "p.yaml"), "bold: { leads: false }\n");
    const r = await run(
      "render",
      join(dir, "r.yaml"),
      "-o",
      join(dir, "r.html"),
      "--profile",
      join(dir, "p.yaml"),
      "--disclosure-table",
    );
    expect(r.code).toBe(0);
    const html = readFileSync(join(dir, "r.html"), "utf8");
    const profile = resolveProfile({ bold: { leads: false } });
    expect(html).toBe(renderHtml(loadReportYaml(yaml), { flavor: "page", disclosureTable: true, profile }));
    expect(html).toContain("strong.lead { font-weight: normal; }");
    expect(html).toContain("001/2024-00001");
  });

  it("writes Markdown without front matter with --flavor portal", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "r.yaml"), REPORT_YAML);
    const r = await run("render", join(dir, "r.yaml"), "-o", join(dir, "r.md"), "--flavor", "portal");
    expect(r.code).toBe(0);
    const md = readFileSync(join(dir, "r.md"), "utf8");
    expect(md).toBe(renderMarkdown(report, { flavor: "portal" }));
    expect(md.startsWith("# ")).toBe(true);
  });

  it("refuses a flavour the output does not have, with exit 2 and nothing written", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "r.yaml"), REPORT_YAML);
    const md = await run("render", join(dir, "r.yaml"), "-o", join(dir, "r.md"), "--flavor", "page");
    expect(md.code).toBe(2);
    expect(md.err.join("\n")).toContain("--flavor page：这种输出只能用 portal。");
    const docx = await run(
      "--lang",
      "en",
      "render",
      join(dir, "r.yaml"),
      "-o",
      join(dir, "r.docx"),
      "--flavor",
      "portal",
    );
    expect(docx.code).toBe(2);
    expect(docx.err.join("\n")).toContain(
      "--flavor applies to HTML (page | portal) and Markdown (portal) output only.",
    );
    const html = await run("render", join(dir, "r.yaml"), "-o", join(dir, "r.html"), "--flavor", "print");
    expect(html.code).toBe(2);
    expect(html.err.join("\n")).toContain("这种输出只能用 portal | page");
    expect(["r.md", "r.docx", "r.html"].some((f) => existsSync(join(dir, f)))).toBe(false);
  });
});
