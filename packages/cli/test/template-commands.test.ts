import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readCsv } from "@gongwen/template";
import { describe, expect, it } from "vitest";
import { removeAbandonedStaging, STALE_STAGING_HOURS, stagingPrefix } from "../src/staging.js";
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
  it("says a field the data file lacks as such, and an empty cell as empty", async () => {
    const dir = tempDir();
    const template = join(dir, "t.yaml");
    writeFileSync(template, readFileSync(TEMPLATE, "utf8").replace("{{县名}}统计局办公室", "{{县名称}}统计局办公室"));
    const lacking = await run(
      "render",
      template,
      "--data",
      example("counties.csv"),
      "--row",
      "3",
      "-o",
      join(dir, "a.md"),
    );
    expect(lacking.code).toBe(1);
    expect(lacking.err).toHaveLength(2);
    expect(lacking.err[0]).toMatch(
      /t\.yaml:36:12 \{\{县名称\}\}：数据文件 .* 的表头中没有“县名称”这一列，是不是要写“县名”？/,
    );
    const data = join(dir, "one.csv");
    const [head, first] = readFileSync(example("counties.csv"), "utf8").split(/\r?\n/) as [string, string];
    writeFileSync(data, `${head}\n${first.replace(/2024-01-\d+/, "")}\n`);
    const empty = await run("--lang", "en", "render", TEMPLATE, "--data", data, "-o", join(dir, "b.md"));
    expect(empty.code).toBe(1);
    expect(empty.err.join("\n")).toContain('{{成文日期}}: the value of "成文日期" is empty');
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
    // Each change said once, with its row and what the name became.
    expect(result.err.slice(0, -1)).toEqual([
      "警告 第 1 行数据：文件名“../逃出/去”中有文件名不能用的字符 /，已换成 _；开头或结尾的 . 已去掉，写为“_逃出_去”",
      "警告 第 4 行数据：文件名“CON”是 Windows 保留的设备名（CON、PRN、AUX、NUL、COM1、LPT1 等），已在前面加 _，写为“_CON”",
      "警告 第 2–3 行数据：文件名重复（都是“同名”），已依次编号：第 2 行“同名”，第 3 行“同名-2”（文件名来自 --name “{{文件名}}”）",
    ]);
  });
  it("says every kind of name change once, with the rows and what each became, in both languages", async () => {
    const dir = tempDir();
    const names: Record<number, string> = { 3: "A/B:C*县", 4: 'x\\y?"z"<>|', 5: "CON", 6: "lpt1.报告", 7: "..." };
    const data = countiesCsv(dir, (cells, row) => {
      if (names[row] !== undefined)
        cells[0] = names[row].includes('"') ? `"${names[row].replaceAll('"', '""')}"` : names[row];
      if (row === 9) cells[0] = "鹤川县";
    });
    const args = ["batch", TEMPLATE, "--data", data, "--to", "md", "--jobs", "1", "--name", "{{县名}}"];
    const zh = await run(...args, "-o", join(dir, "zh"));
    expect(zh.code).toBe(0);
    expect(zh.err).toEqual([
      "警告 第 3 行数据：文件名“A/B:C*县”中有文件名不能用的字符 / : *，已换成 _，写为“A_B_C_县”",
      '警告 第 4 行数据：文件名“x\\y?"z"<>|”中有文件名不能用的字符 \\ ? " < > |，已换成 _，写为“x_y__z____”',
      "警告 第 5 行数据：文件名“CON”是 Windows 保留的设备名（CON、PRN、AUX、NUL、COM1、LPT1 等），已在前面加 _，写为“_CON”",
      "警告 第 6 行数据：文件名“lpt1.报告”是 Windows 保留的设备名（CON、PRN、AUX、NUL、COM1、LPT1 等），已在前面加 _，写为“_lpt1.报告”",
      "警告 第 7 行数据：文件名“...”中没有可用在文件名中的字，改用“report”",
      "警告 第 2、9 行数据：文件名重复（都是“鹤川县”），已依次编号：第 2 行“鹤川县”，第 9 行“鹤川县-2”（文件名来自 --name “{{县名}}”）",
      expect.stringMatching(/^完成 12 份/),
    ]);
    expect(readdirSync(join(dir, "zh"))).toEqual(
      expect.arrayContaining(["A_B_C_县.md", "x_y__z____.md", "_CON.md", "_lpt1.报告.md", "report.md", "鹤川县-2.md"]),
    );
    // The JSON lines keep their shape: the files as written.
    expect(JSON.parse(zh.out[1] as string)).toEqual({ row: 3, ok: true, files: [join(dir, "zh", "A_B_C_县.md")] });
    const en = await run("--lang", "en", ...args, "-o", join(dir, "en"));
    expect(en.err[0]).toBe(
      'warning data row 3: the file name "A/B:C*县" holds characters a file name cannot (/ : *), replaced by _; written as "A_B_C_县"',
    );
    expect(en.err[4]).toBe(
      'warning data row 7: the file name "..." has nothing a file name can use, so "report" is used',
    );
    expect(en.err[5]).toBe(
      'warning data rows 2, 9: the file names repeat (all "鹤川县"), so they were numbered: row 2 "鹤川县", row 9 "鹤川县-2" (the names come from --name "{{县名}}")',
    );
  });
  it("warns once, before any row, of a --name without {{…}}; and of a pattern that names every row alike, at the end", async () => {
    const dir = tempDir();
    const plain = await run(
      "batch",
      TEMPLATE,
      "--data",
      example("counties.csv"),
      "-o",
      join(dir, "a"),
      "--to",
      "md",
      "--name",
      "报告",
    );
    expect(plain.code).toBe(0);
    expect(plain.err).toEqual([
      '警告 --name “报告”中没有 {{…}} 变量，12 份报告的文件名都是“报告”，将依次编号为 报告、报告-2、…、报告-12。要每行一个名字，请在模式中用数据的列，如 --name "{{县名}}报告"',
      expect.stringMatching(/^完成 12 份/),
    ]);
    expect(readdirSync(join(dir, "a")).sort()).toEqual(
      ["报告", ...Array.from({ length: 11 }, (_, i) => `报告-${i + 2}`)].map((n) => `${n}.md`).sort(),
    );
    const en = await run(
      ...["--lang", "en", "batch", TEMPLATE, "--data", example("counties.csv"), "-o", join(dir, "b"), "--to", "md"],
      ...["--name", "报告"],
    );
    expect(en.err[0]).toBe(
      'warning --name "报告" holds no {{…}} variable: all 12 reports get the name "报告", numbered 报告, 报告-2, …, 报告-12. For a name per row, use a column of the data in the pattern, such as --name "{{县名}}报告"',
    );
    expect(en.err).toHaveLength(2);
    // One row: one name, nothing to say.
    const one = join(dir, "one.json");
    writeFileSync(one, JSON.stringify([readCsv(readFileSync(example("counties.csv")), "c.csv")[0]?.values]));
    const single = await run("batch", TEMPLATE, "--data", one, "-o", join(dir, "c"), "--to", "md", "--name", "报告");
    expect(single.err).toEqual([expect.stringMatching(/^完成 1 份/)]);
    // A variable that gives every row the same name: said at the end, with the rows and numbers.
    const alike = await run(
      "batch",
      TEMPLATE,
      "--data",
      example("counties.csv"),
      "-o",
      join(dir, "d"),
      "--to",
      "md",
      "--name",
      "{{年度}}年报告",
      "--jobs",
      "1",
    );
    expect(alike.err).toEqual([
      "警告 第 2–13 行数据：文件名重复（都是“2023年报告”），已依次编号：第 2 行“2023年报告”，第 3 行“2023年报告-2”，第 4 行“2023年报告-3”，第 5 行“2023年报告-4”，第 6 行“2023年报告-5”……（文件名来自 --name “{{年度}}年报告”）",
      expect.stringMatching(/^完成 12 份/),
    ]);
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

/** A copy of the example CSV, each data row (2 to 13, as the spreadsheet counts them) changed by `change`. */
function countiesCsv(dir: string, change: (cells: string[], row: number) => void, header?: (cells: string[]) => void) {
  const [head, ...records] = readFileSync(example("counties.csv"), "utf8").trimEnd().split(/\r?\n/) as [
    string,
    ...string[],
  ];
  const headCells = head.split(",");
  header?.(headCells);
  const lines = records.map((line, i) => {
    const cells = line.split(",");
    change(cells, i + 2);
    return cells.join(",");
  });
  const file = join(dir, "counties.csv");
  writeFileSync(file, [headCells.join(","), ...lines].join("\r\n"));
  return file;
}

/** The example template with one text replaced. */
function templateWith(dir: string, from: string, to: string): string {
  const file = join(dir, "t.yaml");
  const text = readFileSync(TEMPLATE, "utf8");
  if (!text.includes(from)) throw new Error(`not in the template: ${from}`);
  writeFileSync(file, text.replace(from, to));
  return file;
}

const COLUMNS =
  "县名、地区生产总值、上年地区生产总值、固定资产投资、上年固定资产投资、社会消费品零售总额、上年社会消费品零售总额、一般公共预算收入、收入目标、城镇居民人均可支配收入、上年城镇居民人均可支配收入、城镇化率、上年城镇化率、全市排名、成文日期、备注";

describe("gongwen batch: each fault said once, in the right words", () => {
  it("says a variable the data file has no column for once, before any row: where, the columns, the closest", async () => {
    const dir = tempDir();
    const template = templateWith(dir, 'issuer: "{{县名}}统计局办公室"', 'issuer: "{{县名称}}统计局办公室"');
    const out = join(dir, "out");
    const zh = await run("batch", template, "--data", example("counties.csv"), "-o", out);
    expect(zh.code).toBe(1);
    expect(zh.err).toEqual([
      `${template}:36:12 {{县名称}}：数据文件 ${example("counties.csv")} 的表头中没有“县名称”这一列，是不是要写“县名”？表头的列有：${COLUMNS}。`,
      `数据文件 ${example("counties.csv")} 缺少模板用到的列，没有生成任何文件。`,
    ]);
    expect(zh.out).toEqual([]);
    expect(existsSync(out)).toBe(false);
    // Into a folder that exists: nothing written there, and no staging folder left.
    mkdirSync(out);
    const en = await run("--lang", "en", "batch", template, "--data", example("counties.xlsx"), "-o", out);
    expect(en.code).toBe(1);
    expect(en.err).toEqual([
      `${template}:36:12 {{县名称}}: the data file ${example("counties.xlsx")} has no column "县名称" in its header; did you mean "县名"? Its columns: ${COLUMNS.replaceAll("、", ", ")}.`,
      `The data file ${example("counties.xlsx")} lacks fields the template uses; nothing was written.`,
    ]);
    expect(readdirSync(out)).toEqual([]);
  });
  it("says a key no JSON record has as a field the data lacks", async () => {
    const dir = tempDir();
    const data = join(dir, "rows.json");
    const records = readCsv(readFileSync(example("counties.csv")), "counties.csv").map(({ values }) => {
      const { 全市排名: _rank, ...rest } = values;
      return rest;
    });
    writeFileSync(data, JSON.stringify(records));
    const result = await run("batch", TEMPLATE, "--data", data, "-o", join(dir, "out"));
    expect(result.code).toBe(1);
    expect(result.err).toEqual([
      expect.stringMatching(
        /template\.yaml:46:33 \{\{rank 全市排名 "全市"\}\}：数据文件 .*rows\.json 的每一条数据中都没有字段“全市排名”。数据中的字段有：县名、.*。模板第 150 行也用到了它。$/,
      ),
      `数据文件 ${data} 缺少模板用到的字段，没有生成任何文件。`,
    ]);
  });
  it("says a missing column used in several places once, naming the other lines", async () => {
    const dir = tempDir();
    const data = countiesCsv(
      dir,
      () => {},
      (head) => head.splice(head.indexOf("成文日期"), 1, "日期"),
    );
    const result = await run("batch", TEMPLATE, "--data", data, "-o", join(dir, "out"));
    expect(result.code).toBe(1);
    expect(result.err).toHaveLength(2);
    expect(result.err[0]).toMatch(
      /template\.yaml:34:10 \{\{成文日期\}\}：数据文件 .*counties\.csv 的表头中没有“成文日期”这一列。表头的列有：.*日期、备注。模板第 37 行也用到了它。$/,
    );
  });
  it("renders when the template's data: block gives the field, or reads it only where a row may not need it", async () => {
    const dir = tempDir();
    const given = templateWith(dir, '  备注: ""\n', '  备注: ""\n  县名称: 某县\n');
    writeFileSync(given, readFileSync(given, "utf8").replace("{{县名}}统计局办公室", "{{县名称}}统计局办公室"));
    const defaulted = await run("batch", given, "--data", example("counties.csv"), "-o", join(dir, "a"), "--to", "md");
    expect(defaulted.code).toBe(0);
    // `{{备注说明}}` is read only where 备注 is filled in (rows 4 and 9): those two fail, the rest render.
    const sometimes = templateWith(tempDir(), 'paragraph: "{{备注}}"', 'paragraph: "{{备注说明}}"');
    const result = await run("batch", sometimes, "--data", example("counties.csv"), "-o", join(dir, "b"), "--to", "md");
    expect(result.code).toBe(1);
    expect(readdirSync(join(dir, "b"))).toHaveLength(10);
    expect(result.err[0]).toMatch(
      /t\.yaml:97:23 第 4、9 行数据：\{\{备注说明\}\}：数据中没有这个字段（数据 备注说明）$/,
    );
    expect(result.out.filter((line) => JSON.parse(line).ok === false)).toHaveLength(2);
  });
  it("says an empty cell is empty, with its row, field and place, in both languages", async () => {
    const dir = tempDir();
    const data = countiesCsv(dir, (cells, row) => {
      if (row === 3) cells[14] = "";
    });
    const zh = await run("batch", TEMPLATE, "--data", data, "-o", join(dir, "zh"), "--to", "md");
    expect(zh.code).toBe(1);
    // Used on lines 34 and 37: one line, naming both.
    expect(zh.err).toHaveLength(2);
    expect(zh.err[0]).toMatch(
      /template\.yaml:34:10 第 3 行数据：\{\{成文日期\}\}：“成文日期”的值是空的（数据中这一项没有填写）；允许为空时，请在模板的 data: 中给它一个默认值（模板中共 2 处用到它：第 34、37 行）$/,
    );
    expect(zh.err.join("\n")).not.toContain("没有这个字段");
    const failed = zh.out.map((line) => JSON.parse(line)).filter((line) => line.ok === false);
    expect(failed).toMatchObject([{ row: 3, problems: [{ code: "empty_value", dataPath: "成文日期", row: 3 }, {}] }]);
    const en = await run("--lang", "en", "batch", TEMPLATE, "--data", data, "-o", join(dir, "en"), "--to", "md");
    expect(en.err[0]).toMatch(
      /template\.yaml:34:10 data row 3: \{\{成文日期\}\}: the value of "成文日期" is empty \(not filled in the data\); if it may be, give it a default in the template's data: block \(2 places of the template use it: lines 34, 37\)$/,
    );
  });
  it("says an empty cell used in several places once per row, naming the places; the JSON lines keep every place", async () => {
    const dir = tempDir();
    const data = countiesCsv(dir, (cells, row) => {
      if (row === 3 || row === 8) cells[0] = "";
      if (row === 4) cells[14] = "";
    });
    const zh = await run("batch", TEMPLATE, "--data", data, "-o", join(dir, "zh"), "--to", "md");
    expect(zh.code).toBe(1);
    expect(zh.err).toEqual([
      expect.stringMatching(
        /template\.yaml:31:9 第 3、8 行数据：\{\{县名\}\}：“县名”的值是空的.*默认值（模板中共 5 处用到它：第 31、36、39、43、62 行）$/,
      ),
      expect.stringMatching(
        /template\.yaml:34:10 第 4 行数据：\{\{成文日期\}\}：.*（模板中共 2 处用到它：第 34、37 行）$/,
      ),
      expect.stringMatching(/^完成 9 份，失败 3 份/),
    ]);
    // The JSON lines keep their shape: one per row, a problem per place, each located.
    const failed = zh.out.map((line) => JSON.parse(line)).filter((line) => line.ok === false);
    expect(failed.map((line) => [line.row, line.problems.map((p: { line: number }) => p.line)])).toEqual([
      [3, [31, 36, 39, 43, 62]],
      [4, [34, 37]],
      [8, [31, 36, 39, 43, 62]],
    ]);
    const en = await run("--lang", "en", "batch", TEMPLATE, "--data", data, "-o", join(dir, "en"), "--to", "md");
    expect(en.err[0]).toMatch(
      /template\.yaml:31:9 data rows 3, 8: \{\{县名\}\}: the value of "县名" is empty .* \(5 places of the template use it: lines 31, 36, 39, 43, 62\)$/,
    );
    // gongwen render --data says it once too.
    const render = await run("render", TEMPLATE, "--data", data, "--row", "3", "-o", join(dir, "r.md"));
    expect(render.code).toBe(1);
    expect(render.err.filter((line) => line.includes("县名"))).toEqual([
      expect.stringMatching(/template\.yaml:31:9 \{\{县名\}\}：.*（模板中共 5 处用到它：第 31、36、39、43、62 行）$/),
    ]);
  });
  it("prints a problem repeated across rows once with its rows; the JSON lines stay one per row", async () => {
    const dir = tempDir();
    const data = countiesCsv(dir, (cells, row) => {
      if (row >= 5 && row <= 9) cells[3] = "约十亿";
      if (row === 11) cells[3] = "约十亿";
    });
    const result = await run("batch", TEMPLATE, "--data", data, "-o", join(dir, "out"), "--to", "md");
    expect(result.code).toBe(1);
    // One line for the field, whichever helpers met it, naming every place.
    const lines = result.err.filter((line) => line.includes("约十亿"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      / 第 5–9、11 行数据：\{\{wan 固定资产投资.*需要数字，数据是 “约十亿”.*（模板中共 \d+ 处用到它：第 \d+(、\d+)+ 行）$/,
    );
    const failed = result.out.map((line) => JSON.parse(line)).filter((line) => line.ok === false);
    expect(failed.map((line) => line.row)).toEqual([5, 6, 7, 8, 9, 11]);
    expect(failed[0].problems.length).toBeGreaterThan(1);
    expect(result.err.at(-1)).toMatch(/^完成 6 份，失败 6 份，.*写入 /);
    const en = await run("--lang", "en", "batch", TEMPLATE, "--data", data, "-o", join(dir, "en"), "--to", "md");
    expect(en.err[0]).toMatch(/ data rows 5–9, 11: \{\{wan 固定资产投资 digits=1\}\}: wan needs a number/);
  });
  it("says nothing was written when every row failed, naming no folder", async () => {
    const dir = tempDir();
    const data = countiesCsv(dir, (cells) => {
      cells[14] = "";
    });
    const out = join(dir, "out");
    const zh = await run("batch", TEMPLATE, "--data", data, "-o", out);
    expect(zh.code).toBe(1);
    expect(zh.err[0]).toMatch(/template\.yaml:34:10 第 2–13 行数据：\{\{成文日期\}\}：“成文日期”的值是空的/);
    expect(zh.err.at(-1)).toMatch(/^完成 0 份，失败 12 份，用时 [\d.]+ 秒，没有写入任何文件$/);
    expect(existsSync(out)).toBe(false);
    const en = await run("--lang", "en", "batch", TEMPLATE, "--data", data, "-o", out);
    expect(en.err.at(-1)).toMatch(/^0 done, 12 failed, [\d.]+ s; nothing was written$/);
  });
});

describe("gongwen batch: staging folders left by killed batches", () => {
  it("removes the staging folder of a batch killed with SIGKILL at the next batch into that folder", async () => {
    const dir = tempDir();
    const text = readFileSync(example("counties.csv"), "utf8");
    const header = text.slice(0, text.indexOf("\n") + 1);
    const data = join(dir, "many.csv");
    writeFileSync(data, header + text.slice(header.length).repeat(20));
    const out = join(dir, "out");
    const child = spawn(process.execPath, [BIN, "batch", TEMPLATE, "--data", data, "-o", out, "--jobs", "1"]);
    child.stdout.once("data", () => child.kill("SIGKILL"));
    await new Promise((resolve) => child.on("close", resolve));
    const left = readdirSync(out).filter((f) => f.startsWith(".gongwen-batch-"));
    expect(left).toEqual([expect.stringMatching(new RegExp(`^\\${stagingPrefix(child.pid)}`))]);
    const again = await run("batch", TEMPLATE, "--data", example("counties.csv"), "-o", out, "--to", "md");
    expect(again.code).toBe(0);
    expect(readdirSync(out).filter((f) => f.startsWith(".gongwen-batch-"))).toEqual([]);
  });
  it("never removes one of a batch still running, nor one it cannot ask about until it has long stood unchanged", async () => {
    const out = tempDir();
    const sleeper = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
    try {
      const dead = spawnSync(process.execPath, ["-e", ""]).pid as number;
      const names = {
        running: `${stagingPrefix(sleeper.pid)}aB3dE6`,
        dead: `${stagingPrefix(dead)}aB3dE6`,
        olderFresh: ".gongwen-batch-Xy12Zq",
        olderStale: ".gongwen-batch-Qq34Rr",
        elsewhereFresh: ".gongwen-batch-1234-other.host-Ab12Cd",
        elsewhereStale: ".gongwen-batch-1234-other.host-Ef34Gh",
      };
      for (const name of Object.values(names)) {
        mkdirSync(join(out, name));
        writeFileSync(join(out, name, "0.docx"), "PK");
      }
      const old = new Date(Date.now() - (STALE_STAGING_HOURS + 1) * 3_600_000);
      for (const name of [names.olderStale, names.elsewhereStale]) {
        utimesSync(join(out, name, "0.docx"), old, old);
        utimesSync(join(out, name), old, old);
      }
      const removed = await removeAbandonedStaging(out);
      expect(removed.sort()).toEqual([names.dead, names.elsewhereStale, names.olderStale].sort());
      expect(readdirSync(out).sort()).toEqual([names.elsewhereFresh, names.olderFresh, names.running].sort());
    } finally {
      sleeper.kill();
    }
  });
});
