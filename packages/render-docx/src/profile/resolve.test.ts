import { describe, expect, it } from "vitest";
import { fangzhengGbk, gbt9704 } from "./builtins.js";
import { ProfileError } from "./errors.js";
import { resolveProfile } from "./resolve.js";

describe("resolveProfile", () => {
  it("returns gbt9704 without an override", () => {
    expect(resolveProfile()).toBe(gbt9704);
  });

  it("merges an override over gbt9704, font by font", () => {
    const profile = resolveProfile({
      fonts: { body: { name: "仿宋" } },
      sizes: { title: 20 },
      runIn: { heading3: false },
    });
    expect(profile.fonts.body).toEqual({ name: "仿宋", fallbacks: ["仿宋", "FangSong"] });
    expect(profile.fonts.heading1).toEqual(gbt9704.fonts.heading1);
    expect(profile.sizes).toEqual({ ...gbt9704.sizes, title: 20 });
    expect(profile.runIn).toEqual({ heading3: false, heading4: true });
  });

  it("lets levels 3 and 4 follow a changed body font unless named", () => {
    const profile = resolveProfile({ fonts: { body: { name: "仿宋" }, heading4: { name: "楷体" } } });
    expect(profile.fonts.heading3.name).toBe("仿宋");
    expect(profile.fonts.heading4.name).toBe("楷体");
    expect(resolveProfile({ fonts: { heading2: { name: "楷体" } } }).fonts.heading3).toEqual(gbt9704.fonts.heading3);
  });

  it("starts from the 方正_GBK profile when asked", () => {
    const profile = resolveProfile({ base: "fangzhengGbk", sizes: { body: "三号" } as never });
    expect(profile.fonts.body.name).toBe("方正仿宋_GBK");
    expect(profile.fonts.heading1.name).toBe("方正黑体_GBK");
    expect(profile.name).toBe("fangzhengGbk");
  });

  it("accepts a full profile as it is", () => {
    expect(resolveProfile(fangzhengGbk)).toEqual(fangzhengGbk);
  });

  it("validates once per override object", () => {
    const override = { sizes: { title: 21 } };
    expect(resolveProfile(override)).toBe(resolveProfile(override));
  });

  it("throws a ProfileError for a bad override", () => {
    expect(() => resolveProfile({ grid: { lines: 0 } })).toThrow(ProfileError);
  });

  it("keeps the built-in profiles frozen", () => {
    expect(Object.isFrozen(gbt9704.fonts.body)).toBe(true);
    expect(() => {
      (gbt9704.sizes as { body: number }).body = 12;
    }).toThrow(TypeError);
  });
});
