// Hostile inputs, one per kind of issue 13: each ends within seconds in a model or a located
// problem, and every reader and lint grow at most about linearly with their input.
import { importReport, importText } from "@gongwen/import";
import { lintText } from "@gongwen/lint";
import { parseMarkdown } from "@gongwen/render-md";
import { loadReportYaml, type Problem, ReportError, safeParseReport } from "@gongwen/schema";
import { strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { minimalDocx } from "./helpers/docx.js";
import { caught, growthFactor, thrown } from "./helpers/growth.js";

const FRONT =
  "---\norg: 青溪县林业局\nyear: 2023\ndate: 2024-01-09\nkind: summary\n---\n\n# 青溪县林业局2023年工作总结\n\n开头。\n\n## 一、造林绿化\n\n";
const YAML_HEAD = "meta:\n  org: 青溪县林业局\n  year: 2023\n  date: 2024-01-09\n  kind: summary\nbody:\n";

/** The problems of a ReportError, as [code, line]; fails the test on any other outcome. */
function problemsOf(error: unknown): [string, number | undefined][] {
  expect(error).toBeInstanceOf(ReportError);
  return (error as ReportError).problems.map((p: Problem) => [p.code, p.line]);
}

const docxWith = (parts: Record<string, Uint8Array>, level: 0 | 1 = 1) => {
  const base = unzipSync(minimalDocx([{ text: "青溪县林业局2023年工作总结" }, { text: "正文。" }]));
  return zipSync({ ...base, ...parts }, { level });
};

describe("hostile inputs end in a located problem, quickly", () => {
  it("a docProps/custom.xml repeating `<property ` (regex backtracking before)", async () => {
    const bytes = docxWith({ "docProps/custom.xml": strToU8(`<Properties>${"<property ".repeat(30000)}`) });
    const start = performance.now();
    const error = await caught(() => importReport(bytes, { format: "docx", meta: { date: "2024-01-09" } }));
    // The broken properties are ignored; the text is imported.
    expect(error).toBeUndefined();
    expect(performance.now() - start).toBeLessThan(10_000);
  });

  it("a zip bomb: one part inflating beyond the part limit, even when its header says it is small", async () => {
    const bomb = docxWith({ "word/document.xml": new Uint8Array(64 * 1024 * 1024) });
    // Make the central directory lie: the entry claims 100 bytes inflated.
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    for (let at = bomb.length - 22; at > 0; at--) {
      if (view.getUint32(at, true) !== 0x02014b50) continue;
      const name = new TextDecoder().decode(bomb.subarray(at + 46, at + 46 + view.getUint16(at + 28, true)));
      if (name === "word/document.xml") view.setUint32(at + 24, 100, true);
    }
    const error = await caught(() => importReport(bomb, { format: "docx", locale: "en" }));
    expect(problemsOf(error)).toEqual([["docx_too_large", 1]]);
    expect((error as ReportError).problems[0]?.message).toMatch(
      /word\/document\.xml of this DOCX inflates beyond 16 MiB/,
    );
  });

  it("a zip bomb: many parts beyond the total, and a package of too many entries", async () => {
    const parts = Object.fromEntries(
      Array.from({ length: 4 }, (_, i) => [`word/part${i}.xml`, new Uint8Array(15 * 1024 * 1024)]),
    );
    const total = await caught(() => importReport(docxWith(parts), { format: "docx", locale: "en" }));
    expect((total as ReportError).problems[0]?.message).toMatch(/inflates beyond 48 MiB/);
    const many = Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`x/${i}.xml`, strToU8("<a/>")]));
    const entries = await caught(() => importReport(docxWith(many, 0), { format: "docx", locale: "en" }));
    expect((entries as ReportError).problems[0]?.message).toMatch(/more than 2000 parts/);
  });

  it("XML nested thousands deep in document.xml", async () => {
    const xml = `<w:document xmlns:w="w"><w:body>${"<w:p>".repeat(5000)}${"</w:p>".repeat(5000)}</w:body></w:document>`;
    const error = await caught(() =>
      importReport(docxWith({ "word/document.xml": strToU8(xml) }), { format: "docx", locale: "en" }),
    );
    expect(problemsOf(error)).toEqual([["docx_unreadable", 1]]);
    expect((error as ReportError).problems[0]?.message).toMatch(/deeper than 256/);
  });

  it("a Markdown heading line of 200,000 spaces, in the import fallback", () => {
    const text = `# a${" ".repeat(200_000)}x\n\n正文。\n`;
    const start = performance.now();
    expect(problemsOf(thrown(() => importText(text, { format: "markdown" })))).toBeDefined;
    expect(performance.now() - start).toBeLessThan(5_000);
  });

  it("front matter nesting `- - - …` a thousand deep", () => {
    const text = `---\n${"- ".repeat(1000)}x\n---\n\n# 标题\n`;
    expect(problemsOf(thrown(() => parseMarkdown(text)))).toEqual([["yaml_too_deep", 2]]);
  });

  it("YAML block sequences 3,000 deep, and JSON-like flow collections 5,000 deep", () => {
    expect(problemsOf(thrown(() => loadReportYaml(`${"- ".repeat(3000)}x\n`)))).toEqual([["yaml_too_deep", 1]]);
    const stairs = Array.from({ length: 1000 }, (_, i) => `${" ".repeat(i)}-`).join("\n");
    expect(problemsOf(thrown(() => loadReportYaml(`${stairs} x\n`)))).toEqual([["yaml_too_deep", 65]]);
    expect(problemsOf(thrown(() => loadReportYaml(`${"[".repeat(5000)}${"]".repeat(5000)}`)))).toEqual([
      ["yaml_too_deep", 1],
    ]);
  });

  it("a value nested 10,000 deep given to the API", () => {
    let deep: unknown = "x";
    for (let i = 0; i < 10_000; i++) deep = [deep];
    const result = safeParseReport({ meta: {}, body: { opening: deep } });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.problems.map((p) => p.code)).toEqual(["too_deep_data"]);
  });

  it("3,500 nested emphasis levels, 40,000 `a*`, nested list and quote markers, deep indentation, wide rows", () => {
    const cases: [string, string, number][] = [
      [`${"*a ".repeat(3500)}b${" a*".repeat(3500)}`, "too_many_marks", 14],
      ["a*".repeat(40_000), "too_many_marks", 14],
      [`${"- ".repeat(40_000)}x`, "line_nesting_too_deep", 14],
      [`${"> ".repeat(40_000)}x`, "line_nesting_too_deep", 14],
      [Array.from({ length: 100 }, (_, i) => `${"  ".repeat(i)}- x`).join("\n"), "indent_too_deep", 31],
      [`${"|a".repeat(5000)}|\n${"|-".repeat(5000)}|`, "too_many_cells", 14],
      [Array.from({ length: 200 }, () => "**甲**乙".repeat(60)).join("\n\n"), "too_many_marks_in_document", 180],
    ];
    for (const [body, code, line] of cases) {
      const start = performance.now();
      expect(problemsOf(thrown(() => parseMarkdown(FRONT + body)))).toEqual([[code, line]]);
      expect(performance.now() - start).toBeLessThan(5_000);
    }
  });

  it("counts the model cannot hold: sections, initiatives, table rows and columns, text length", () => {
    const sections = (n: number) => Array.from({ length: n }, (_, i) => `    - title: 小节${i}`).join("\n");
    const yaml = `${YAML_HEAD}  sections:\n${sections(10_000)}\n`;
    const codes = (text: string) => problemsOf(thrown(() => loadReportYaml(text)));
    expect(codes(yaml)).toEqual([["too_many", 8]]);
    const initiatives = Array.from({ length: 10_000 }, (_, i) => `        - lead: 举措${i}。`).join("\n");
    expect(codes(`${YAML_HEAD}  sections:\n    - title: 甲\n      content:\n${initiatives}\n`)).toEqual([
      ["too_many", 10],
    ]);
    const table = (cols: number, rows: number) =>
      `${YAML_HEAD}  sections:\n    - title: 甲\n      content:\n        - table:\n            header: [${Array(cols).fill("列").join(", ")}]\n            rows:\n${Array.from({ length: rows }, () => `              - [${Array(cols).fill("1").join(", ")}]`).join("\n")}\n`;
    expect(codes(table(2, 1000))).toEqual([["too_many", 13]]);
    expect(codes(table(100, 1)).map(([code]) => code)).toEqual(["too_many", "too_many"]);
    expect(codes(`${YAML_HEAD}  opening: ${"长".repeat(30_000)}\n  sections:\n    - title: 甲\n`)).toEqual([
      ["text_too_long", 7],
    ]);
  });
});

