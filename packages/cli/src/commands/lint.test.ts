import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Locale } from "@gongwen/schema";
import { Command, CommanderError } from "commander";
import { describe, expect, it } from "vitest";
import type { CommandContext } from "../context.js";
import { UserError } from "../errors.js";
import { registerLint } from "./lint.js";

interface Run {
  code: number;
  out: string[];
  err: string[];
}

/** Runs `gongwen lint …` on a fresh program with captured output, the way `main` reports errors. */
async function lint(args: string[], locale: Locale = "zh"): Promise<Run> {
  const run: Run = { code: 0, out: [], err: [] };
  const ctx: CommandContext = {
    locale,
    out: (line) => run.out.push(line),
    err: (line) => run.err.push(line),
    write: () => {},
  };
  const program = new Command("gongwen")
    .exitOverride()
    .configureOutput({ writeOut: (s) => run.out.push(s), writeErr: (s) => run.err.push(s) });
  registerLint(program, ctx);
  try {
    await program.parseAsync(["lint", ...args], { from: "user" });
  } catch (error) {
    if (error instanceof UserError) {
      run.err.push(error.message);
      run.code = error.exitCode;
    } else if (error instanceof CommanderError) {
      run.code = 2;
    } else {
      throw error;
    }
  }
  return run;
}

const tempDir = () => mkdtempSync(join(tmpdir(), "gongwen-lint-"));

const CLEAN = `# 青溪县农业农村局（虚构）
meta:
  org: 青溪县农业农村局
  year: 2023
  date: 2024-01-12
body:
  opening: 2023年，全局扎实推进各项工作。
  summary:
    sections:
      - title: 粮食生产稳中有进
        content:
          - lead: 稳定粮食播种面积。
            text: 全县完成粮食播种面积12.6万亩，同比增长2.1%。
  plan:
    content:
      - lead: 推进粮食生产稳定化。
        text: 确保粮食播种面积不低于12.5万亩。
`;

const FAULTY = CLEAN.replace("2023年，全局", "2023年,全局")
  .replace("粮食生产稳中有进", "一、粮食生产稳中有进")
  .replace("增长2.1%。", "增长2.1%,XX乡镇增长最快。");

