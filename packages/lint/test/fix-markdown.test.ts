import { describe, expect, it } from "vitest";
import { fixText, lintText } from "../src/index.js";
import { MESSY_MARKDOWN } from "./fixtures.js";

const FIXED = MESSY_MARKDOWN.replace("2024年01月09日", "2024年1月9日")
  .replace("青卫[2024]3号", "青卫〔2024〕3号")
  .replace("2023年,全县", "2023年，全县")
  .replace("医疗服务能力持续增强。", "医疗服务能力持续增强")
  .replace("**一是深化城市医院对口帮扶**柔性引进专家团队7个,", "**一是深化城市医院对口帮扶。**柔性引进专家团队7个，")
  .replace("主要指标(单位:万元)", "主要指标（单位：万元）")
  .replace("| 1-9月 |", "| 1—9月 |")
  .replace("86张(含重症床位12张)", "86张（含重症床位12张）")
  .replace("此外,持续", "此外，持续");

describe("fixText on Markdown", () => {
  it("edits the text where it stands: front matter, headings, strong leads, captions, cells, closing", () => {
    const result = fixText(MESSY_MARKDOWN, { format: "markdown" });
    expect(result.text).toBe(FIXED);
    expect(result.diagnostics).toEqual([]);
  });

  it("finds nothing to fix on a second run", () => {
    const once = fixText(MESSY_MARKDOWN, { format: "markdown" });
    const twice = fixText(once.text, { format: "markdown" });
    expect(twice.applied).toEqual([]);
    expect(twice.text).toBe(once.text);
  });

  it("points at the exact character in the Markdown, inside the front matter too", () => {
    const { diagnostics } = lintText(MESSY_MARKDOWN, { format: "markdown" });
    const lines = MESSY_MARKDOWN.split("\n");
    expect(diagnostics.length).toBe(14);
    for (const d of diagnostics) {
      const at = lines[(d.line as number) - 1]?.slice((d.column as number) - 1) ?? "";
      expect([d.rule, at.startsWith(d.excerpt as string)]).toEqual([d.rule, true]);
    }
  });

  it("reads the front matter's gongwen-lint comment and HTML comments in the body", () => {
    const errors = lintText(MESSY_MARKDOWN, { format: "markdown" }).diagnostics.filter((d) => d.rule === "range-dash");
    expect(errors.map((d) => d.severity)).toEqual(["error"]);
    const off = lintText(`${MESSY_MARKDOWN}\n<!-- gongwen-lint: range-dash=off, punctuation-width=warn -->\n`, {
      format: "markdown",
    });
    expect(off.diagnostics.some((d) => d.rule === "range-dash")).toBe(false);
    expect(off.diagnostics.filter((d) => d.rule === "punctuation-width").every((d) => d.severity === "warning")).toBe(
      true,
    );
  });

  it("does not make a fix that would change the document's structure", () => {
    // `1、 完善` → `1. 完善` would turn the paragraph into a Markdown list and lose its number.
    const md = `---\norg: 青溪县卫生健康局\nyear: 2023\ndate: 2024-01-09\n---\n\n## 一、2023年工作总结\n\n1、 完善体系建设。\n\n## 二、2024年工作思路\n\n推进改革。\n`;
    const result = fixText(md, { format: "markdown", rules: { "stray-space": "off" } });
    expect(result.text).toBe(md);
    expect(result.applied).toEqual([]);
    expect(result.diagnostics.map((d) => d.rule)).toEqual(["numbering-mark"]);
    // With the space removed in the same pass, the number stays a number and both fixes are made.
    expect(fixText(md, { format: "markdown" }).text).toContain("\n1.完善体系建设。\n");
  });

  it("makes the other fixes of a paragraph when one of them would change its structure", () => {
    // `1、 Windows` made `1. Windows` would turn the paragraph into a list: that fix alone is left.
    const md = MESSY_MARKDOWN.replace("2023年,全县卫生健康工作稳中有进。", "1、 Windows系统全部升级,运行稳定。");
    const { text, diagnostics } = fixText(md, { format: "markdown", rules: { "stray-space": "off" } });
    expect(text).toContain("1、 Windows系统全部升级，运行稳定。");
    expect(diagnostics.map((d) => [d.rule, d.excerpt])).toEqual([["numbering-mark", "1、"]]);
  });

  it("makes in one run the fixes of a paragraph that are fine one by one but not all at once", () => {
    // Both invisible characters gone leave a space at the end, which the reader trims.
    const md = MESSY_MARKDOWN.replace("2023年,全县卫生健康工作稳中有进。", "达标率保持在5%-95% \u200b\u200b");
    const once = fixText(md, { format: "markdown" });
    expect(once.text).toContain("达标率保持在5%～95% \n");
    expect(once.report.body.opening).toEqual(["达标率保持在5%～95%"]);
    expect(fixText(once.text, { format: "markdown" }).applied).toEqual([]);
  });
});