describe("every reader and lint grow about linearly with hostile input", () => {
  it("YAML: flow collections 60 deep, repeated", async () => {
    const build = (n: number) =>
      `${YAML_HEAD}  opening: [${Array(n)
        .fill(`${"[".repeat(60)}${"]".repeat(60)}`)
        .join(", ")}]\n`;
    expect(await growthFactor(build, (text) => caught(() => loadReportYaml(text)), 100)).toBeLessThan(20);
  });

  it("Markdown: paragraphs of unmatched `a*` just under the limits", async () => {
    const build = (n: number) => FRONT + Array.from({ length: n }, () => "a*".repeat(100)).join("\n\n");
    expect(await growthFactor(build, (text) => caught(() => parseMarkdown(text)), 10)).toBeLessThan(20);
  });

  it("import of pasted text that lost its line breaks", async () => {
    const build = (n: number) => `青溪县林业局2023年工作总结\n${"造林 一是完成 2023年1月2日 【打印】 ".repeat(n)}`;
    expect(await growthFactor(build, (text) => caught(() => importText(text, { format: "text" })), 1000)).toBeLessThan(
      20,
    );
  });

  it("import of Markdown outside the dialect: long space runs, unclosed brackets and tags", async () => {
    const build = (n: number) => `# a${" ".repeat(n * 10)}x\n\n${"[a](".repeat(n)}\n\n${"<a ".repeat(n)}\n`;
    expect(
      await growthFactor(build, (text) => caught(() => importText(text, { format: "markdown" })), 2000),
    ).toBeLessThan(20);
  });

  it("import of DOCX: many paragraphs", async () => {
    const build = (n: number) => minimalDocx(Array.from({ length: n }, (_, i) => ({ text: `第${i}段正文。` })));
    expect(
      await growthFactor(build, (bytes) => caught(() => importReport(bytes, { format: "docx" })), 100),
    ).toBeLessThan(20);
  });

  it("lint: one long paragraph with a finding every few characters", async () => {
    const build = (n: number) =>
      `${YAML_HEAD}  opening: 甲,乙${"，丙,丁".repeat(n)}。\n  sections:\n    - title: 造林\n`;
    expect(await growthFactor(build, (text) => lintText(text, { format: "yaml" }), 400)).toBeLessThan(20);
  });
});
