import { loadReportYaml, parseReport, ReportError } from "@gongwen/schema";
import { describe, expect, it } from "vitest";
import { importReport, importText, renderPlainText, reportToYaml } from "../src/index.js";
import { outline } from "./helpers/outline.js";

const TITLE = "青溪县司法局2023年工作总结";
const DATE = "2024年1月16日";

function thrown(run: () => unknown): ReportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ReportError) return error;
    throw error;
  }
  throw new Error("expected a ReportError");
}

const codes = (text: string) => importText(text, { format: "text" }).warnings.map((w) => `${w.line} ${w.code}`);

describe("errors are located ReportErrors", () => {
  it("an empty input", () => {
    expect(thrown(() => importText(" \n\n", { format: "text" })).problems.map((p) => [p.code, p.line])).toEqual([
      ["empty_input", 1],
    ]);
  });

  it("a title and metadata without any body", () => {
    const error = thrown(() =>
      importText(`${TITLE}\n索引号：QX-2024-03\n成文日期：2024-01-16\n`, { format: "text", locale: "en" }),
    );
    expect(error.problems.map((p) => [p.code, p.line])).toEqual([["no_body", 1]]);
    expect(error.message).toContain("no body text");
  });

  it("a DOCX that is no zip", async () => {
    await expect(importReport(new Uint8Array([1, 2, 3]), { format: "docx" })).rejects.toMatchObject({
      problems: [expect.objectContaining({ code: "docx_unreadable", line: 1 })],
    });
    await expect(importReport("text", { format: "docx" })).rejects.toBeInstanceOf(ReportError);
  });
});

describe("options", () => {
  it("strict turns the warnings into problems with their lines", () => {
    const text = `${TITLE}\n一、主要工作\n（一）宣传。全年开展活动212场。\n${DATE}\n`;
    expect(importText(text, { format: "text" }).warnings.map((w) => w.code)).toEqual(["heading_text_split"]);
    const error = thrown(() => importText(text, { format: "text", strict: true, fileName: "b.txt" }));
    expect(error.problems).toEqual([expect.objectContaining({ code: "heading_text_split", line: 3, file: "b.txt" })]);
  });

  it("meta given by the caller wins over what was recovered", () => {
    const result = importText(`${TITLE}\n一、主要工作\n正文。\n`, {
      format: "text",
      meta: { date: "2024-02-01", docNumber: "青司〔2024〕1号" },
    });
    expect(result.report.meta).toMatchObject({ date: "2024-02-01", docNumber: "青司〔2024〕1号" });
  });

  it("reads bytes as UTF-8 text", async () => {
    const bytes = new TextEncoder().encode(`${TITLE}\n一、主要工作\n正文。\n${DATE}\n`);
    const result = await importReport(bytes, { format: "text" });
    expect(result.report.meta.org).toBe("青溪县司法局");
  });
});

describe("guesses are warnings with their lines", () => {
  it("the portal's publish date stands in for a missing 成文日期", () => {
    const result = importText(`${TITLE}\n发布日期：2024-01-18 浏览次数：5\n一、主要工作\n正文。\n`, { format: "text" });
    expect(result.report.meta.date).toBe("2024-01-18");
    expect(result.warnings.map((w) => w.code)).toEqual(["date_from_portal"]);
  });

  it("a signed date that differs from the listed 成文日期", () => {
    const text = `索引号：1\n成文日期：2024-01-10\n${TITLE}\n一、主要工作\n正文。\n${DATE}\n`;
    const result = importText(text, { format: "text" });
    expect(result.report.meta.date).toBe("2024-01-16");
    expect(result.warnings.map((w) => `${w.line} ${w.code}`)).toEqual(["6 date_conflict"]);
  });

  it("（一） headings without 一、 above them are level 1, and say so", () => {
    expect(codes(`${TITLE}\n（一）宣传\n正文。\n（二）调解\n正文。\n${DATE}\n`)).toEqual([
      "2 level_guessed",
      "4 level_guessed",
    ]);
  });

  it("a skipped number, a restarted list, and mixed styles", () => {
    expect(
      codes(`${TITLE}\n一、宣传\n三、调解\n一是建站。正文。\n一是调解。正文。\n1.普法。正文。\n${DATE}\n`),
    ).toEqual(["3 numbering_skipped", "5 numbering_restarted", "6 mixed_styles"]);
  });

  it("a fifth heading level stays text", () => {
    const markdown = `# ${TITLE}\n\n## 甲\n\n### 乙\n\n#### 丙\n\n##### 丁\n\n###### 戊\n\n正文。\n\n${DATE}\n`;
    const result = importText(markdown, { format: "markdown" });
    expect(outline(result.report)).toEqual([
      "一、甲",
      "  （一）乙",
      "    1.丙",
      "      （1）丁",
      "        ¶ 戊",
      "        ¶ 正文。",
    ]);
    expect(result.warnings.map((w) => w.code)).toEqual(["markdown_fallback", "too_deep"]);
  });

  it("an out-of-sequence number after a finished sentence stays text", () => {
    const result = importText(`${TITLE}\n一、甲\n正文。\n5、其余事项另行通知。\n${DATE}\n`, { format: "text" });
    expect(outline(result.report)).toEqual(["一、甲", "  ¶ 正文。", "  ¶ 5、其余事项另行通知。"]);
    expect(result.warnings.map((w) => w.code)).toEqual(["label_as_text"]);
  });
});

