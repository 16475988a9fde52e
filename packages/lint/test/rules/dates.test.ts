import { describe, expect, it } from "vitest";
import { findings, fixWith } from "../helpers.js";

describe("date-padding", () => {
  it.each([
    ["2024年01月09日召开", "2024年1月9日召开"],
    ["2024年10月09日召开", "2024年10月9日召开"],
    ["截至11月05日", "截至11月5日"],
    ["01月份", "1月份"],
  ])("fixes %j", (input, output) => {
    expect(fixWith("date-padding", input)).toBe(output);
  });

  it("reads 成文日期 as written in the source", () => {
    expect(fixWith("date-padding", "2024年01月09日", "date")).toBe("2024年1月9日");
    expect(findings("date-padding", "2024-01-09", "date")).toEqual([]);
  });

  it.each(["2024年1月9日", "2024年10月20日", "全年完成100月度任务", "共计1001日"])("leaves %j alone", (text) => {
    expect(findings("date-padding", text)).toEqual([]);
  });
});

describe("date-style", () => {
  it.each([
    ["于2023-12-28通过验收", "于2023年12月28日通过验收"],
    ["于2023/1/8通过验收", "于2023年1月8日通过验收"],
    ["于2023.1.8通过验收", "于2023年1月8日通过验收"],
  ])("fixes %j", (input, output) => {
    expect(fixWith("date-style", input)).toBe(output);
  });

  it.each([
    "于2023年12月28日通过验收",
    "执行GB/T 9704-2012",
    "索引号001008/2024-00001",
    "版本2023.13.1发布",
    "2023-02-30这一天不存在",
    "共2023-12个",
  ])("leaves %j alone", (text) => {
    expect(findings("date-style", text)).toEqual([]);
  });

  it("does not read table cells", () => {
    expect(findings("date-style", "2023-12-28", "cell")).toEqual([]);
  });
});

describe("abbreviated-year", () => {
  it.each(["23年12月底前完成", "'23年度考核", "’23年获评", "23年度考核优秀", "23年上半年", "23年第三季度"])(
    "reports %j without a fix",
    (text) => {
      const found = findings("abbreviated-year", text);
      expect(found).toHaveLength(1);
      expect(found[0]?.fix).toBeUndefined();
    },
  );

  it.each(["2023年12月底前完成", "近10年来累计投入", "连续15年保持优秀", "30年工龄", "共12年"])(
    "leaves %j alone",
    (text) => {
      expect(findings("abbreviated-year", text)).toEqual([]);
    },
  );
});
