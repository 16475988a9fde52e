import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import { renderDocx } from "@gongwen/render-docx";
import { loadReportYaml } from "@gongwen/schema";
import { describe, expect, it } from "vitest";
import { REPORT_YAML, run, runWith, tempDir } from "./helpers.js";

/** The compressor the command zips DOCX with (test/render-docx-zlib.test.ts: same parts as the default). */
/** The compressor the command zips DOCX packages with. */
const deflateRaw = deflateRawSync;

const THREE_MISTAKES = REPORT_YAML.replace("year: 2023", "year: 二〇二三")
  .replace("  date: 2024-01-12", "  date: 2024-01-12\n  titel: 自拟标题")
  .replace("text: 新建高标准农田8600亩，投入资金1290万元。", "txt: 新建高标准农田8600亩。");

describe("gongwen validate", () => {
  it("passes a valid report", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "ok.yaml"), REPORT_YAML);
    const r = await run("validate", join(dir, "ok.yaml"));
    expect(r.code).toBe(0);
    expect(r.out.join("\n")).toContain("通过校验");
  });

  it("prints three file:line:col messages in Chinese for three mistakes, and exits 1", async () => {
    const dir = tempDir();
    const file = join(dir, "bad.yaml");
    writeFileSync(file, THREE_MISTAKES);
    const r = await run("validate", file);
    expect(r.code).toBe(1);
    const located = r.err.filter((line) => line.startsWith(`${file}:`));
    expect(located).toEqual([
      `${file}:3:9 meta.year（年度）：应为数字，实际是文本“二〇二三”。`,
      `${file}:5:3 meta.titel：未知字段“titel”，是不是要写“title”（标题）？`,
      `${file}:15:13 body.summary.sections[0].content[1].txt：未知字段“txt”，是不是要写“text”（正文）？`,
    ]);
  });

  it("speaks English with --lang en", async () => {
    const dir = tempDir();
    const file = join(dir, "bad.yaml");
    writeFileSync(file, THREE_MISTAKES);
    const r = await run("validate", "--lang", "en", file);
    expect(r.code).toBe(1);
    expect(r.err.join("\n")).toContain('unknown field "titel": did you mean "title"?');
  });

  it("refuses a language it does not speak (exit 2), and says so in Chinese", async () => {
    const r = await run("--lang", "fr", "--help");
    expect(r.code).toBe(2);
    expect(r.err.join("\n")).toContain("选项 --lang <lang> 的值“fr”无效：只能是 zh、en。");
  });

  it("refuses -o and --to that name different formats (exit 2), writing nothing", async () => {
    const dir = tempDir();
    const file = join(dir, "r.yaml");
    writeFileSync(file, REPORT_YAML);
    const r = await run("render", file, "-o", join(dir, "out.docx"), "--to", "md");
    expect(r.code).toBe(2);
    expect(r.err.join("\n")).toContain("out.docx 的扩展名表示 .docx 文件，而 --to md 要写另一种格式");
    expect(existsSync(join(dir, "out.docx"))).toBe(false);
    const agreed = await run("render", file, "-o", join(dir, "out.txt"), "--to", "md");
    expect(agreed.code).toBe(0);
  });

  it("refuses a file that is not UTF-8 (GBK from Notepad) at its first bad line, instead of reading garbage", async () => {
    const dir = tempDir();
    const file = join(dir, "gbk.yaml");
    // 青溪县 in GBK: C7E0 CFAA CFD8.
    writeFileSync(
      file,
      Buffer.concat([Buffer.from("meta:\n  org: "), Buffer.from([0xc7, 0xe0, 0xcf, 0xaa, 0xcf, 0xd8])]),
    );
    const r = await run("validate", file);
    expect(r.code).toBe(1);
    expect(r.err[0]).toMatch(/:2:8 文件不是 UTF-8 编码（多半是 GBK/);
    const en = await run("--lang", "en", "render", file, "-o", join(dir, "r.md"));
    expect(en.code).toBe(1);
    expect(en.err.join("\n")).toContain("gbk.yaml:2:8 the file is not UTF-8");
    expect(existsSync(join(dir, "r.md"))).toBe(false);
  });

  it("says a file is missing without a stack trace", async () => {
    const r = await run("validate", "/nonexistent/报告.yaml");
    expect(r.code).toBe(66);
    expect(r.err.join("\n")).toContain("/nonexistent/报告.yaml: 无法读取：文件或文件夹不存在");
    expect(r.err.join("\n")).not.toMatch(/\n\s+at /);
  });
});

