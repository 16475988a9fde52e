import { describe, expect, it } from "vitest";
import { callGenreHelper, GENRE_HELPERS, HelperError } from "../src/index.js";

/** Calls a helper as Handlebars does: positional arguments, then the options with the hash. */
const call = (name: string, args: unknown[], hash: Record<string, unknown> = {}) => {
  const helper = GENRE_HELPERS[name];
  if (!helper) throw new Error(`no helper ${name}`);
  return callGenreHelper(helper, [...args, { hash }]);
};
const failure = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof HelperError) return error.failure;
    throw error;
  }
  return "none";
};

describe("wan and yi", () => {
  it("scale yuan to 万元 and 亿元 with exact half-up rounding", () => {
    expect(call("wan", [123456789])).toBe("12345.68");
    expect(call("wan", [10050], { digits: 0 })).toBe("1");
    expect(call("wan", [15000], { digits: 0 })).toBe("2");
    expect(call("yi", [1234567890])).toBe("12.35");
    expect(call("yi", [52300], { from: "wan" })).toBe("5.23");
    expect(call("wan", [3.5], { from: "yi", digits: 0 })).toBe("35000");
  });
  it("keep or trim trailing zeros and add separators as asked", () => {
    expect(call("wan", [1200000])).toBe("120.00");
    expect(call("wan", [1200000], { trim: true })).toBe("120");
    expect(call("wan", [12345678900], { sep: true })).toBe("1,234,567.89");
  });
  it("handle negative, zero, very large and written-out values", () => {
    expect(call("wan", [-123456])).toBe("-12.35");
    expect(call("wan", [0])).toBe("0.00");
    expect(call("wan", [-1], { digits: 2 })).toBe("0.00");
    expect(call("yi", ["123456789012345678901234567890"])).toBe("1234567890123456789012.35");
    expect(call("wan", ["1,234,500"])).toBe("123.45");
  });
  it("refuse missing values, text and unknown units", () => {
    expect(failure(() => call("wan", [undefined]))).toBe("missing");
    expect(failure(() => call("wan", [""]))).toBe("missing");
    expect(failure(() => call("wan", ["约三百"]))).toBe("not_a_number");
    expect(failure(() => call("wan", [5], { from: "jin" }))).toBe("bad_option");
    expect(failure(() => call("wan", [5], { digits: -1 }))).toBe("bad_option");
  });
});

describe("fixed, thousands and pct", () => {
  it("round half up exactly, never in floating point", () => {
    expect(call("fixed", [1.005, 2])).toBe("1.01");
    expect(call("fixed", [2.675, 2])).toBe("2.68");
    expect(call("fixed", [-2.5, 0])).toBe("-3");
    expect(call("fixed", [0, 1])).toBe("0.0");
  });
  it("write thousands separators, keeping the decimals written", () => {
    expect(call("thousands", [1234567.5])).toBe("1,234,567.5");
    expect(call("thousands", [-1234567])).toBe("-1,234,567");
    expect(call("thousands", [999])).toBe("999");
    expect(call("thousands", [1234.5], { digits: 2 })).toBe("1,234.50");
    expect(call("thousands", [1e21])).toBe("1,000,000,000,000,000,000,000");
  });
  it("write percentages from a rate or a share", () => {
    expect(call("pct", [12.345])).toBe("12.3%");
    expect(call("pct", ["12.3%"])).toBe("12.3%");
    expect(call("pct", [45, 360])).toBe("12.5%");
    expect(call("pct", [-3.25], { digits: 1 })).toBe("-3.3%");
    expect(call("pct", [0, 5])).toBe("0.0%");
    expect(failure(() => call("pct", [1, 0]))).toBe("zero_base");
    expect(failure(() => call("pct", [1, undefined]))).toBe("missing");
  });
});

