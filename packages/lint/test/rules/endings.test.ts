import { describe, expect, it } from "vitest";
import { findings, fixWith } from "../helpers.js";

describe("lead-ending", () => {
  it.each([
    ["深化城市医院对口帮扶", "深化城市医院对口帮扶。"],
    ["实施“健康细胞”工程", "实施“健康细胞”工程。"],
    ["推动中医药特色发展；", "推动中医药特色发展。"],
    ["推动中医药特色发展，", "推动中医药特色发展。"],
    ["完成率达100%", "完成率达100%。"],
  ])("fixes %j", (input, output) => {
    expect(fixWith("lead-ending", input, "lead")).toBe(output);
  });

  it("reports a lead ending in a colon without a fix", () => {
    const [found] = findings("lead-ending", "重点抓好以下工作：", "lead");
    expect(found?.fix).toBeUndefined();
  });

  it.each(["深化改革。", "这难道不是问题吗？", "称为“健康细胞工程。”", "成效显著！"])("leaves %j alone", (text) => {
    expect(findings("lead-ending", text, "lead")).toEqual([]);
  });

  it("does not read paragraphs", () => {
    expect(findings("lead-ending", "深化改革", "paragraph")).toEqual([]);
  });
});

describe("title-ending", () => {
  it.each([
    ["健康青溪建设扎实推进。", "健康青溪建设扎实推进"],
    ["医疗服务能力持续增强，", "医疗服务能力持续增强"],
    ["医疗服务能力持续增强；", "医疗服务能力持续增强"],
    ["医疗服务能力持续增强:", "医疗服务能力持续增强"],
  ])("fixes the heading %j", (input, output) => {
    expect(fixWith("title-ending", input, "heading", { level: 2 })).toBe(output);
  });

  it("fixes the report's title", () => {
    expect(fixWith("title-ending", "青溪县2023年工作总结。", "title")).toBe("青溪县2023年工作总结");
  });

  it("allows a full stop after a run-in heading of level 3 or 4, not a comma", () => {
    expect(findings("title-ending", "完善体系建设。", "heading", { level: 3 })).toEqual([]);
    expect(findings("title-ending", "完善体系建设，", "heading", { level: 4 })).toHaveLength(1);
    expect(findings("title-ending", "完善体系建设。", "heading", { level: 1 })).toHaveLength(1);
  });

  it.each(["健康青溪建设扎实推进", "这难道不是问题吗？", "。"])("leaves %j alone", (text) => {
    expect(findings("title-ending", text, "heading", { level: 2 })).toEqual([]);
  });
});