describe("gongwen render", () => {
  it("renders Markdown with the official numbering", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "r.yaml"), REPORT_YAML);
    const r = await run("render", join(dir, "r.yaml"), "-o", join(dir, "r.md"));
    expect(r.code).toBe(0);
    const md = readFileSync(join(dir, "r.md"), "utf8");
    expect(md).toContain("# 青溪县农业农村局2023年工作总结和2024年工作思路");
    expect(md).toContain("## 一、2023年工作总结");
    expect(md).toContain("### （二）农民收入持续增长");
    expect(md).toContain("**一是稳定粮食播种面积。**全县");
    expect(md).toContain("## 二、2024年工作思路");
  });

  it("writes to standard output with -o -", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "r.yaml"), REPORT_YAML);
    const r = await run("render", join(dir, "r.yaml"), "-o", "-");
    expect(r.code).toBe(0);
    expect(r.written).toContain("## 一、2023年工作总结");
  });

  it("writes nothing and keeps an existing output when the report has problems", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "bad.yaml"), THREE_MISTAKES);
    writeFileSync(join(dir, "old.md"), "旧内容");
    const r = await run("render", join(dir, "bad.yaml"), "-o", join(dir, "old.md"));
    expect(r.code).toBe(1);
    expect(readFileSync(join(dir, "old.md"), "utf8")).toBe("旧内容");
    expect(r.err.filter((l) => l.includes("bad.yaml:"))).toHaveLength(3);
    expect(r.err.join("\n")).toContain("没有写出任何文件");
    const fresh = await run("render", join(dir, "bad.yaml"), "-o", join(dir, "new.md"));
    expect(fresh.code).toBe(1);
    expect(existsSync(join(dir, "new.md"))).toBe(false);
  });

  it("reads Markdown back and renders JSON of the model", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "r.yaml"), REPORT_YAML);
    await run("render", join(dir, "r.yaml"), "-o", join(dir, "r.md"));
    await run("render", join(dir, "r.yaml"), "-o", join(dir, "a.json"));
    const r = await run("render", join(dir, "r.md"), "-o", join(dir, "b.json"));
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "b.json"), "utf8"))).toEqual(
      JSON.parse(readFileSync(join(dir, "a.json"), "utf8")),
    );
  });

  it("refuses an output format it cannot write, with exit 2", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "r.yaml"), REPORT_YAML);
    const r = await run("render", join(dir, "r.yaml"), "-o", join(dir, "r.pdf"));
    expect(r.code).toBe(2);
    expect(r.err.join("\n")).toContain("不支持输出这种格式");
  });

  it("writes a DOCX when the output's extension says so", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "r.yaml"), REPORT_YAML);
    const r = await run("render", join(dir, "r.yaml"), "-o", join(dir, "报告.docx"));
    expect(r.code).toBe(0);
    const bytes = readFileSync(join(dir, "报告.docx"));
    expect(new Uint8Array(bytes)).toEqual(await renderDocx(loadReportYaml(REPORT_YAML), { deflateRaw }));
  });

  it("puts the disclosure attributes in a table before the DOCX text with --disclosure-table", async () => {
    const dir = tempDir();
    const yaml = REPORT_YAML.replace(
      "  date: 2024-01-12",
      "  date: 2024-01-12\n  disclosure:\n    indexNo: 001/2024-00001",
    );
    writeFileSync(join(dir, "r.yaml"), yaml);
    const r = await run("render", join(dir, "r.yaml"), "-o", join(dir, "r.docx"), "--disclosure-table");
    expect(r.code).toBe(0);
    const report = loadReportYaml(yaml);
    const expected = await renderDocx(report, { disclosureTable: true, deflateRaw });
    expect(expected).not.toEqual(await renderDocx(report, { deflateRaw }));
    expect(new Uint8Array(readFileSync(join(dir, "r.docx")))).toEqual(expected);
  });

  it("says a path through a file cannot be written, without an internal error, leaving nothing behind", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "r.yaml"), REPORT_YAML);
    writeFileSync(join(dir, "a-file"), "");
    const r = await run("render", join(dir, "r.yaml"), "-o", join(dir, "a-file", "r.md"));
    expect(r.code).toBe(1);
    expect(r.err.join("\n")).toContain("无法写入：路径中有一段是文件而不是文件夹");
    expect(readdirSync(dir).sort()).toEqual(["a-file", "r.yaml"]);
    mkdirSync(join(dir, "folder.md"));
    const folder = await run("render", join(dir, "r.yaml"), "-o", join(dir, "folder.md"));
    expect(folder.code).toBe(1);
    expect(folder.err.join("\n")).toContain("无法写入：这是一个文件夹");
    expect(readdirSync(join(dir, "folder.md"))).toEqual([]);
  });

  it("locates the problems of a JSON report at their line and column", async () => {
    const dir = tempDir();
    const file = join(dir, "r.json");
    writeFileSync(
      file,
      '{\n  "meta": {\n    "org": "青溪县农业农村局",\n    "year": "2023",\n    "titel": "x"\n  }\n}\n',
    );
    const r = await run("validate", file);
    expect(r.code).toBe(1);
    expect(r.err.filter((line) => line.startsWith(`${file}:`))).toEqual([
      `${file}:1:1 body（正文）：缺少此项，必须填写。`,
      `${file}:2:3 meta.date（成文日期）：缺少此项，必须填写。`,
      `${file}:4:13 meta.year（年度）：应为数字，实际是文本“2023”。`,
      `${file}:5:5 meta.titel：未知字段“titel”，是不是要写“title”（标题）？`,
    ]);
    writeFileSync(file, '{\n  "meta": {"org": "局",}\n}\n');
    const syntax = await run("validate", file);
    expect(syntax.err[0]?.startsWith(`${file}:2:23 JSON 语法错误：`), syntax.err[0]).toBe(true);
  });

  it("refuses DOCX-only options for other formats, and binary DOCX on a terminal", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "r.yaml"), REPORT_YAML);
    const md = await run("render", join(dir, "r.yaml"), "-o", join(dir, "r.md"), "--disclosure-table");
    expect(md.code).toBe(2);
    expect(md.err.join("\n")).toContain("--disclosure-table 只用于 DOCX 和 HTML 输出");
    expect(existsSync(join(dir, "r.md"))).toBe(false);
    const terminal = await runWith({ terminal: true }, "render", join(dir, "r.yaml"), "-o", "-", "--to", "docx");
    expect(terminal.code).toBe(2);
    expect(terminal.written).toBe("");
    const piped = await runWith({ terminal: false }, "render", join(dir, "r.yaml"), "-o", "-", "--to", "docx");
    expect(piped.code).toBe(0);
    expect(piped.written.startsWith("PK")).toBe(true);
  });

  it("asks for -o when it is missing", async () => {
    const r = await run("render", "x.yaml");
    expect(r.code).toBe(2);
    expect(r.err.join("\n")).toContain("-o");
  });
});

