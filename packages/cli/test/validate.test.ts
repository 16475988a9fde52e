import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXIT_NO_INPUT } from "../src/errors.js";
import { sniffInputFormat } from "../src/formats.js";
import { REPORT_YAML, run, tempDir } from "./helpers.js";

/** The seven mistakes a new user makes at once (the 发文字号 one is lint's). */
const SEVEN_MISTAKES = readFileSync(new URL("../../../test/fixtures/seven-mistakes.yaml", import.meta.url), "utf8");

function write(name: string, data: string | Uint8Array): string {
  const file = join(tempDir(), name);
  writeFileSync(file, data);
  return file;
}

describe("gongwen validate", () => {
  it("reports every one of the seven typical mistakes in one run", async () => {
    const file = write("seven.yaml", SEVEN_MISTAKES);
    const r = await run("validate", file);
    expect(r.code).toBe(1);
    const lines = r.err.filter((l) => l.startsWith(file));
    expect(lines.map((l) => l.slice(file.length).split(" ")[0])).toEqual([":3:1", ":3:9", ":4:3", ":11:13", ":12:13"]);
  });

  it("prints the problems as JSON with --format json, syntax problems included, in both languages", async () => {
    const file = write("seven.yaml", SEVEN_MISTAKES);
    const r = await run("validate", "--format", "json", file);
    expect(r.code).toBe(1);
    const items = JSON.parse(r.out.join("\n")) as Record<string, unknown>[];
    expect(items).toHaveLength(5);
    expect(items[0]).toMatchObject({
      file,
      line: 3,
      column: 1,
      rule: "yaml_tab_as_indent",
      severity: "error",
      path: [],
    });
    expect(items[1]).toMatchObject({ line: 3, column: 9, rule: "invalid_type", path: ["meta", "year"] });
    const messages = items[1]?.messages as { zh: string; en: string };
    expect(messages.zh).toContain("应为数字");
    expect(messages.en).toContain("must be a number");
    expect(items[1]?.message).toBe(messages.zh);
  });

  it("exits 0 with warnings printed for a report that can be read", async () => {
    const file = write(
      "r.yaml",
      REPORT_YAML.replace("  date: 2024-01-12", "  date: 2024-01-12\n  signature: 青溪县农业农村局 # 落款"),
    );
    const r = await run("validate", file);
    expect(r.code).toBe(0);
    expect(r.err.join("\n")).toContain(`${file}:5:23 （提醒）“ #”后面的“落款”是 YAML 注释`);
    const json = await run("validate", "--format", "json", file);
    expect(JSON.parse(json.out.join("\n"))).toMatchObject([{ rule: "yaml_comment_in_text", severity: "warning" }]);
  });

  it("exits 66 for an input that cannot be read, apart from 1 for a report with problems", async () => {
    const missing = await run("validate", "/nonexistent/报告.yaml");
    expect(missing.code).toBe(EXIT_NO_INPUT);
    expect(missing.err.join("\n")).toContain("无法读取：文件或文件夹不存在");
    const json = await run("validate", "--format", "json", "/nonexistent/报告.yaml");
    expect(json.code).toBe(EXIT_NO_INPUT);
    expect(JSON.parse(json.out.join("\n"))).toMatchObject([{ rule: "unreadable_input", severity: "error" }]);
    const invalid = await run("validate", write("bad.yaml", "meta: {}\n"));
    expect(invalid.code).toBe(1);
  });

  it("refuses an unknown --format with exit 2", async () => {
    const r = await run("validate", "--format", "xml", write("r.yaml", REPORT_YAML));
    expect(r.code).toBe(2);
  });

  it("names a UTF-16 file as UTF-16, not GBK", async () => {
    const bom = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(REPORT_YAML, "utf16le")]);
    const r = await run("validate", write("u16.yaml", bom));
    expect(r.code).toBe(1);
    expect(r.err.join("\n")).toContain("UTF-16LE");
    expect(r.err.join("\n")).not.toContain("GBK");
    const bare = await run(
      "--lang",
      "en",
      "validate",
      write("u16be.yaml", Buffer.from(REPORT_YAML, "utf16le").swap16()),
    );
    expect(bare.err.join("\n")).toContain("the file is UTF-16BE");
  });

  it("reads a file with old Mac line endings (CR only)", async () => {
    const r = await run("validate", write("mac.yaml", REPORT_YAML.replace(/\n/g, "\r")));
    expect(r.code).toBe(0);
  });
});

describe("standard input", () => {
  it("is read as JSON when it opens with a brace, as YAML otherwise, unless --from names the format", () => {
    expect(sniffInputFormat("-", undefined, "yaml", '  {"meta": {}}')).toBe("json");
    expect(sniffInputFormat("-", undefined, "yaml", "meta:\n")).toBe("yaml");
    expect(sniffInputFormat("-", "yaml", "yaml", "{}")).toBe("yaml");
    expect(sniffInputFormat("r.yaml", undefined, "yaml", "{}")).toBe("yaml");
  });
});
