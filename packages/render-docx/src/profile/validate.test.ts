import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ProfileError } from "./errors.js";
import { validateProfile } from "./validate.js";

function problemsOf(input: unknown, locale: "zh" | "en" = "zh"): string[] {
  try {
    validateProfile(input, { locale });
  } catch (error) {
    if (error instanceof ProfileError) return error.problems.map((p) => p.message);
    throw error;
  }
  return [];
}

describe("validateProfile", () => {
  it("accepts a partial override and normalises sizes, colours and font names", () => {
    expect(
      validateProfile({
        base: "fangzhengGbk",
        sizes: { body: "三号", title: 22 },
        letterhead: { color: "#c00000" },
        fonts: { body: "仿宋", heading1: { name: "黑体", fallbacks: "SimHei" } },
      }),
    ).toEqual({
      base: "fangzhengGbk",
      sizes: { body: 16, title: 22 },
      letterhead: { color: "C00000" },
      fonts: { body: { name: "仿宋" }, heading1: { name: "黑体", fallbacks: ["SimHei"] } },
    });
  });

  it("names the nearest known key of a mistyped one", () => {
    expect(problemsOf({ fonts: { bdy: "仿宋" } })).toEqual(["“fonts.bdy”不是已知的设置项，是不是“body”？"]);
    expect(problemsOf({ fonts: { bdy: "仿宋" } }, "en")).toEqual([
      '"fonts.bdy": is not a known setting; did you mean "body"?',
    ]);
    expect(problemsOf({ sizse: {} })[0]).toContain("“sizes”");
  });

  it("lists the known keys when nothing is close", () => {
    expect(problemsOf({ grid: { zzzzzz: 1 } })[0]).toBe("“grid.zzzzzz”不是已知的设置项；可用的有：type、lines、chars");
  });

  it("reports every problem at once, each with its path", () => {
    const problems = problemsOf({
      page: { top: "37mm" },
      grid: { lines: 22.5, type: "chars" },
      sizes: { body: "三号半" },
      bold: { leads: "yes" },
      letterhead: { color: "red" },
      title: { maxLineChars: 100 },
    });
    expect(problems).toHaveLength(7);
    expect(problems.join("\n")).toMatch(/page\.top.*数字/);
    expect(problems.join("\n")).toMatch(/grid\.lines.*整数/);
    expect(problems.join("\n")).toMatch(/grid\.type.*lines、linesAndChars/);
    expect(problems.join("\n")).toMatch(/sizes\.body.*不是字号，是不是“三号”/);
    expect(problems.join("\n")).toMatch(/bold\.leads.*true 或 false/);
    expect(problems.join("\n")).toMatch(/title\.maxLineChars.*4～60/);
  });

  it("names the profile itself when the whole file is not a group of settings", () => {
    expect(problemsOf(["a", "b"])).toEqual(["版式配置应为一组设置，实际是列表"]);
    expect(problemsOf(null)).toEqual(["版式配置应为一组设置，实际是空值（没有内容）"]);
    expect(problemsOf(null, "en")).toEqual(["the profile: expected a group of settings, got nothing"]);
  });

  it("refuses margins that leave no type area", () => {
    expect(problemsOf({ page: { left: 90, right: 80 } })[0]).toContain("版心宽度不足");
  });

  it("names the source file in the error's message", () => {
    expect(() => validateProfile({ x: 1 }, { source: "my.yaml" })).toThrow(/^my\.yaml: 版式配置有 1 处问题/);
  });

  it("returns an override or throws a ProfileError for any input", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        try {
          const out = validateProfile(input);
          expect(typeof out).toBe("object");
        } catch (error) {
          expect(error).toBeInstanceOf(ProfileError);
          expect((error as ProfileError).problems.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("returns an override or a ProfileError for objects shaped like profiles", () => {
    const leaf = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
    const group = fc.dictionary(
      fc.constantFrom("top", "body", "type", "lines", "name", "fallbacks", "seal", "bdy"),
      leaf,
    );
    const profile = fc.dictionary(
      fc.constantFrom("page", "grid", "fonts", "sizes", "bold", "signature", "base", "x"),
      group,
    );
    fc.assert(
      fc.property(profile, (input) => {
        try {
          validateProfile(input);
        } catch (error) {
          expect(error).toBeInstanceOf(ProfileError);
        }
      }),
      { numRuns: 500 },
    );
  });
});
