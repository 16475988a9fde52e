import { describe, expect, it } from "vitest";
import {
  findConfigFile,
  lintReport,
  lintText,
  readConfigFile,
  readDirectives,
  readRuleSettings,
} from "../src/index.js";
import { sampleReport } from "./helpers.js";

describe("rule settings", () => {
  it("reads off, warn and error, in English or Chinese", () => {
    expect(
      readRuleSettings({ "range-dash": "off", placeholder: "warn", "stray-space": "错误", "plan-year": "关闭" }),
    ).toEqual({
      rules: { "range-dash": "off", placeholder: "warning", "stray-space": "error", "plan-year": "off" },
      problems: [],
    });
  });

  it("names unknown rules with a suggestion, and bad settings", () => {
    const { rules, problems } = readRuleSettings({ "range-dahs": "off", placeholder: "loud" });
    expect(rules).toEqual({});
    expect(problems.map((p) => p.message.zh)).toEqual([
      "没有名为“range-dahs”的检查规则，是否想写“range-dash”？",
      "规则“placeholder”的设置“loud”无效：只能是 off、warn 或 error。",
    ]);
  });

  it("switch rules off and change their severity in lintReport", () => {
    const report = sampleReport((r) => {
      r.body.opening = "XX县全年投入××万元,增长5%-9%。";
    });
    const all = lintReport(report);
    expect(all.some((d) => d.rule === "placeholder" && d.severity === "error")).toBe(true);
    const tuned = lintReport(report, { rules: { placeholder: "warning", "punctuation-width": "off" } });
    expect(tuned.some((d) => d.rule === "punctuation-width")).toBe(false);
    expect(tuned.filter((d) => d.rule === "placeholder").every((d) => d.severity === "warning")).toBe(true);
    expect(tuned.filter((d) => d.rule === "range-dash").every((d) => d.severity === "warning")).toBe(true);
  });
});

describe("configuration files", () => {
  it("reads lint.rules from JSON and YAML, ignoring other commands' keys", () => {
    expect(readConfigFile('{"lint":{"rules":{"range-dash":"off"}},"render":{}}', "gongwen.config.json")).toEqual({
      rules: { "range-dash": "off" },
      problems: [],
    });
    expect(readConfigFile("lint:\n  rules:\n    stray-space: error\n", "gongwen.config.yaml").rules).toEqual({
      "stray-space": "error",
    });
    expect(readConfigFile("", "gongwen.config.yaml")).toEqual({ rules: {}, problems: [] });
  });

  it("reports a broken file, a lint that is not a mapping, and unknown keys under lint", () => {
    expect(readConfigFile("{", "gongwen.config.json").problems[0]?.message.zh).toMatch(/^配置文件无法读取/);
    expect(readConfigFile("lint: 1", "gongwen.config.yaml").problems).toHaveLength(1);
    expect(readConfigFile("lint:\n  rule: {}\n", "gongwen.config.yaml").problems[0]?.message.zh).toContain("rule");
  });

  it("is found in the report's folder or the nearest folder above it", () => {
    const files: Record<string, string> = {
      "/work/reports/gongwen.config.yaml": "lint: {}",
      "/work/gongwen.config.json": "{}",
      "C:\\docs\\gongwen.config.json": "{}",
    };
    const read = (path: string) => files[path];
    expect(findConfigFile("/work/reports/2023", read)?.path).toBe("/work/reports/gongwen.config.yaml");
    expect(findConfigFile("/work/other", read)?.path).toBe("/work/gongwen.config.json");
    expect(findConfigFile("/tmp/x", read)).toBeUndefined();
    expect(findConfigFile("C:\\docs\\a\\b", (p) => files[p.replace(/\//g, "\\")])?.text).toBe("{}");
  });
});

describe("directives in the report", () => {
  it("are read from comment lines of a YAML report", () => {
    const yaml = "# gongwen-lint: range-dash=off, stray-space: warn\nmeta:\n  org: x\n";
    expect(readDirectives(yaml, "yaml")).toEqual({
      rules: { "range-dash": "off", "stray-space": "warning" },
      problems: [],
    });
  });

  it("are not read from text: only from comments at the start of a line", () => {
    expect(readDirectives("meta:\n  note: '# gongwen-lint: range-dash=off'\n", "yaml").rules).toEqual({});
  });

  it("in Markdown, from the front matter's comments and HTML comments", () => {
    const md =
      "---\n# gongwen-lint: placeholder=off\norg: x\n---\n\n# gongwen-lint: range-dash=off\n\n<!-- gongwen-lint: stray-space=error -->\n";
    expect(readDirectives(md, "markdown").rules).toEqual({ placeholder: "off", "stray-space": "error" });
  });

  it("report their own mistakes as lint-directive diagnostics on their line", () => {
    const yaml = `meta:\n  org: 青溪县卫生健康局\n  year: 2023\n  date: 2024-01-09\n# gongwen-lint: placeholdr=off\nbody:\n  summary:\n    content: [全年完成任务。]\n  plan:\n    content: [推进改革。]\n`;
    const { diagnostics } = lintText(yaml, { format: "yaml" });
    expect(diagnostics).toEqual([expect.objectContaining({ rule: "lint-directive", severity: "error", line: 5 })]);
    expect(diagnostics[0]?.message).toContain("placeholder");
    expect(readDirectives("# gongwen-lint: nonsense\n", "yaml").problems).toHaveLength(1);
  });

  it("win over the configuration file", () => {
    const yaml = `# gongwen-lint: placeholder=warn\nmeta:\n  org: XX县卫生健康局\n  year: 2023\n  date: 2024-01-09\nbody:\n  summary:\n    content: [全年完成任务。]\n  plan:\n    content: [推进改革。]\n`;
    const { diagnostics } = lintText(yaml, { format: "yaml", rules: { placeholder: "error" } });
    expect(diagnostics.map((d) => [d.rule, d.severity])).toEqual([["placeholder", "warning"]]);
  });
});
