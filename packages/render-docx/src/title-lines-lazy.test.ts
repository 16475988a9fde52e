import { afterEach, describe, expect, it } from "vitest";
import { breakTitle } from "./title-lines.js";

describe("the title's word segmenter", () => {
  const Original = Intl.Segmenter;
  /** Intl, its Segmenter replaceable (it is a writable property; TypeScript's types say read-only). */
  const intl = Intl as { Segmenter: typeof Intl.Segmenter };
  afterEach(() => {
    intl.Segmenter = Original;
  });

  it("is made only when a title's best break is not surely between words, and once", () => {
    let made = 0;
    intl.Segmenter = class extends Original {
      constructor(...args: ConstructorParameters<typeof Original>) {
        super(...args);
        made++;
      }
    };
    expect(breakTitle("青溪县卫生健康局2023年工作总结", 18)).toEqual(["青溪县卫生健康局2023年工作总结"]);
    expect(made).toBe(0);
    expect(breakTitle("青溪县卫生健康局2023年工作总结和2024年工作思路", 18, "trapezoid", "青溪县卫生健康局")).toEqual([
      "青溪县卫生健康局",
      "2023年工作总结和2024年工作思路",
    ]);
    // Broken after the organ's name, before a digit: a word boundary to any segmenter.
    expect(made).toBe(0);
    expect(breakTitle("云岭市统计局2023年工作总结和2024年工作思路", 18)).toHaveLength(2);
    expect(made).toBe(1);
  });
});
