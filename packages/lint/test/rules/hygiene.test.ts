import { describe, expect, it } from "vitest";
import { findings, fixWith } from "../helpers.js";

describe("fullwidth-alnum", () => {
  it.each([
    ["２０２３年", "2023年"],
    ["投资１．８２亿元", "投资1.82亿元"],
    ["投资1．82亿元", "投资1.82亿元"],
    ["创成ＡＡＡ级", "创成AAA级"],
    ["Ａ4纸", "A4纸"],
  ])("fixes %j", (input, output) => {
    expect(fixWith("fullwidth-alnum", input)).toBe(output);
  });

  it("reports one finding per run of characters", () => {
    expect(findings("fullwidth-alnum", "２０２３年和２０２４年")).toHaveLength(2);
  });

  it.each(["2023年投资1.82亿元", "1．完善体系", "（一）健康", "１．完善体系"])(
    "leaves %j alone (or only its digits)",
    (text) => {
      expect(fixWith("fullwidth-alnum", text)).toBe(text.replace("１", "1"));
    },
  );
});

describe("stray-space", () => {
  it.each([
    ["新建17家， 改造58座 。", "新建17家，改造58座。"],
    ["一、 健康建设", "一、健康建设"],
    ["“健康细胞” 工程", "“健康细胞”工程"],
    ["新建17家，\u3000改造", "新建17家，改造"],
    ["投资1.2亿元， 2024年再增10%", "投资1.2亿元，2024年再增10%"],
    ["咨询电话： 0577-12345678", "咨询电话：0577-12345678"],
    ["增长12.33% ，完成率达标", "增长12.33%，完成率达标"],
  ])("removes spaces next to Chinese punctuation in %j", (input, output) => {
    expect(fixWith("stray-space", input)).toBe(output);
  });

  it("reports spaces between two ideographs without removing them (they may separate a slogan)", () => {
    const found = findings("stray-space", "清洁家园 健康生活");
    expect(found).toHaveLength(1);
    expect(found[0]?.fix).toBeUndefined();
  });

  it.each(["全县 GDP 增长5.2%", "Windows 10 系统", "每个以“- ”开头的项", "增长 5%"])("leaves %j alone", (text) => {
    expect(findings("stray-space", text)).toEqual([]);
  });
});

describe("invisible-char", () => {
  it.each([
    ["全年完成\u200b投资", "全年完成投资"],
    ["\ufeff全年完成投资", "全年完成投资"],
    ["全年\u00ad完成", "全年完成"],
    ["全年\u0007完成", "全年完成"],
    ["全年\u202e完成", "全年完成"],
    ["全年\ud800完成", "全年完成"],
  ])("removes the invisible character in %j", (input, output) => {
    expect(fixWith("invisible-char", input)).toBe(output);
  });

  it("names the character", () => {
    expect(findings("invisible-char", "全年\u200b完成")[0]?.message.zh).toContain("U+200B");
  });

  it.each(["全年完成投资", "表情😀保留", "全年　完成"])("leaves %j alone", (text) => {
    expect(findings("invisible-char", text)).toEqual([]);
  });
});
