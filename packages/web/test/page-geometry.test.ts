import { resolveProfile } from "@gongwen/render-docx";
import { describe, expect, it } from "vitest";
import { PAGE, pageNumberText, TYPE_AREA } from "../src/page-geometry.js";

describe("the pages' geometry", () => {
  it("is the DOCX writer's GB/T 9704 page: A4, margins, 22 lines of 28 characters, 三号 body, 四号 page numbers", () => {
    const profile = resolveProfile();
    expect({
      width: PAGE.width,
      height: PAGE.height,
      top: PAGE.top,
      bottom: PAGE.bottom,
      left: PAGE.left,
      right: PAGE.right,
    }).toEqual(profile.page);
    expect({ lines: PAGE.lines, chars: PAGE.chars }).toEqual({ lines: profile.grid.lines, chars: profile.grid.chars });
    expect(PAGE.bodySize).toBe(profile.sizes.body);
    expect(PAGE.pageNumberSize).toBe(profile.sizes.pageNumber);
    expect(PAGE.pageNumberGap).toBe(profile.pageNumber.belowTypeArea);
    expect(TYPE_AREA).toEqual({ width: 156, height: 225 });
  });

  it("writes page numbers with a 一字线 either side", () => {
    expect(pageNumberText(12)).toBe("— 12 —");
  });
});
