import { describe, expect, it } from "vitest";
import { fixPunctuationWidth, punctuationWidthFixes } from "../../src/rules/punctuation-width.js";
import { findings } from "../helpers.js";

const fix = fixPunctuationWidth;

describe("punctuation-width", () => {
  it.each([
    ["完成投资1.82亿元,同比增长12.33%。", "完成投资1.82亿元，同比增长12.33%。"],
    ["增长5%,CPI上涨2%", "增长5%，CPI上涨2%"],
    ["主要指标:生产总值增长", "主要指标：生产总值增长"],
    ["储备床位64张;完成筛查", "储备床位64张；完成筛查"],
    ["这是为什么?因为", "这是为什么？因为"],
    ["成效显著!", "成效显著！"],
    ["(一)健康建设", "（一）健康建设"],
    ["(1)完善预案", "（1）完善预案"],
    ["生产总值(GDP)增长", "生产总值（GDP）增长"],
    ["(2024年,全县)", "（2024年，全县）"],
    ["设置发热门诊（诊室)19个", "设置发热门诊（诊室）19个"],
    ["运用AI, 大数据", "运用AI， 大数据"],
    ["全年完成率达100%,", "全年完成率达100%，"],
    ["网址:https://qx.gov.cn", "网址：https://qx.gov.cn"],
  ])("fixes %j", (input, output) => {
    expect(fix(input)).toBe(output);
    expect(findings("punctuation-width", input).length).toBeGreaterThan(0);
  });

  it.each([
    "实现收入1,163.33亿元，增长-29.8%，完成率294.47%，1.46亿元，同比增长12.33%。",
    "会议于15:32结束，男女比例为3:1。",
    "发布时间15 : 32",
    "详见https://www.qingxi.gov.cn/a?id=1,2&b=(3)。",
    "来信请寄qxwjj@example.cn。",
    "代码`a,b:(c)`保持原样。",
    "应用程序 f(x) 的返回值。",
    "参见“Hello, world”示例。",
    "COVID-19, SARS",
    "第1,2项",
    "根据青政办发(2023)12号文件",
  ])("leaves %j alone", (text) => {
    expect(punctuationWidthFixes(text)).toEqual([]);
    expect(findings("punctuation-width", text)).toEqual([]);
  });

  it("names the mark and its full-width form, and fixes exactly that character", () => {
    const [found] = findings("punctuation-width", "投资1.82亿元,增长");
    expect(found).toMatchObject({ start: 8, end: 9, fix: { start: 8, end: 9, text: "，" } });
    expect(found?.message.zh).toContain("，");
    expect(found?.message.en).toContain("comma");
  });

  it("judges brackets in pairs: an unmatched bracket is left to paired-marks", () => {
    expect(fix("门诊(诊室19个")).toBe("门诊(诊室19个");
  });

  it("does not run on codes and dates", () => {
    expect(findings("punctuation-width", "001008003011023/2024-62664,x", "code")).toEqual([]);
  });
});
