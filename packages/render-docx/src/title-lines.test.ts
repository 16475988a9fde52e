import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ORGAN_TITLES } from "../test/helpers/organ-titles.js";
import { textWidth } from "./text-width.js";
import { breakTitle, shapePenalty, titleSegments, titleWords } from "./title-lines.js";
import { TITLE_TERMS } from "./title-terms.js";

/** Words no line may break inside: the terms, the county's name, years with 年. */
const WHOLE = [...TITLE_TERMS, "青溪县", "青溪", "2023年", "2024年", "管委会", "建设局", "保障局"];

/** The character offsets where a title's lines break. */
function breakOffsets(lines: readonly string[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const line of lines.slice(0, -1)) {
    at += line.length;
    out.push(at);
  }
  return out;
}

describe("titleWords", () => {
  it("puts back together what the segmenter splits: 委员|会, 办公|室, 开发|区, 青|溪|县", () => {
    expect(titleWords("青溪县机构编制委员会办公室")).toEqual(["青溪县", "机构编制", "委员会", "办公室"]);
    expect(titleWords("青溪经济技术开发区")).toContain("经济技术开发区");
    expect(titleWords("青溪县发展和改革局")).toEqual(["青溪县", "发展", "和", "改革局"]);
    expect(titleWords("关于工作情况的报告")).toContain("工作情况的");
  });
});

describe("breakTitle on long names of organs", () => {
  it.each(ORGAN_TITLES)("breaks %s only between words", (title, org) => {
    const lines = breakTitle(title, 18, "trapezoid", org);
    expect(lines.join("")).toBe(title);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(18);
    for (const at of breakOffsets(lines)) {
      for (const word of WHOLE) {
        for (let from = title.indexOf(word); from !== -1; from = title.indexOf(word, from + 1)) {
          expect(at > from && at < from + word.length, `${lines.join(" / ")} splits ${word}`).toBe(false);
        }
      }
    }
  });

  it("keeps the organ's name on a line of its own when the shape allows", () => {
    expect(breakTitle(ORGAN_TITLES[0]?.[0] as string, 18, "trapezoid", ORGAN_TITLES[0]?.[1])).toEqual([
      "青溪县机构编制委员会办公室",
      "2023年工作总结和2024年工作思路",
    ]);
    expect(breakTitle(ORGAN_TITLES[2]?.[0] as string, 18, "trapezoid", ORGAN_TITLES[2]?.[1])).toEqual([
      "青溪经济技术开发区管理委员会",
      "关于2023年工作情况的报告",
    ]);
  });

  it("weighs a shape by how far it is off: one character less than many", () => {
    expect(shapePenalty([10, 12], "trapezoid")).toBe(0);
    expect(shapePenalty([8, 12, 9], "trapezoid")).toBe(0);
    expect(shapePenalty([13, 12], "trapezoid")).toBeLessThan(shapePenalty([16, 9], "trapezoid"));
    expect(shapePenalty([16, 9], "inverted-trapezoid")).toBe(0);
  });
});

describe("breakTitle", () => {
  it("keeps a title that fits on one line", () => {
    expect(breakTitle("云岭市统计局2023年工作总结", 18)).toEqual(["云岭市统计局2023年工作总结"]);
  });

  it("breaks after the organ's name when that keeps a trapezoid", () => {
    expect(breakTitle("青溪县卫生健康局2023年工作总结和2024年工作思路", 18, "trapezoid", "青溪县卫生健康局")).toEqual([
      "青溪县卫生健康局",
      "2023年工作总结和2024年工作思路",
    ]);
  });

  it("puts the longer line on top for an inverted trapezoid", () => {
    const lines = breakTitle(
      "青溪县农业农村局关于2023年度乡村振兴重点工作推进情况的总结报告",
      18,
      "inverted-trapezoid",
    );
    expect(lines).toHaveLength(2);
    expect(textWidth(lines[0] as string)).toBeGreaterThanOrEqual(textWidth(lines[1] as string));
  });

  it("never splits a number from its unit nor a book title that fits a line", () => {
    expect(titleSegments("2023年工作")).toContain("2023年");
    const lines = breakTitle("青溪县人民政府关于印发《青溪县水利发展规划》的通知和实施意见汇编", 16);
    expect(lines.some((line) => line.includes("《青溪县水利发展规划》"))).toBe(true);
  });

  it("breaks a book title longer than a line rather than overflow", () => {
    const lines = breakTitle("关于印发《青溪县深化医药卫生体制改革2024年重点工作任务》的通知", 18);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(18);
  });

  it("keeps every character, in order, and respects the line length", () => {
    const chinese = fc.constantFrom(..."青溪县卫生健康局工作总结和思路年度关于印发通知水利农业局");
    const piece = fc.oneof(
      fc.array(chinese, { minLength: 1, maxLength: 6 }).map((a) => a.join("")),
      fc.integer({ min: 1990, max: 2030 }).map((y) => `${y}年`),
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 12 }), fc.integer({ min: 8, max: 24 }), (pieces, max) => {
        const title = pieces.join("");
        const lines = breakTitle(title, max);
        expect(lines.join("")).toBe(title);
        const widest = Math.max(...titleSegments(title).map(textWidth));
        for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(Math.max(max, widest));
        lines.slice(1).forEach((line, i) => {
          expect(/\d$/.test(lines[i] as string) && line.startsWith("年")).toBe(false);
        });
      }),
      { numRuns: 200 },
    );
  });
});