function write(dir: string, name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe("gongwen lint", () => {
  it("passes a clean report with exit code 0", async () => {
    const file = write(tempDir(), "ok.yaml", CLEAN);
    const r = await lint([file]);
    expect(r.code).toBe(0);
    expect(r.out).toEqual([]);
    expect(r.err.join("\n")).toContain("0 个错误、0 个警告");
  });

  it("prints file:line:col rule message and exits 1 when errors remain", async () => {
    const file = write(tempDir(), "bad.yaml", FAULTY);
    const r = await lint([file]);
    expect(r.code).toBe(1);
    expect(r.out).toEqual([
      `${file}:7:17 punctuation-width 中文里的半角逗号“,”应改为全角“，”。`,
      `${file}:10:16 title-numbering 标题里不要手写编号“一、”：程序会自动编号，请删去。`,
      `${file}:13:44 punctuation-width 中文里的半角逗号“,”应改为全角“，”。`,
      `${file}:13:45 placeholder 模板占位符“XX”没有替换，请填上实际内容。`,
    ]);
    expect(r.err.at(-1)).toBe("4 个错误、0 个警告；其中 3 处可用 --fix 自动修正。");
  });

  it("speaks English on request", async () => {
    const file = write(tempDir(), "bad.yaml", FAULTY);
    const r = await lint([file], "en");
    expect(r.out[0]).toBe(
      `${file}:7:17 punctuation-width half-width comma "," in Chinese text: use the full-width "，".`,
    );
    expect(r.err.at(-1)).toBe("4 error(s), 0 warning(s); 3 fixable with --fix.");
  });

  it("--fix rewrites the file in place, keeping its comments, prints what changed, and a second run fixes nothing", async () => {
    const dir = tempDir();
    const file = write(dir, "bad.yaml", FAULTY);
    const r = await lint([file, "--fix"]);
    expect(r.out.slice(0, 3)).toEqual([
      `${file}:7:17 punctuation-width 已修正 “,” → “，”`,
      `${file}:10:16 title-numbering 已修正 “一、” → “”`,
      `${file}:13:44 punctuation-width 已修正 “,” → “，”`,
    ]);
    expect(r.out.slice(3)).toEqual([`${file}:13:45 placeholder 模板占位符“XX”没有替换，请填上实际内容。`]);
    expect(r.code).toBe(1);
    const fixed = readFileSync(file, "utf8");
    expect(fixed).toBe(
      FAULTY.replace("2023年,全局", "2023年，全局").replace("一、粮食", "粮食").replace("2.1%,XX", "2.1%，XX"),
    );
    expect(fixed.startsWith("# 青溪县农业农村局（虚构）\n")).toBe(true);

    const again = await lint([file, "--fix"]);
    expect(again.out.filter((line) => line.includes("已修正"))).toEqual([]);
    expect(again.err.at(-1)).toBe("已修正 0 处；1 个错误、0 个警告。");
    expect(readFileSync(file, "utf8")).toBe(fixed);
  });

  it("exits 0 after --fix when only warnings remain", async () => {
    const file = write(tempDir(), "w.yaml", CLEAN.replace("增长2.1%。", "增长2.1%,1-9月增长最快。"));
    const r = await lint([file, "--fix"]);
    expect(r.code).toBe(0);
    expect(readFileSync(file, "utf8")).toContain("增长2.1%，1—9月增长最快。");
  });

  it("writes a JSON array with --format json: diagnostics, and fixes marked fixed", async () => {
    const file = write(tempDir(), "bad.yaml", FAULTY);
    const r = await lint([file, "--format", "json"]);
    expect(r.code).toBe(1);
    const items = JSON.parse(r.out.join("\n")) as Record<string, unknown>[];
    expect(items).toHaveLength(4);
    expect(items[0]).toMatchObject({
      file,
      rule: "punctuation-width",
      severity: "error",
      line: 7,
      column: 17,
      excerpt: ",",
      fix: { text: "，" },
      path: ["body", "opening", 0],
    });
    const fixed = await lint([file, "--fix", "--format", "json"]);
    const after = JSON.parse(fixed.out.join("\n")) as Record<string, unknown>[];
    expect(after.filter((i) => i.fixed === true)).toHaveLength(3);
    expect(after.filter((i) => i.fixed !== true).map((i) => i.rule)).toEqual(["placeholder"]);
  });

  it("lints Markdown and JSON reports too", async () => {
    const dir = tempDir();
    const md = write(
      dir,
      "r.md",
      "---\norg: 青溪县农业农村局\nyear: 2023\ndate: 2024-01-12\n---\n\n## 一、2023年工作总结\n\n全年完成任务,成效明显。\n\n## 二、2024年工作思路\n\n推进改革。\n",
    );
    const json = write(
      dir,
      "r.json",
      JSON.stringify({
        meta: { org: "XX县农业农村局", year: 2023, date: "2024-01-12" },
        body: { summary: { content: ["完成。"] }, plan: { content: ["推进。"] } },
      }),
    );
    const r = await lint([md, json]);
    expect(r.out).toEqual([
      `${md}:9:7 punctuation-width 中文里的半角逗号“,”应改为全角“，”。`,
      // The title and signature derived from org do not repeat its finding.
      `${json}:meta.org placeholder 模板占位符“XX”没有替换，请填上实际内容。`,
    ]);
    expect(r.code).toBe(1);
  });

  it("takes rule settings from the nearest gongwen.config.* and from --config", async () => {
    const dir = tempDir();
    const sub = join(dir, "2023");
    const { mkdirSync } = await import("node:fs");
    mkdirSync(sub);
    write(dir, "gongwen.config.yaml", "lint:\n  rules:\n    placeholder: warn\n    punctuation-width: off\n");
    const file = write(sub, "bad.yaml", FAULTY);
    const r = await lint([file]);
    expect(r.out.map((line) => line.split(" ")[1])).toEqual(["title-numbering", "placeholder"]);
    expect(r.out[1]).toContain("警告：模板占位符");

    const other = write(dir, "strict.json", JSON.stringify({ lint: { rules: { "title-numbering": "off" } } }));
    const r2 = await lint([file, "--config", other]);
    expect(r2.out.map((line) => line.split(" ")[1])).toEqual(["punctuation-width", "punctuation-width", "placeholder"]);
  });

  it("stops with exit 2 on a broken configuration, naming the file and the rule", async () => {
    const dir = tempDir();
    write(dir, "gongwen.config.json", JSON.stringify({ lint: { rules: { placehoder: "off" } } }));
    const file = write(dir, "bad.yaml", FAULTY);
    const r = await lint([file]);
    expect(r.code).toBe(2);
    expect(r.err.join("\n")).toContain("gongwen.config.json: 没有名为“placehoder”的检查规则，是否想写“placeholder”？");
  });

  it("reports a file that is not a valid report, located, and exits 1", async () => {
    const file = write(tempDir(), "broken.yaml", CLEAN.replace("year: 2023", "year: 二〇二三"));
    const r = await lint([file]);
    expect(r.code).toBe(1);
    expect(r.err[0]).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:4:9 `));
    expect(r.err.at(-1)).toContain("1 个文件无法读取为报告");
  });

  it("refuses a wrong --format, and --fix on standard input", async () => {
    const file = write(tempDir(), "ok.yaml", CLEAN);
    expect((await lint([file, "--format", "xml"])).code).toBe(2);
    expect((await lint(["-", "--fix"])).code).toBe(2);
    expect((await lint([join(tempDir(), "missing.yaml")])).err.join("\n")).toContain("不存在");
  });
});
