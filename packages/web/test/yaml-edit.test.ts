import { readFileSync } from "node:fs";
import { loadReportYaml } from "@gongwen/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { changeYaml, yamlData } from "../src/yaml-edit.js";

const example = readFileSync(new URL("../../../examples/qingxi-health-2023.yaml", import.meta.url), "utf8");
const comments = (text: string) => text.split("\n").filter((l) => /^\s*#/.test(l));
const CONTENT = ["body", "summary", "sections", 1, "content"];

describe("changeYaml (the outline form's edits)", () => {
  it("sets a text and keeps every comment, the key order and the other values as written", () => {
    const next = changeYaml(example, { op: "set", path: [...CONTENT, 0, "lead"], value: "深化城乡医院对口帮扶。" })!;
    expect(comments(next)).toEqual(comments(example));
    expect(next).toContain("- lead: 深化城乡医院对口帮扶。");
    expect(next.split("\n").length).toBe(example.split("\n").length);
    const report = loadReportYaml(next);
    expect(report.meta.disclosure?.indexNo).toBe("11331123MB0C41726K/2024-00012");
  });

  it("inserts, moves and removes list items, and a cleared optional field disappears", () => {
    const before = yamlData(example) as { body: { summary: { sections: { content: unknown[] }[] } } };
    const items = before.body.summary.sections[1]!.content;
    const added = changeYaml(example, {
      op: "insert",
      path: CONTENT,
      index: 1,
      value: { lead: "新增。", text: "内容。" },
    })!;
    const moved = changeYaml(added, { op: "move", path: CONTENT, from: 0, to: 2 })!;
    const after = yamlData(moved) as typeof before;
    expect(after.body.summary.sections[1]!.content).toEqual([
      { lead: "新增。", text: "内容。" },
      items[1],
      items[0],
      ...items.slice(2),
    ]);
    const removed = changeYaml(moved, { op: "remove", path: [...CONTENT, 0] })!;
    expect((yamlData(removed) as typeof before).body.summary.sections[1]!.content).toEqual([
      items[1],
      items[0],
      ...items.slice(2),
    ]);
    const signed = changeYaml(example, { op: "set", path: ["meta", "signature"], value: "青溪县卫健局" })!;
    expect(changeYaml(signed, { op: "set", path: ["meta", "signature"], value: "" })).not.toContain("signature");
  });

  it("writes a text with line breaks as a | block, and refuses a text that is not YAML", () => {
    const next = changeYaml(example, { op: "set", path: ["body", "opening"], value: "第一段。\n\n第二段。" })!;
    expect(next).toMatch(/opening: \|-?\n {4}第一段。\n\n {4}第二段。/);
    expect(loadReportYaml(next).body.opening).toEqual(["第一段。", "第二段。"]);
    expect(changeYaml("meta: [\n", { op: "set", path: ["meta", "org"], value: "甲" })).toBeUndefined();
  });

  it("keeps every comment through any sequence of moves and text changes (property)", () => {
    const indexes = fc.integer({ min: 0, max: 4 });
    const change = fc.oneof(
      fc.record({ op: fc.constant("move" as const), path: fc.constant(CONTENT), from: indexes, to: indexes }),
      fc.record({
        op: fc.constant("set" as const),
        path: indexes.map((i) => [...CONTENT, i, "text"]),
        value: fc.string({ minLength: 1, maxLength: 30 }),
      }),
    );
    fc.assert(
      fc.property(fc.array(change, { maxLength: 6 }), (changes) => {
        const next = changeYaml(example, ...changes);
        expect(next).toBeDefined();
        expect(comments(next!)).toEqual(comments(example));
        // Whatever was typed, the YAML reads back to the values set.
        const data = yamlData(next!) as { body: { summary: { sections: { content: { text?: string }[] }[] } } };
        const last = new Map<number, string>();
        for (const c of changes) {
          if (c.op === "set") last.set(c.path[5] as number, c.value);
          else if (c.from !== c.to) last.clear();
        }
        for (const [i, value] of last) expect(data.body.summary.sections[1]!.content[i]!.text).toBe(value);
      }),
      { numRuns: 60 },
    );
  });
});