describe("gongwen render --profile", () => {
  it("lays the DOCX out with a profile file", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "r.yaml"), REPORT_YAML);
    writeFileSync(join(dir, "省里.yaml"), "base: fangzhengGbk\nsizes:\n  table: 小四\n");
    const r = await run("render", join(dir, "r.yaml"), "-o", join(dir, "r.docx"), "--profile", join(dir, "省里.yaml"));
    expect(r.code).toBe(0);
    const expected = await renderDocx(loadReportYaml(REPORT_YAML), {
      profile: { base: "fangzhengGbk", sizes: { table: 12 } },
      deflateRaw,
    });
    expect(new Uint8Array(readFileSync(join(dir, "r.docx")))).toEqual(expected);
    expect(expected).not.toEqual(await renderDocx(loadReportYaml(REPORT_YAML), { deflateRaw }));
    writeFileSync(join(dir, "省里.json"), '{ "base": "fangzhengGbk", "sizes": { "table": 12 } }');
    const json = await run(
      "render",
      join(dir, "r.yaml"),
      "-o",
      join(dir, "j.docx"),
      "--profile",
      join(dir, "省里.json"),
    );
    expect(json.code).toBe(0);
    expect(new Uint8Array(readFileSync(join(dir, "j.docx")))).toEqual(expected);
  });

  it("locates every mistake of a profile, writes nothing, and keeps an existing output", async () => {
    const dir = tempDir();
    const profile = join(dir, "p.yaml");
    writeFileSync(join(dir, "r.yaml"), REPORT_YAML);
    writeFileSync(join(dir, "old.docx"), "旧内容");
    writeFileSync(profile, 'fonts:\n  bdy: 仿宋\nsizes:\n  body: 三号半\npage:\n  top: "37"\n');
    const r = await run("render", join(dir, "r.yaml"), "-o", join(dir, "old.docx"), "--profile", profile);
    expect(r.code).toBe(1);
    expect(r.err).toEqual([
      `${profile}:2:3 “fonts.bdy”不是已知的设置项，是不是“body”？`,
      `${profile}:4:3 “sizes.body”“三号半”不是字号，是不是“三号”？`,
      `${profile}:6:3 “page.top”应为数字，实际是"37"`,
      "版式配置有问题，没有写出任何文件。",
    ]);
    expect(readFileSync(join(dir, "old.docx"), "utf8")).toBe("旧内容");
  });

  it("explains a profile's YAML syntax mistakes in Chinese, and a profile that is no group of settings", async () => {
    const dir = tempDir();
    const profile = join(dir, "p.yaml");
    writeFileSync(join(dir, "r.yaml"), REPORT_YAML);
    writeFileSync(profile, "sizes：\n  body: 16\n");
    const colon = await run("render", join(dir, "r.yaml"), "-o", join(dir, "r.docx"), "--profile", profile);
    expect(colon.code).toBe(1);
    expect(colon.err[0]).toBe(
      `${profile}:1:1 这一行的冒号是全角“：”：字段名后要用半角冒号“:”再加一个空格，如“year: 2023”。`,
    );
    writeFileSync(profile, "fonts:\n\tbody: 仿宋\n");
    const tab = await run("render", join(dir, "r.yaml"), "-o", join(dir, "r.docx"), "--profile", profile);
    expect(tab.err[0]).toBe(
      `${profile}:2:1 这一行用 Tab 键缩进，YAML 只能用空格缩进：请把行首的 Tab 换成空格（同一层对齐，下一层多两格）。`,
    );
    writeFileSync(profile, "");
    const empty = await run("render", join(dir, "r.yaml"), "-o", join(dir, "r.docx"), "--profile", profile);
    expect(empty.err[0]).toBe(`${profile}:1:1 版式配置应为一组设置，实际是空值（没有内容）`);
    expect(existsSync(join(dir, "r.docx"))).toBe(false);
  });
});

