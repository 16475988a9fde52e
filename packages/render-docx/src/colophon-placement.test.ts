import { describe, expect, it } from "vitest";
import { endingReport } from "../test/helpers/endings.js";
import { colophonPlacement, PLACEMENT_MARGIN } from "./colophon-placement.js";
import type { RenderContext } from "./context.js";
import { geometryOf } from "./geometry.js";
import { resolveProfile } from "./profile/resolve.js";
import type { ProfileOverride } from "./profile/types.js";

/** A report whose 版记 takes two lines (抄送, 印发机关). */
function context(profile?: ProfileOverride): RenderContext {
  const report = endingReport({ fillers: 0, lastLines: 1, cc: ["县委办公室"], issuer: "青溪县水利局办公室" });
  const resolved = resolveProfile(profile);
  return { report, profile: resolved, geometry: geometryOf(resolved), styles: new Set() };
}

describe("colophonPlacement", () => {
  it("shares an even page with room to spare, writes out the blank page when there is none", () => {
    expect(colophonPlacement(context(), { page: 2, rows: 10, slack: 0 })).toBe("samePage");
    expect(colophonPlacement(context(), { page: 2, rows: 22 - 2 - PLACEMENT_MARGIN, slack: 0 })).toBe("samePage");
    expect(colophonPlacement(context(), { page: 2, rows: 22 - 1 - PLACEMENT_MARGIN, slack: 0 })).toBe("afterBlankPage");
    expect(colophonPlacement(context(), { page: 2, rows: 10, slack: 9 })).toBe("afterBlankPage");
  });

  it("takes the next even page after an odd one, or when the estimate is too near a page's edge", () => {
    expect(colophonPlacement(context(), { page: 3, rows: 5, slack: 0 })).toBe("ownPage");
    expect(colophonPlacement(context(), { page: 2, rows: PLACEMENT_MARGIN, slack: 0 })).toBe("ownPage");
    expect(colophonPlacement(context(), { page: 2, rows: 21, slack: 0 })).toBe("ownPage");
  });

  it("shares any page when the profile does not ask for an even one", () => {
    const any = context({ colophon: { evenPage: false } });
    expect(colophonPlacement(any, { page: 3, rows: 5, slack: 0 })).toBe("samePage");
    expect(colophonPlacement(any, { page: 2, rows: 19, slack: 0 })).toBe("ownPage");
  });
});
