import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderDocx } from "@gongwen/render-docx";
import { loadReportYaml, parseReport, ReportError } from "@gongwen/schema";
import { Command, CommanderError } from "commander";
import { describe, expect, it } from "vitest";
import type { CommandContext } from "../context.js";
import { UserError } from "../errors.js";
import { registerImport } from "./import.js";

interface Run {
  code: number;
  out: string[];
  err: string[];
  written: string;
}

/**
 * Runs `gongwen import …` in-process. Through `main` once the program registers the command;
 * before that, on a fresh program with the same context and the same exit codes as `main`.
 */
async function gongwen(...argv: string[]): Promise<Run> {
  const result: Run = { code: 0, out: [], err: [], written: "" };
  const io = {
    out: (line: string) => result.out.push(line),
    err: (line: string) => result.err.push(line),
    write: (data: string | Uint8Array) => {
      result.written += typeof data === "string" ? data : Buffer.from(data).toString("utf8");
    },
  };
  const program = await import("../program.js").catch(() => undefined);
  const locale = argv.includes("en") ? "en" : "zh";
  if (program?.buildProgram({ locale, ...io }).commands.some((c) => c.name() === "import")) {
    result.code = await program.main(argv, io);
    return result;
  }
  const ctx: CommandContext = { locale, ...io };
  const fresh = new Command("gongwen").option("--lang <lang>").exitOverride();
  fresh.configureOutput({ writeOut: (s) => io.write(s), writeErr: (s) => io.err(s) });
  registerImport(fresh, ctx);
  for (const command of fresh.commands) command.exitOverride();
  try {
    await fresh.parseAsync(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) result.code = error.exitCode === 0 ? 0 : 2;
    else if (error instanceof UserError) {
      for (const p of error.problems) io.err(`${p.file ?? "<输入>"}:${p.line} ${p.message}`);
      io.err(error.message);
      result.code = error.exitCode;
    } else if (error instanceof ReportError) result.code = 1;
    else throw error;
  }
  return result;
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "gongwen-import-"));
}

/** A report as pasted from a portal: clutter, a metadata block, and a heading with its text on one line. */
const PASTED = `首页 > 政务公开 > 计划总结
索引号：11331127MB0C45218X/2024-00009  组配分类：计划总结
成文日期：2024-01-16  公开方式：主动公开
青溪县司法局2023年工作总结和2024年工作思路
发布日期：2024-01-17  浏览次数：31
2023年，县司法局围绕法治青溪建设，统筹推进各项司法行政工作。
一、2023年工作总结
（一）法治宣传深入人心。全年开展“八五”普法活动212场，受众3.6万人次。
（二）公共法律服务提质增效
一是建成村级法律服务站。全县126个村实现全覆盖。
二是深化人民调解工作。调解各类矛盾纠纷1860件，调解成功率98.6%。
二、2024年工作思路
一是推进法治乡村建设。创建民主法治示范村5个。
二是推进公共法律服务均等化。
【打印本页】【关闭窗口】
`;