describe("yoy, points, rate and completion", () => {
  it("word year-on-year change without a minus sign", () => {
    expect(call("yoy", [112.3, 100])).toBe("同比增长12.3%");
    expect(call("yoy", [95.5, 100])).toBe("同比下降4.5%");
    expect(call("yoy", [-4.5])).toBe("同比下降4.5%");
    expect(call("yoy", [100.04, 100])).toBe("与上年持平");
    expect(call("yoy", [0])).toBe("与上年持平");
    expect(call("yoy", [12.3], { prefix: "比上年" })).toBe("比上年增长12.3%");
    expect(call("yoy", [-20, 100])).toBe("同比下降120.0%");
    expect(call("yoy", ["3e30", "1e30"])).toBe("同比增长200.0%");
  });
  it("refuse a base of zero and missing values", () => {
    expect(failure(() => call("yoy", [5, 0]))).toBe("zero_base");
    expect(failure(() => call("yoy", [5, undefined]))).toBe("missing");
    expect(failure(() => call("yoy", [undefined]))).toBe("missing");
  });
  it("word the difference of two rates in 百分点", () => {
    expect(call("points", [45.8, 43.6])).toBe("提高2.2个百分点");
    expect(call("points", [3.1, 3.5])).toBe("下降0.4个百分点");
    expect(call("points", [3.14, 3.1])).toBe("持平");
    expect(call("points", [-1, -3], { digits: 0 })).toBe("提高2个百分点");
    expect(failure(() => call("points", [1, "高"]))).toBe("not_a_number");
  });
  it("give 完成率 over 100% and word the completion", () => {
    expect(call("rate", [2250, 2000])).toBe("112.5%");
    expect(call("rate", [0, 2000])).toBe("0.0%");
    expect(call("completion", [1750, 2000])).toBe("完成年度目标的87.5%");
    expect(call("completion", [2000, 2000])).toBe("完成年度目标");
    expect(call("completion", [2250, 2000])).toBe("完成年度目标的112.5%，超额完成");
    expect(call("completion", [2250, 2000], { goal: "年度任务" })).toBe("完成年度任务的112.5%，超额完成");
    expect(failure(() => call("rate", [5, 0]))).toBe("zero_base");
  });
});

describe("Chinese numerals, 大写金额, ranks and dates", () => {
  it("write Chinese numerals", () => {
    expect(call("cn", [12])).toBe("十二");
    expect(call("cn", [105])).toBe("一百零五");
    expect(call("cn", [0])).toBe("零");
    expect(call("cn", [-3])).toBe("负三");
    expect(failure(() => call("cn", [1e17]))).toBe("not_a_number");
    expect(failure(() => call("cn", [undefined]))).toBe("missing");
  });
  it("write 大写金额 with 整 after 元 or 角", () => {
    expect(call("money", [1234.5])).toBe("壹仟贰佰叁拾肆元伍角整");
    expect(call("money", [1234.56])).toBe("壹仟贰佰叁拾肆元伍角陆分");
    expect(call("money", [0])).toBe("零元整");
    expect(call("money", [10])).toBe("壹拾元整");
    expect(call("money", [-12])).toBe("负壹拾贰元整");
    expect(call("money", [100000000.05])).toBe("壹亿元零伍分");
    expect(failure(() => call("money", ["1e20"]))).toBe("not_a_number");
  });
  it("write ranks", () => {
    expect(call("rank", [2, "全市"])).toBe("全市第二");
    expect(call("rank", [11])).toBe("第十一");
    expect(failure(() => call("rank", [0, "全市"]))).toBe("not_an_integer");
    expect(failure(() => call("rank", [1.5]))).toBe("not_an_integer");
    expect(failure(() => call("rank", [undefined]))).toBe("missing");
  });
  it("write dates as 成文日期 from text, Date objects and spreadsheet serials", () => {
    expect(call("date", ["2024-01-09"])).toBe("2024年1月9日");
    expect(call("date", ["2024/1/9"])).toBe("2024年1月9日");
    expect(call("date", [new Date(Date.UTC(2024, 0, 9))])).toBe("2024年1月9日");
    expect(call("date", [45300])).toBe("2024年1月9日");
    expect(failure(() => call("date", ["2024-02-30"]))).toBe("bad_date");
    expect(failure(() => call("date", [undefined]))).toBe("missing");
  });
  it("never type 一是 / 二是 numbering", () => {
    const outputs = Object.keys(GENRE_HELPERS).map((name) =>
      name === "date"
        ? call(name, ["2024-01-01"])
        : name === "rank"
          ? call(name, [1, "全市"])
          : call(name, [1, 1].slice(0, GENRE_HELPERS[name]?.params)),
    );
    for (const out of outputs) expect(out).not.toMatch(/[一二三四五六七八九十]是/);
  });
});
