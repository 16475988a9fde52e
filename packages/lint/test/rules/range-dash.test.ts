import { describe, expect, it } from "vitest";
import { findings, fixWith } from "../helpers.js";

describe("range-dash", () => {
  it.each([
    ["保持在5%-95%之间", "保持在5%～95%之间"],
    ["投入100-150万元", "投入100～150万元"],
    ["3-5年内完成", "3～5年内完成"],
    ["1-2个百分点", "1～2个百分点"],
    ["3-6个月", "3～6个月"],
    ["1-9月全县", "1—9月全县"],
    ["1-4月份全县", "1—4月份全县"],
    ["2023-2024年度", "2023—2024年度"],
    ["每天8-10时开放", "每天8—10时开放"],
    ["每年投入100~150万元", "每年投入100～150万元"],
    ["1~9月全县", "1～9月全县"],
    ["投入100 - 150万元", "投入100～150万元"],
    ["保持在5%－95%之间", "保持在5%～95%之间"],
  ])("fixes %j", (input, output) => {
    expect(fixWith("range-dash", input)).toBe(output);
  });

  it("names the whole unit in its message", () => {
    expect(findings("range-dash", "完成10-20公里。")[0]?.message.zh).toContain("“10-20公里”应写作“10～20公里”");
    expect(findings("range-dash", "1-9月全县")[0]?.message.zh).toContain("“1-9月”应写作“1—9月”");
  });

  it("asks for the sign on both ends of a percentage range, without guessing it", () => {
    const found = findings("range-dash", "提高5～10%。");
    expect(found).toHaveLength(1);
    expect(found[0]?.fix).toBeUndefined();
    expect(fixWith("range-dash", "提高5-10%。")).toBe("提高5～10%。");
  });

  it.each([
    "增长-29.8%，同比下降-3%",
    "保持在5%～95%之间，1—9月增长",
    "执行GB/T 9704-2012标准",
    "执行GB 15834-2011标准",
    "于2024-01-09印发",
    "电话0577-12345678转",
    "热线12345-678901号",
    "3～5年内完成，100—150万元",
    "共5-6",
    "索引号001008003011023/2024-62664",
    "1+5+8模式",
    "五年级5-3班获评优秀班集体",
    "决赛以3-1胜出",
    "3-2号楼完成改造",
  ])("leaves %j alone", (text) => {
    expect(findings("range-dash", text)).toEqual([]);
  });
});
