import { describe, expect, it } from "vitest";
import { findings, fixWith } from "../helpers.js";

describe("title-numbering", () => {
  it.each([
    ["一、健康建设扎实推进", "健康建设扎实推进"],
    ["一.健康建设扎实推进", "健康建设扎实推进"],
    ["（二）医疗服务", "医疗服务"],
    ["(二)医疗服务", "医疗服务"],
    ["3.完善体系", "完善体系"],
    ["3、完善体系", "完善体系"],
    ["（4）完善体系", "完善体系"],
    ["十二、其他工作", "其他工作"],
    ["一、 健康建设", "健康建设"],
  ])("removes the number typed into the heading %j", (input, output) => {
    expect(fixWith("title-numbering", input, "heading")).toBe(output);
  });

  it.each([
    ["一是深化改革。", "深化改革。"],
    ["1.深化改革。", "深化改革。"],
    ["（1）深化改革。", "深化改革。"],
    ["第一，深化改革。", "深化改革。"],
  ])("removes the label typed into the lead %j", (input, output) => {
    expect(fixWith("title-numbering", input, "lead")).toBe(output);
  });

  it("checks an initiative's text only when it has no lead", () => {
    expect(findings("title-numbering", "一是深化改革。", "text", { afterLead: false })).toHaveLength(1);
    expect(findings("title-numbering", "一是深化改革。", "text", { afterLead: true })).toEqual([]);
  });

  it("reports a title that is nothing but a number, without removing it", () => {
    const [found] = findings("title-numbering", "一、", "heading");
    expect(found?.fix).toBeUndefined();
  });

  it.each([
    "三农工作取得新成效",
    "十四五规划开局良好",
    "1.5倍增长见成效",
    "一体化建设",
    "2023年工作总结",
    "一、二、三产业融合发展",
    "一、二季度经济运行平稳",
  ])("leaves the heading %j alone", (text) => {
    expect(findings("title-numbering", text, "heading")).toEqual([]);
  });

  it("does not read paragraphs", () => {
    expect(findings("title-numbering", "一是深化改革。", "paragraph")).toEqual([]);
  });
});

describe("numbering-mark", () => {
  it.each([
    ["主要做法：1、完善体系；2、强化支撑。", "主要做法：1.完善体系；2.强化支撑。"],
    ["1、完善体系建设。", "1.完善体系建设。"],
    ["一.坚持问题导向。", "一、坚持问题导向。"],
    ["1）完善应急预案。", "（1）完善应急预案。"],
    ["完成任务。2)加强演练。", "完成任务。（2）加强演练。"],
    ["（一）、强化组织领导。", "（一）强化组织领导。"],
    ["（1）.强化组织领导。", "（1）强化组织领导。"],
  ])("fixes %j", (input, output) => {
    expect(fixWith("numbering-mark", input)).toBe(output);
  });

  it.each([
    "1、2月份门诊量同比增长9.87%。",
    "第1、3、5号楼完成改造。",
    "（1）完善应急预案；（2）加强演练。",
    "1.完善体系建设。",
    "1．完善体系建设。",
    "投入1.5亿元。",
    "比例为3:1、2:1。",
  ])("leaves %j alone", (text) => {
    expect(findings("numbering-mark", text)).toEqual([]);
  });

  it("leaves the label at the start of a lead to title-numbering", () => {
    expect(findings("numbering-mark", "1、深化改革。", "lead")).toEqual([]);
    expect(findings("numbering-mark", "深化改革：1、扩容；2、提质。", "lead")).toHaveLength(2);
  });
});