describe("gongwen init", () => {
  it("writes a starter that validates, pointing its $schema line at the schema file", async () => {
    const dir = tempDir();
    const file = join(dir, "新报告.yaml");
    const r = await run("init", file);
    expect(r.code).toBe(0);
    const text = readFileSync(file, "utf8");
    const schemaPath = /^# yaml-language-server: \$schema=(.+)$/m.exec(text)?.[1];
    expect(schemaPath).toBeDefined();
    expect(existsSync(join(dir, schemaPath as string))).toBe(true);
    expect((await run("validate", file)).code).toBe(0);
  });

  it("writes each kind's template", async () => {
    const dir = tempDir();
    for (const kind of ["summary", "plan"]) {
      const file = join(dir, `${kind}.yaml`);
      expect((await run("init", file, "--kind", kind)).code).toBe(0);
      expect(readFileSync(file, "utf8")).toMatch(new RegExp(`kind: ${kind}\\b`));
    }
  });

  it("never overwrites a file without --force", async () => {
    const dir = tempDir();
    const file = join(dir, "r.yaml");
    writeFileSync(file, "我的内容");
    const r = await run("init", file);
    expect(r.code).toBe(1);
    expect(readFileSync(file, "utf8")).toBe("我的内容");
    expect((await run("init", file, "--force")).code).toBe(0);
    expect(readFileSync(file, "utf8")).not.toBe("我的内容");
  });

  it("rejects an unknown kind with exit 2", async () => {
    const r = await run("init", join(tempDir(), "x.yaml"), "--kind", "总结");
    expect(r.code).toBe(2);
    expect(r.err.join("\n")).toContain("--kind");
  });
});