describe("gongwen import", () => {
  it("writes the commented YAML, prints each guess as file:line 警告 and the clutter removed", async () => {
    const dir = tempDir();
    const input = join(dir, "去年报告.txt");
    const output = join(dir, "report.yaml");
    writeFileSync(input, PASTED);
    const r = await gongwen("import", input, "-o", output);
    expect(r.code).toBe(0);
    const yaml = readFileSync(output, "utf8");
    expect(yaml.split("\n")[0]).toMatch(/^# yaml-language-server: \$schema=/);
    expect(yaml).toContain("# 发文机关全称。");
    expect(yaml).toContain("由 gongwen import 从“去年报告.txt”导入");
    // The same how-to guide as the template gongwen init writes, and a schema line that resolves.
    expect(yaml).toContain("# 【怎么填】");
    expect(yaml).toContain("编号全部由程序自动添加");
    const schemaPath = /^# yaml-language-server: \$schema=(.+)$/m.exec(yaml)?.[1] as string;
    expect(existsSync(join(dir, schemaPath))).toBe(true);
    const report = loadReportYaml(yaml, output);
    expect(report.meta).toMatchObject({ org: "青溪县司法局", year: 2023, date: "2024-01-16" });
    expect(report.meta.disclosure?.indexNo).toBe("11331127MB0C45218X/2024-00009");
    expect(report.body.summary?.sections.map((s) => s.title)).toEqual(["法治宣传深入人心", "公共法律服务提质增效"]);
    expect(report.body.plan?.content).toEqual([
      { lead: "推进法治乡村建设。", text: "创建民主法治示范村5个。" },
      { lead: "推进公共法律服务均等化。" },
    ]);
    expect(r.err).toContain(`${input}:8 警告：标题“法治宣传深入人心”后面同一行的文字已拆为下一段正文，请核对。`);
    expect(r.err.some((l) => l.startsWith(`${input}:1 已移除（导航路径）：首页 > 政务公开`))).toBe(true);
    expect(r.err.some((l) => l.startsWith(`${input}:15 已移除（打印/关闭链接）：【打印本页】【关闭窗口】`))).toBe(true);
    expect(r.err.join("\n")).toMatch(
      /共移除网页杂项 3 处（导航路径 1、网页发布信息 1、打印\/关闭链接 1），正文一字未删。/,
    );
    expect(r.err.join("\n")).toContain("已识别文件信息：索引号、组配分类、成文日期、公开方式、标题。");
    expect(r.err.at(-1)).toBe(`已写入 ${output}：请核对后运行 gongwen validate ${output}`);
  });

  it("never overwrites a file without --force", async () => {
    const dir = tempDir();
    const input = join(dir, "in.txt");
    const output = join(dir, "report.yaml");
    writeFileSync(input, PASTED);
    writeFileSync(output, "keep me\n");
    const refused = await gongwen("import", input, "-o", output);
    expect(refused.code).toBe(1);
    expect(refused.err.join("\n")).toContain("已经存在，没有覆盖。要覆盖请加 --force。");
    expect(readFileSync(output, "utf8")).toBe("keep me\n");
    const forced = await gongwen("import", input, "-o", output, "--force");
    expect(forced.code).toBe(0);
    expect(readFileSync(output, "utf8")).toContain("org: 青溪县司法局");
  });

  it("exits 1 under --strict when it had to guess, and writes nothing", async () => {
    const dir = tempDir();
    const input = join(dir, "in.txt");
    const output = join(dir, "report.yaml");
    writeFileSync(input, PASTED);
    const r = await gongwen("import", input, "-o", output, "--strict");
    expect(r.code).toBe(1);
    expect(r.err.some((l) => l.startsWith(`${input}:8 警告：`))).toBe(true);
    expect(r.err.join("\n")).toContain("--strict：导入时有 1 处需要核对（见上），没有写出任何文件。");
    expect(existsSync(output)).toBe(false);
  });

  it("exits 1 with located problems when no report can be made, and writes nothing", async () => {
    const dir = tempDir();
    const input = join(dir, "in.txt");
    const output = join(dir, "report.yaml");
    writeFileSync(input, "青溪县司法局2023年工作总结\n索引号：QX-2024-03\n成文日期：2024-01-16\n");
    const r = await gongwen("import", input, "-o", output);
    expect(r.code).toBe(1);
    expect(r.err.join("\n")).toContain(`${input}:1 只找到标题和文件信息，没有正文`);
    expect(r.err.join("\n")).toContain("无法导入这份报告（见上），没有写出任何文件。");
    expect(existsSync(output)).toBe(false);
  });

  it("takes the date from --date when the text has none, and refuses a date that is none", async () => {
    const dir = tempDir();
    const input = join(dir, "in.txt");
    const output = join(dir, "report.yaml");
    writeFileSync(input, "青溪县司法局2023年工作总结\n一、主要工作\n全年办理法律援助案件320件。\n");
    const bad = await gongwen("import", input, "-o", output, "--date", "2024-02-30");
    expect(bad.code).toBe(2);
    expect(bad.err.join("\n")).toContain("--date “2024-02-30”不是有效的日期");
    expect(existsSync(output)).toBe(false);
    const r = await gongwen("import", input, "-o", output, "--date", "2024年1月16日");
    expect(r.code).toBe(0);
    expect(loadReportYaml(readFileSync(output, "utf8")).meta.date).toBe("2024-01-16");
  });

  it("never refuses a text without a date: guesses, marks the guess, and lint reports it until confirmed", async () => {
    const dir = tempDir();
    const input = join(dir, "in.txt");
    const output = join(dir, "report.yaml");
    writeFileSync(input, "青溪县司法局2023年工作总结\n一、主要工作\n全年办理法律援助案件320件。\n");
    const r = await gongwen("import", input, "-o", output);
    expect(r.code).toBe(0);
    expect(r.err.some((l) => l.startsWith(`${input}:1 警告：原文没有成文日期`))).toBe(true);
    const yaml = readFileSync(output, "utf8");
    expect(yaml).toMatch(/# gongwen-guessed: meta\.date 原文没有成文日期.*\n {2}date: \d{4}-\d{2}-\d{2}\n/);
    const { lintText } = await import("@gongwen/lint");
    const found = lintText(yaml, { format: "yaml" }).diagnostics.filter((d) => d.rule === "guessed-value");
    expect(found.map((d) => [d.path.join("."), d.severity])).toEqual([["meta.date", "error"]]);
    const confirmed = yaml.replace(/^.*gongwen-guessed.*\n/m, "");
    expect(lintText(confirmed, { format: "yaml" }).diagnostics.some((d) => d.rule === "guessed-value")).toBe(false);
  });

  it("marks a guess in the front matter of Markdown output too, where lint finds it", async () => {
    const dir = tempDir();
    const input = join(dir, "in.txt");
    const output = join(dir, "report.md");
    writeFileSync(input, "青溪县司法局2023年工作总结\n一、主要工作\n全年办理法律援助案件320件。\n");
    expect((await gongwen("import", input, "-o", output)).code).toBe(0);
    const md = readFileSync(output, "utf8");
    expect(md).toMatch(/^---\n# gongwen-guessed: meta\.date /);
    const { lintText } = await import("@gongwen/lint");
    const found = lintText(md, { format: "markdown" }).diagnostics.filter((d) => d.rule === "guessed-value");
    expect(found.map((d) => [d.line, d.path.join(".")])).toEqual([[2, "meta.date"]]);
  });

  it("reads a text saved as GB18030 (Notepad's ANSI) and says so", async () => {
    const dir = tempDir();
    const input = join(dir, "gbk.txt");
    const output = join(dir, "report.yaml");
    // 青溪县司法局2023年工作总结 / 一、主要工作 / 全年办理案件。 / 2024年1月16日, encoded in GB18030.
    const gbk = Buffer.from(
      "c7e0cfaacfd8cbbeb7a8bed632303233c4eab9a4d7f7d7dcbde10ad2bba1a2d6f7d2aab9a4d7f70ac8abc4eab0ecc0edb0b8bcfea1a30a32303234c4ea31d4c23136c8d50a",
      "hex",
    );
    writeFileSync(input, gbk);
    const r = await gongwen("import", input, "-o", output);
    expect(r.code).toBe(0);
    expect(r.err).toContain(`${input}:1 提示：文件按 GB18030（GBK） 编码读取。`);
    expect(loadReportYaml(readFileSync(output, "utf8")).meta).toMatchObject({
      org: "青溪县司法局",
      date: "2024-01-16",
    });
  });

  it("reads a .docx and writes Markdown", async () => {
    const dir = tempDir();
    const input = join(dir, "去年.docx");
    const output = join(dir, "report.md");
    const report = parseReport({
      meta: { org: "青溪县司法局", year: 2023, kind: "summary", date: "2024-01-16" },
      body: {
        sections: [
          { title: "法治宣传深入人心", content: [{ lead: "深化普法宣传。", text: "全年开展普法活动212场。" }] },
        ],
      },
    });
    writeFileSync(input, await renderDocx(report));
    const r = await gongwen("import", input, "-o", output);
    expect(r.code).toBe(0);
    const md = readFileSync(output, "utf8");
    expect(md).toContain("# 青溪县司法局2023年工作总结");
    expect(md).toContain("## 一、法治宣传深入人心");
    expect(md).toContain("**一是深化普法宣传。**全年开展普法活动212场。");
  });

  it("writes YAML to standard output with -o -, and speaks English with --lang en", async () => {
    const dir = tempDir();
    const input = join(dir, "in.txt");
    writeFileSync(input, PASTED);
    const r = await gongwen("--lang", "en", "import", input, "-o", "-");
    expect(r.code).toBe(0);
    expect(r.written).toMatch(/^# yaml-language-server: \$schema=/);
    expect(r.err.some((l) => l.startsWith(`${input}:8 warning: the text after the heading`))).toBe(true);
  });

  it("refuses .doc files, unknown --from formats, and a missing -o", async () => {
    const dir = tempDir();
    const doc = join(dir, "old.doc");
    writeFileSync(doc, "x");
    const r1 = await gongwen("import", doc, "-o", join(dir, "a.yaml"));
    expect(r1.code).toBe(2);
    expect(r1.err.join("\n")).toContain("另存为");
    const r2 = await gongwen("import", doc, "--from", "pdf", "-o", join(dir, "a.yaml"));
    expect(r2.code).toBe(2);
    const r3 = await gongwen("import", doc);
    expect(r3.code).toBe(2);
    const r4 = await gongwen("import", join(dir, "in.txt"), "-o", join(dir, "a.docx"));
    expect(r4.code).toBe(2);
  });

  it("says a missing input file is missing", async () => {
    const dir = tempDir();
    const r = await gongwen("import", join(dir, "none.txt"), "-o", join(dir, "a.yaml"));
    expect(r.code).toBe(66);
    expect(r.err.join("\n")).toContain("无法读取：文件或文件夹不存在");
  });
});