describe("reportToYaml", () => {
  const report = parseReport({
    meta: {
      org: "青溪县司法局",
      year: 2023,
      date: "2024-01-16",
      title: "青溪县司法局2023年度工作总结和2024年工作思路",
      signature: "青溪县司法局办公室",
      disclosure: { indexNo: "0010/2024-1" },
    },
    body: {
      opening: ["开头。"],
      summary: {
        sections: [{ title: "普法", style: "decimal", content: [{ lead: "建站。", text: "正文。" }, "段落。"] }],
      },
      plan: { title: "2024年工作打算", content: [{ text: "正文。" }] },
      closing: ["此外，结尾。"],
    },
  });

  it("writes the schema line first and short Chinese comments above the major keys", () => {
    const yaml = reportToYaml(report, { header: ["由测试写出。"] });
    const lines = yaml.split("\n");
    expect(lines[0]).toBe("# yaml-language-server: $schema=https://gongwen.dev/schema/report.json");
    expect(lines[2]).toBe("# 由测试写出。");
    for (const comment of [
      "# 文件信息",
      "# 发文机关全称",
      "# 成文日期",
      "# 正文",
      "# 开头段",
      "# “一、××年工作总结”部分",
      "# 结尾段",
      "# 内容按顺序",
    ]) {
      expect(yaml).toContain(comment);
    }
    expect(loadReportYaml(yaml)).toEqual(report);
  });

  it("leaves out what the model derives, and keeps what differs", () => {
    const yaml = reportToYaml(report);
    expect(yaml).toContain("title: 青溪县司法局2023年度工作总结和2024年工作思路");
    expect(yaml).toContain("signature: 青溪县司法局办公室");
    expect(yaml).toContain("style: decimal");
    expect(yaml).toContain("title: 2024年工作打算");
    expect(yaml).not.toContain("planYear");
    expect(yaml).not.toContain("letterhead");
    expect(yaml).not.toContain("title: 2023年工作总结");
    expect(yaml).toContain("opening: 开头。");
  });

  it("writes no comments but the schema line when asked", () => {
    const yaml = reportToYaml(report, { comments: false, schema: "./report.schema.json" });
    expect(yaml.split("\n").filter((l) => l.trimStart().startsWith("#"))).toEqual([
      "# yaml-language-server: $schema=./report.schema.json",
    ]);
    expect(loadReportYaml(yaml)).toEqual(report);
  });
});

describe("renderPlainText", () => {
  it("writes numbering as text, one paragraph per line, signature and date last", () => {
    const text = renderPlainText(
      parseReport({
        meta: { org: "青溪县司法局", year: 2023, kind: "summary", date: "2024-01-16" },
        body: {
          sections: [
            {
              title: "普法",
              style: "paren",
              content: [{ lead: "建站。", text: "正文。" }, { table: { header: ["a", "b"], rows: [["1", "2"]] } }],
            },
          ],
        },
      }),
    );
    expect(text).toBe(
      "青溪县司法局2023年工作总结\n\n一、普法\n（1）建站。正文。\na\tb\n1\t2\n\n\n青溪县司法局\n2024年1月16日\n",
    );
  });
});

describe("Markdown in the gongwen dialect with meta given", () => {
  const dialect =
    "---\norg: 青溪县林业局\nyear: 2023\nkind: summary\ndate: 2024-01-05\n---\n# 青溪县林业局2023年工作总结\n\n## 一、造林绿化\n\n造林1.2万亩。\n";

  it("lets the given meta win", () => {
    const result = importText(dialect, { format: "markdown", meta: { date: "2024-02-02" } });
    expect(result.report.meta.date).toBe("2024-02-02");
    expect(result.warnings).toEqual([]);
  });

  it("throws the problems of a given meta that is wrong", () => {
    const error = thrown(() => importText(dialect, { format: "markdown", meta: { year: 1800 } }));
    expect(error.problems.map((p) => [p.path.join("."), p.line])).toEqual([["meta.year", 1]]);
  });
});