describe("gongwen schema and help", () => {
  it("prints the JSON Schema", async () => {
    const r = await run("schema");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.written).properties.meta.properties.org.title).toBe("机关名称");
  });

  it("explains every command in Chinese with English", async () => {
    for (const command of ["init", "validate", "render", "schema", "preview"]) {
      const r = await run(command, "--help");
      expect(r.code, command).toBe(0);
      expect(r.written, command).toMatch(/用法 Usage:/);
      expect(r.written, command).toMatch(/[\u4e00-\u9fff]/);
    }
    const top = await run("--help");
    expect(top.written).toContain("命令 Commands:");
  });

  it("prints its version", async () => {
    const r = await run("--version");
    expect(r.code).toBe(0);
    expect(r.written.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("exits 2 on an unknown command, suggesting the right one", async () => {
    const r = await run("valdate", "x.yaml");
    expect(r.code).toBe(2);
    expect(r.err).toEqual(["没有“valdate”这个命令。\n是不是要写 validate？\n运行 gongwen --help 查看用法。"]);
  });

  it("says in Chinese how a command line was misused, English on request", async () => {
    const option = await run("render", "x.yaml", "--too", "docx");
    expect(option.code).toBe(2);
    expect(option.err.join("\n")).toBe(
      "没有“--too”这个选项。\n是不是要写 --to？\n运行 gongwen render --help 查看用法。",
    );
    expect((await run("render")).err.join("\n")).toContain("缺少参数 <input>。");
    expect((await run("init", "--kind")).err.join("\n")).toContain("选项 -k, --kind <kind> 后面要写一个值。");
    expect((await run("schema", "extra")).err.join("\n")).toContain("参数太多：最多 0 个，实际给了 1 个。");
    const english = await run("--lang", "en", "render");
    expect(english.err.join("\n")).toBe(
      "error: missing required argument 'input'\nRun gongwen render --help to see the usage.",
    );
  });

  it("shows the defaults of options and arguments in Chinese with English", async () => {
    const r = await run("init", "--help");
    expect(r.written).toContain('新报告的文件名 / the file to write（默认 default: "report.yaml"）');
    expect(r.written).not.toMatch(/ \(default:/);
  });
});

describe("the installed command", () => {
  // The bundle, as installed (pnpm build writes it after tsc).
  const bin = new URL("../bundle/gongwen.cjs", import.meta.url).pathname;

  it("runs as a process: exit codes and messages, never a stack trace", () => {
    expect(existsSync(bin), "run pnpm build first").toBe(true);
    const dir = tempDir();
    writeFileSync(join(dir, "bad.yaml"), THREE_MISTAKES);
    const bad = spawnSync(process.execPath, [bin, "validate", join(dir, "bad.yaml")], { encoding: "utf8" });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("未知字段“titel”");
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    writeFileSync(join(dir, "ok.yaml"), REPORT_YAML);
    const md = execFileSync(process.execPath, [bin, "render", join(dir, "ok.yaml"), "-o", "-"], { encoding: "utf8" });
    expect(md).toContain("## 一、2023年工作总结");
  });
});
