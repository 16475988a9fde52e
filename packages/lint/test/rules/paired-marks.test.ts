import { describe, expect, it } from "vitest";
import { findings, fixWith } from "../helpers.js";

describe("paired-marks", () => {
  it.each([
    ['围绕"强基层"主线', "围绕“强基层”主线"],
    ['开展"健康细胞”培育', "开展“健康细胞”培育"],
    ['开展“健康细胞"培育', "开展“健康细胞”培育"],
  ])("fixes %j", (input, output) => {
    expect(fixWith("paired-marks", input)).toBe(output);
  });

  it.each([
    "出台《育儿补贴实施办法，全年发放",
    "出台育儿补贴实施办法》，全年发放",
    "设置发热门诊（诊室19个",
    "设置发热门诊诊室）19个",
    "围绕“强基层、优服务主线",
    "围绕强基层、优服务”主线",
    "“一是“二是”",
    "称为‘健康细胞工程",
    "【待补充",
  ])("reports %j without a fix", (text) => {
    const found = findings("paired-marks", text);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.fix === undefined)).toBe(true);
  });

  it.each([
    "围绕“强基层、优服务”主线，出台《办法》（试行）。",
    "称为‘健康细胞’工程。",
    'The motto reads "health for all".',
    "1）完善体系建设。",
    "（1）完善预案；（2）加强演练。",
    "it’s fine",
    "详见https://qx.gov.cn/a)b",
  ])("leaves %j alone", (text) => {
    expect(findings("paired-marks", text)).toEqual([]);
  });

  it("points at the unpaired mark", () => {
    const [found] = findings("paired-marks", "出台《办法，全年");
    expect(found).toMatchObject({ start: 2, end: 3 });
  });
});
