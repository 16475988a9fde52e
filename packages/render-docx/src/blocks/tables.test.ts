import { describe, expect, it } from "vitest";
import { columnWidths } from "./tables.js";

/** The type area's width (156 mm) and an em of 四号 (14 pt), in twips; a cell keeps an em for its margins. */
const TYPE_WIDTH = 8845;
const EM = 280;

const indicators = {
  header: ["指标", "单位", "本年", "上年", "增减"],
  rows: [
    ["地区生产总值（按可比价格计算）", "亿元", "523.98", "488.30", "增长7.3%"],
    ["规模以上工业增加值占地区生产总值比重", "%", "31.2", "30.8", "提高0.4个百分点"],
    ["社会消费品零售总额", "亿元", "205.42", "196.87", "增长4.3%"],
    ["固定资产投资", "万元", "1306770.5", "1361771.0", "下降4.0%"],
  ],
};

describe("columnWidths", () => {
  it("fills the type width", () => {
    expect(columnWidths(indicators, TYPE_WIDTH, EM).reduce((a, b) => a + b, 0)).toBe(TYPE_WIDTH);
  });

  it("gives columns of figures and short labels the width their cells need when scaling would break them", () => {
    const [text, unit, thisYear, lastYear] = columnWidths(indicators, TYPE_WIDTH, EM);
    // 亿元 on one line.
    expect(unit).toBeGreaterThanOrEqual(3 * EM);
    // 1306770.5: nine characters measured generously, on one line.
    expect(thisYear).toBeGreaterThanOrEqual(Math.ceil((9 * 0.66 + 1) * EM));
    expect(lastYear).toBeGreaterThanOrEqual(Math.ceil((9 * 0.66 + 1) * EM));
    // The running text gives way, and keeps room for a few characters a line.
    expect(text).toBeGreaterThan(4 * EM);
  });

  it("scales every column by its longest cell when that breaks no short column", () => {
    const table = { header: ["项目", "说明"], rows: [["一", "在全县推开的第一批试点"]] };
    const [first, second] = columnWidths(table, TYPE_WIDTH, EM);
    // Natural widths 3 and 12 ems (the margins' em included): 3/15 and 12/15 of the line.
    expect(first).toBe(Math.floor((3 / 15) * TYPE_WIDTH));
    expect(second).toBe(TYPE_WIDTH - (first as number));
  });

  it("scales all columns when even the short ones cannot all keep their widths", () => {
    const short = Array.from("一二三四五六七八九十百千", (n) => `第${n}项`);
    const widths = columnWidths({ header: short, rows: [short] }, TYPE_WIDTH, EM);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(TYPE_WIDTH);
    expect(new Set(widths.slice(0, -1)).size).toBe(1);
  });
});
