import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { run, tempDir } from "./helpers.js";

const example = (name: string) => fileURLToPath(new URL(`../../../examples/batch/${name}`, import.meta.url));
const TEMPLATE = example("template.yaml");
const BIN = fileURLToPath(new URL("../dist/bin.js", import.meta.url));

describe("gongwen validate and lint on a template", () => {
  it("validates the example template as a report with its expressions in place", async () => {
    const result = await run("validate", TEMPLATE);
    expect(result.code).toBe(0);
    expect(result.out.join("\n")).toContain("模板通过校验");
  });
  it("reports a misspelt key and an unknown helper at their lines", async () => {
    const dir = tempDir();
    const bad = join(dir, "bad.yaml");
    const text = readFileSync(TEMPLATE, "utf8");
    writeFileSync(bad, text.replace("    - title: 深化统计法治建设", "    - titel: 深化统计法治建设"));
    const typo = await run("validate", bad);
    expect(typo.code).toBe(1);
    expect(typo.err.join("\n")).toMatch(/bad\.yaml:\d+:\d+ .*titel/);
    writeFileSync(bad, text.replace("{{thousands 地区生产总值}}", "{{qianfen 地区生产总值}}"));
    const helper = await run("validate", bad);
    expect(helper.err.join("\n")).toMatch(/bad\.yaml:\d+:\d+ \{\{qianfen 地区生产总值\}\}：没有名为 qianfen 的助手/);
  });
  it("lints a template without taking {{…}} for placeholders, and against sample data", async () => {
    const clean = await run("lint", TEMPLATE, "--data", example("counties.csv"));
    expect(clean.code).toBe(0);
    expect(clean.out).toEqual([]);
    const dir = tempDir();
    const file = join(dir, "t.yaml");
    writeFileSync(file, readFileSync(TEMPLATE, "utf8").replace("{{县名}}统计局办公室", "{{县}}统计局办公室"));
    const missing = await run("lint", file, "--data", example("counties.csv"));
    expect(missing.out.join("\n")).toMatch(/t\.yaml:\d+:\d+ template-data .*\{\{县\}\}/);
  });
});

describe("gongwen render --data", () => {
  it("fills a template with the row --row names", async () => {
    const out = join(tempDir(), "one.md");
    const result = await run("render", TEMPLATE, "--data", example("counties.xlsx"), "--row", "3", "-o", out);
    expect(result.code).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("# 桐溪县统计局2023年工作总结");
  });
  it("asks for --row when the data has several rows", async () => {
    const result = await run("render", TEMPLATE, "--data", example("counties.csv"), "-o", join(tempDir(), "x.md"));
    expect(result.code).toBe(2);
    expect(result.err.join("\n")).toContain("--row");
  });
});

