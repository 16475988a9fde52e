import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { textFields } from "../../src/fields.js";
import { lintText } from "../../src/index.js";
import { findings } from "../helpers.js";

describe("placeholder", () => {
  it.each([
    ["XX县卫生健康局", "XX"],
    ["xxx镇人民政府", "xxx"],
    ["全年投入××万元", "××"],
    ["完成率○○%", "○○"],
    ["完成率□□%", "□□"],
    ["联系人：某某", "某某"],
    ["电话【待补充】", "【待补充】"],
    ["电话[待定]", "[待定]"],
    ["数据待补充", "待补充"],
    ["TODO 补数据", "TODO"],
    ["建成{{数量}}家", "{{数量}}"],
    [`建成${"$"}{count}家`, `${"$"}{count}`],
    ["投入***万元", "***"],
  ])("reports %j", (text, excerpt) => {
    const found = findings("placeholder", text);
    expect(found).toHaveLength(1);
    expect(text.slice(found[0]?.start, found[0]?.end)).toBe(excerpt);
    expect(found[0]?.fix).toBeUndefined();
  });

  it("reads names, document numbers and index numbers too", () => {
    expect(findings("placeholder", "XX县卫生健康局", "name")).toHaveLength(1);
    expect(findings("placeholder", "青卫〔2024〕××号", "docNumber")).toHaveLength(1);
    expect(findings("placeholder", "XXXX/2024-00001", "code")).toHaveLength(1);
  });

  it.each(["二○○八年建成", "二〇二三年", "XXL号病号服", "某企业完成改造", "3×4米", "待定事项"])(
    "leaves %j alone",
    (text) => {
      expect(findings("placeholder", text)).toEqual([]);
    },
  );
});

describe("placeholder on an untouched `gongwen init` file", () => {
  it.each(["summary-and-plan", "summary", "plan"])("reports every placeholder text of the %s template", (kind) => {
    const yaml = readFileSync(new URL(`../../../../templates/${kind}.yaml`, import.meta.url), "utf8");
    const { diagnostics, report } = lintText(yaml, { format: "yaml" });
    const reported = new Set(diagnostics.filter((d) => d.rule === "placeholder").map((d) => JSON.stringify(d.path)));
    // Every text the template writes for the clerk to replace, found independently of the rule.
    // (The title and signature the model derives from org are not in the file: org is reported.)
    const derived = ['["meta","title"]', '["meta","signature"]'];
    const placeholders = textFields(report).filter(
      (f) => /××|×|在此填写|分行写/.test(f.text) && !derived.includes(JSON.stringify(f.path)),
    );
    expect(placeholders.length).toBeGreaterThan(5);
    for (const field of placeholders) expect(reported, field.text).toContain(JSON.stringify(field.path));
    expect(diagnostics.every((d) => d.severity !== "error" || d.rule === "placeholder")).toBe(true);
  });
});
