import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { textWidth } from "./text-width.js";
import { breakTitle, titleSegments } from "./title-lines.js";

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
