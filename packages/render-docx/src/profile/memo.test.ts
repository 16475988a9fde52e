import { describe, expect, it } from "vitest";
import { fontTableXml } from "../fonts.js";
import { stylesXml } from "../styles/styles-xml.js";
import { fangzhengGbk, gbt9704 } from "./builtins.js";
import { memoPerProfile } from "./memo.js";
import { resolveProfile } from "./resolve.js";

describe("memoPerProfile", () => {
  it("computes once per profile and key", () => {
    let calls = 0;
    const memo = memoPerProfile((profile, key: string) => {
      calls++;
      return `${profile.name}:${key}`;
    });
    expect(memo(gbt9704, "a")).toBe("gbt9704:a");
    expect(memo(gbt9704, "a")).toBe("gbt9704:a");
    expect(calls).toBe(1);
    memo(gbt9704, "b");
    memo(fangzhengGbk, "a");
    expect(calls).toBe(3);
  });

  it("builds a profile's styles and font table once, each set of styles apart", () => {
    const profile = resolveProfile({ grid: { lines: 22 } });
    const used = new Set(["Heading1", "Caption"] as const);
    const styles = stylesXml(profile, used);
    expect(stylesXml(profile, new Set(used))).toBe(styles);
    expect(stylesXml(profile, new Set(["Heading1"] as const))).not.toBe(styles);
    expect(styles).toContain('w:styleId="Caption"');
    expect(fontTableXml(profile)).toBe(fontTableXml(profile));
  });
});