describe("gongwen batch", () => {
  it("writes one file per row with safe, unique names from the pattern", async () => {
    const dir = tempDir();
    const data = join(dir, "rows.json");
    writeFileSync(
      data,
      JSON.stringify(
        ["../逃出/去", "同名", "同名", "CON"].map((name, i) => ({
          ...{ 县名: `县${i}`, 地区生产总值: 100, 上年地区生产总值: 90, 固定资产投资: 1e9, 上年固定资产投资: 9e8 },
          ...{ 社会消费品零售总额: 50, 上年社会消费品零售总额: 40, 一般公共预算收入: 1e8, 收入目标: 9e7 },
          ...{ 城镇居民人均可支配收入: 5e4, 上年城镇居民人均可支配收入: 4.8e4, 城镇化率: 60, 上年城镇化率: 59 },
          ...{ 全市排名: i + 1, 成文日期: "2024-01-10", 文件名: name },
        })),
      ),
    );
    const out = join(dir, "out");
    const result = await run(
      "batch",
      TEMPLATE,
      "--data",
      data,
      "-o",
      out,
      "--to",
      "md",
      "--name",
      "{{文件名}}",
      "--jobs",
      "1",
    );
    expect(result.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["_CON.md", "_逃出_去.md", "同名-2.md", "同名.md"]);
    const summary = JSON.parse(result.out.at(-1) as string);
    expect(summary.summary).toMatchObject({ done: 4, failed: 0 });
  });
  it("refuses a bad --jobs and an unknown format with exit 2", async () => {
    expect((await run("batch", TEMPLATE, "--data", example("counties.csv"), "-o", tempDir(), "--jobs", "0")).code).toBe(
      2,
    );
    expect((await run("batch", TEMPLATE, "--data", example("counties.csv"), "-o", tempDir(), "--to", "pdf")).code).toBe(
      2,
    );
  });
  it("reports an output file it cannot write as a failed row, and writes the others", async () => {
    const out = tempDir();
    mkdirSync(join(out, "鹤川县统计局2023年工作总结.md"));
    for (const lang of ["zh", "en"]) {
      const result = await run(
        ...["--lang", lang, "batch", TEMPLATE, "--data", example("counties.csv"), "-o", out, "--to", "md"],
      );
      expect(result.code).toBe(1);
      const lines = result.out.map((line) => JSON.parse(line));
      expect(lines.filter((l) => l.ok === false)).toEqual([
        {
          row: 2,
          ok: false,
          problems: [expect.objectContaining({ row: 2, file: join(out, "鹤川县统计局2023年工作总结.md") })],
        },
      ]);
      expect(lines.at(-1).summary).toMatchObject({ done: 11, failed: 1 });
      expect(result.err[0]).toMatch(
        lang === "zh" ? /第 2 行数据：无法写入：这是一个文件夹$/ : /data row 2: cannot write: it is a folder$/,
      );
      expect(readdirSync(out).filter((f) => f.endsWith(".md"))).toHaveLength(12);
      expect(readdirSync(out).filter((f) => f.startsWith(".gongwen-batch-"))).toEqual([]);
    }
  });
  it("refuses a format named twice in --to with exit 2", async () => {
    const result = await run(
      "batch",
      TEMPLATE,
      "--data",
      example("counties.csv"),
      "-o",
      tempDir(),
      "--to",
      "md,md,docx",
    );
    expect(result.code).toBe(2);
    expect(result.err.join("\n")).toContain("--to");
  });
  it("writes every file when the reader of its JSON lines goes away, and says a full standard output once", () => {
    const batch = (out: string, redirect: string) =>
      spawnSync(
        "bash",
        ["-c", `node ${BIN} batch ${TEMPLATE} --data ${example("counties.csv")} -o ${out} --to md ${redirect}`],
        { encoding: "utf8" },
      );
    const piped = tempDir();
    const gone = batch(piped, `| true; echo "\${PIPESTATUS[0]}"`);
    expect(gone.stdout.trim()).toBe("0");
    expect(gone.stderr).toContain("完成 12 份");
    expect(readdirSync(piped)).toHaveLength(12);
    if (existsSync("/dev/full")) {
      const full = tempDir();
      const result = batch(full, "> /dev/full");
      expect(result.status).toBe(1);
      expect(result.stderr.match(/磁盘空间不足/g)).toHaveLength(1);
      expect(result.stderr).toContain("完成 12 份");
      expect(readdirSync(full)).toHaveLength(12);
    }
  });
  it("stops cleanly on SIGHUP, and on a second Ctrl-C right after the first", async () => {
    const dir = tempDir();
    const data = join(dir, "many.csv");
    const text = readFileSync(example("counties.csv"), "utf8");
    const header = text.slice(0, text.indexOf("\n") + 1);
    writeFileSync(data, header + text.slice(header.length).repeat(20));
    for (const signals of [["SIGHUP"], ["SIGINT", "SIGINT"]] as NodeJS.Signals[][]) {
      const out = join(dir, signals.join("-"));
      const child = spawn(process.execPath, [BIN, "batch", TEMPLATE, "--data", data, "-o", out, "--jobs", "1"]);
      let err = "";
      child.stderr.on("data", (chunk) => {
        err += chunk;
      });
      child.stdout.once("data", async () => {
        for (const signal of signals) {
          child.kill(signal);
          await new Promise((resolve) => setTimeout(resolve, 2));
        }
      });
      const [code, killed] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
        child.on("close", (...end) => resolve(end)),
      );
      // The message comes once the staged files are gone. Node gives signals their default action
      // again as it exits (after it): a second Ctrl-C that late may end it as SIGINT, exit 130 too.
      expect(err).toContain("已中断");
      if (killed !== "SIGINT" || signals.length === 1) expect(code).toBe(128 + (signals[0] === "SIGHUP" ? 1 : 2));
      const left = readdirSync(out);
      expect(left.filter((f) => !f.endsWith(".docx"))).toEqual([]);
      for (const file of left) expect(statSync(join(out, file)).size).toBeGreaterThan(0);
    }
  });
  it("reports a data file it cannot read, located", async () => {
    const dir = tempDir();
    const data = join(dir, "bad.csv");
    writeFileSync(data, '县名,a\n"未闭合,1\n');
    const result = await run("batch", TEMPLATE, "--data", data, "-o", join(dir, "out"));
    expect(result.code).toBe(1);
    expect(result.err.join("\n")).toContain("bad.csv");
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  it("refuses data without rows (a header alone, an empty list) with exit 1, making no folder", async () => {
    const dir = tempDir();
    const header = join(dir, "header.csv");
    writeFileSync(header, "县名,地区生产总值\r\n");
    const csv = await run("batch", TEMPLATE, "--data", header, "-o", join(dir, "out"));
    expect(csv.code).toBe(1);
    expect(csv.err.join("\n")).toContain("header.csv：没有数据行（为空，或只有表头），没有生成报告。");
    expect(existsSync(join(dir, "out"))).toBe(false);
    const empty = join(dir, "empty.json");
    writeFileSync(empty, "[]");
    const json = await run("--lang", "en", "batch", TEMPLATE, "--data", empty, "-o", join(dir, "out"));
    expect(json.code).toBe(1);
    expect(json.err.join("\n")).toContain("empty.json: holds no data rows (empty, or a header alone)");
  });
});
