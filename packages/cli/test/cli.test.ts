import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPORT_YAML, run, tempDir } from "./helpers.js";

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

  it("says a file is missing without a stack trace", async () => {
    const r = await run("validate", "/nonexistent/报告.yaml");
    expect(r.code).toBe(1);
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

  it("asks for -o when it is missing", async () => {
    const r = await run("render", "x.yaml");
    expect(r.code).toBe(2);
    expect(r.err.join("\n")).toContain("-o");
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

  it("exits 2 on an unknown command, suggesting the right one", async () => {
    const r = await run("valdate", "x.yaml");
    expect(r.code).toBe(2);
    expect(r.err.join("\n")).toContain("validate");
  });
});

describe("the installed command", () => {
  const bin = new URL("../dist/bin.js", import.meta.url).pathname;

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
