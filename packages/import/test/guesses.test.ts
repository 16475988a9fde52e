import { renderDocx } from "@gongwen/render-docx";
import { renderMarkdown } from "@gongwen/render-md";
import { loadReportYaml } from "@gongwen/schema";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import {
  docxNumberedParagraphs,
  type ImportResult,
  importReport,
  importText,
  renderPlainText,
  reportToYaml,
} from "../src/index.js";
import { parseTitle } from "../src/title.js";
import { importFixture } from "./helpers/fixture.js";
import { outline } from "./helpers/outline.js";

const codes = (r: ImportResult) => r.warnings.map((w) => `${w.line} ${w.code}`);

describe("never refuses for missing metadata", () => {
  it("a portal page without organ, date or signature: 发布日期 for the date, a placeholder organ, both marked", () => {
    const r = importFixture("no-date-portal.txt");
    expect(r.report.meta).toMatchObject({
      org: "××（发文机关）",
      year: 2023,
      kind: "summary",
      title: "二〇二三年工作总结",
      date: "2024-01-22",
    });
    expect(codes(r)).toEqual(["2 date_from_portal", "2 org_placeholder"]);
    expect(r.guessed.map((g) => g.path)).toEqual(["meta.date", "meta.org"]);
    expect(outline(r.report)).toEqual([
      "开头 2023年，我局聚焦林业资源保护，各项工作稳步推进。",
      "一、森林防火",
      "  ¶ 全年开展巡山护林行动46次，未发生较大森林火灾。",
      "二、林业产业",
      "  ¶ 新建油茶基地1200亩，带动农户增收380万元。",
    ]);
  });

  it("no date anywhere: today, with a warning and a guessed value; --date (meta.date) still wins", () => {
    const text = "青溪县司法局2023年工作总结\n一、主要工作\n全年办理法律援助案件320件。\n";
    const r = importText(text, { format: "text", today: "2026-03-05" });
    expect(r.report.meta.date).toBe("2026-03-05");
    expect(codes(r)).toEqual(["1 date_from_today"]);
    expect(r.guessed).toEqual([expect.objectContaining({ path: "meta.date", line: 1 })]);
    const given = importText(text, { format: "text", meta: { date: "2024-01-16" } });
    expect(given.report.meta.date).toBe("2024-01-16");
    expect(given.warnings).toEqual([]);
    expect(given.guessed).toEqual([]);
  });

  it("no title at all: organ from the signature, year from the date, the title derived", () => {
    const r = importText("一、主要工作\n全年办理案件320件。\n青溪县司法局\n2024年1月16日\n", {
      format: "text",
      today: "2026-03-05",
    });
    expect(r.report.meta).toMatchObject({ org: "青溪县司法局", year: 2023, title: "青溪县司法局2023年工作总结" });
    expect(codes(r)).toEqual(["1 year_from_date"]);
  });

  it("a plan dated late in the year plans the next", () => {
    const r = importText("一、重点任务\n推进项目建设。\n青溪县发改局\n2024年11月20日\n", {
      format: "text",
      meta: { kind: "plan" },
    });
    expect(r.report.meta).toMatchObject({ kind: "plan", year: 2025, planYear: 2025 });
  });

  it("the YAML marks each guessed value above its key, and reads back to the same report", () => {
    const r = importFixture("no-date-portal.txt");
    const yaml = reportToYaml(r.report, { guessed: r.guessed });
    expect(yaml).toMatch(/# gongwen-guessed: meta\.org .*××（发文机关）.*核对无误后删去这一行。\n {2}org: /);
    expect(yaml).toMatch(/# gongwen-guessed: meta\.date .*2024-01-22.*\n {2}date: 2024-01-22\n/);
    expect(loadReportYaml(yaml)).toEqual(r.report);
  });
});

describe("titles as real reports write them", () => {
  it.each([
    ["青山县林业局关于2023年工作总结和2024年工作思路的报告", "青山县林业局", 2023, "summary-and-plan"],
    ["青溪县水利局二〇二三年工作总结", "青溪县水利局", 2023, "summary"],
    ["青溪县水利局二○二三年工作总结和二○二四年工作计划", "青溪县水利局", 2023, "summary-and-plan"],
    ["青溪县水利局2023年度工作总结及2024年工作计划", "青溪县水利局", 2023, "summary-and-plan"],
    ["青溪县水利局2023年工作总结暨2024年工作要点", "青溪县水利局", 2023, "summary-and-plan"],
    ["白沙镇2024年工作要点", "白沙镇", 2024, "plan"],
    ["青溪县审计局局长2023年度述职述廉报告", "青溪县审计局局长", 2023, "summary"],
    ["青溪县统计局2023年工作情况报告", "青溪县统计局", 2023, "summary"],
    ["青溪县统计局关于2023年工作情况的报告", "青溪县统计局", 2023, "summary"],
    ["2023年度工作总结暨2024年工作要点", "", 2023, "summary-and-plan"],
  ])("%s", (title, org, year, kind) => {
    expect(parseTitle(title)).toMatchObject({ org, year, kind });
  });

  it("a 报告 submitted upward: the title kept as written, the parts read", () => {
    const r = importFixture("report-upward.txt");
    expect(r.report.meta).toMatchObject({
      org: "青山县林业局",
      year: 2023,
      kind: "summary-and-plan",
      title: "青山县林业局关于2023年工作总结和2024年工作思路的报告",
      recipients: "县人民政府",
      date: "2024-01-08",
    });
    expect(r.warnings).toEqual([]);
  });

  it("every writer renders a title given explicitly exactly as written", async () => {
    const { report } = importFixture("report-upward.txt");
    const title = "青山县林业局关于2023年工作总结和2024年工作思路的报告";
    expect(renderMarkdown(report)).toContain(`\n# ${title}\n`);
    expect(renderPlainText(report).split("\n")[0]).toBe(title);
    const docx = unzipSync(await renderDocx(report), { filter: (f) => f.name === "word/document.xml" });
    const paragraphs = docxNumberedParagraphs({ document: docx["word/document.xml"] as Uint8Array });
    expect(paragraphs.map((p) => p.text)).toContain(title);
  });

  it("a title without the organ: the organ from 发布机构, the title kept, 2023年度 暨 工作要点 read", () => {
    const r = importFixture("no-org-title.txt");
    expect(r.report.meta).toMatchObject({
      org: "白塔镇人民政府",
      year: 2023,
      kind: "summary-and-plan",
      planName: "工作要点",
      title: "2023年度工作总结暨2024年工作要点",
      date: "2024-02-02",
    });
    expect(codes(r)).toEqual(["4 org_from_publisher"]);
    expect(r.report.body.summary?.title).toBe("2023年工作回顾");
  });

  it("a 述职述廉报告: a summary, the title kept as written", () => {
    const r = importFixture("duty-report.txt");
    expect(r.report.meta).toMatchObject({
      org: "青溪县审计局局长",
      kind: "summary",
      title: "青溪县审计局局长2023年度述职述廉报告",
      signature: "青溪县审计局",
    });
    expect(r.report.body.sections?.map((s) => s.title)).toEqual(["履职情况", "廉洁自律情况"]);
  });
});

describe("text files in the encodings clerks have", () => {
  const text = "青溪县司法局2023年工作总结\n一、主要工作\n全年办理案件。\n2024年1月16日\n";
  const utf16 = (bigEndian: boolean) => {
    const out = new Uint8Array(2 + text.length * 2);
    out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      out[2 + i * 2] = bigEndian ? code >> 8 : code & 0xff;
      out[3 + i * 2] = bigEndian ? code & 0xff : code >> 8;
    }
    return out;
  };

  it.each([
    ["UTF-8", new TextEncoder().encode(text), "utf-8", []],
    ["UTF-8 with a BOM", new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]), "utf-8", []],
    ["UTF-16LE with a BOM", utf16(false), "utf-16le", ["1 encoding_used"]],
    ["UTF-16BE with a BOM", utf16(true), "utf-16be", ["1 encoding_used"]],
    ["UTF-16LE without a BOM", utf16(false).subarray(2), "utf-16le", ["1 encoding_used"]],
  ])("%s", async (_name, bytes, encoding, notes) => {
    const r = await importReport(bytes, { format: "text" });
    expect(r.encoding).toBe(encoding);
    expect(r.notes.map((n) => `${n.line} ${n.code}`)).toEqual(notes);
    expect(r.report.meta).toMatchObject({ org: "青溪县司法局", date: "2024-01-16" });
    expect(outline(r.report)).toEqual(["一、主要工作", "  ¶ 全年办理案件。"]);
  });

  it("GB18030 (GBK), said in a note", async () => {
    // The same text as Notepad saves it as “ANSI” on a Chinese system.
    const gbk = Uint8Array.from(
      Buffer.from(
        "c7e0cfaacfd8cbbeb7a8bed632303233c4eab9a4d7f7d7dcbde10ad2bba1a2d6f7d2aab9a4d7f70ac8abc4eab0ecc0edb0b8bcfea1a30a32303234c4ea31d4c23136c8d50a",
        "hex",
      ),
    );
    const r = await importReport(gbk, { format: "text", locale: "en" });
    expect(r.encoding).toBe("gb18030");
    expect(r.notes.map((n) => n.message)).toEqual(["the file was read as GB18030（GBK）."]);
    expect(r.report.meta.org).toBe("青溪县司法局");
  });

  it("bytes that are no text are refused with a clear error", async () => {
    const binary = Uint8Array.from({ length: 256 }, (_, i) => i);
    await expect(importReport(binary, { format: "text" })).rejects.toMatchObject({
      problems: [expect.objectContaining({ code: "not_text", line: 1 })],
    });
  });
});
