import { describe, expect, it } from "vitest";
import { geometryOf } from "./geometry.js";
import { gbt9704 } from "./profile/builtins.js";
import { resolveProfile } from "./profile/resolve.js";

describe("geometryOf", () => {
  it("gives GB/T 9704's A4 page and margins in twips", () => {
    const g = geometryOf(gbt9704);
    expect([g.pageWidth, g.pageHeight]).toEqual([11906, 16838]);
    expect([g.top, g.bottom, g.left, g.right]).toEqual([2098, 1984, 1588, 1474]);
    expect([g.typeWidth, g.typeHeight]).toEqual([8844, 12756]);
  });

  it("derives the 579-twip pitch of 22 lines and the character spacing that fits 28 characters", () => {
    const g = geometryOf(gbt9704);
    expect(g.linePitch).toBe(579);
    expect(22 * g.linePitch).toBeLessThanOrEqual(g.typeHeight);
    expect(23 * g.linePitch).toBeGreaterThan(g.typeHeight);
    expect(g.bodyCharSpacing).toBe(-5);
    expect(g.char).toBe(315);
    expect(28 * g.char).toBeLessThanOrEqual(g.typeWidth);
    expect(29 * g.char).toBeGreaterThan(g.typeWidth);
    expect(g.gridCharSpace).toBe(-849);
  });

  it("uses the grid's character pitch and no run spacing with a linesAndChars grid", () => {
    const g = geometryOf(resolveProfile({ grid: { type: "linesAndChars" } }));
    expect(g.bodyCharSpacing).toBe(0);
    expect(g.char).toBe(315);
  });

  it("follows other grids and margins", () => {
    const g = geometryOf(resolveProfile({ grid: { lines: 20, chars: 26 }, page: { top: 30, bottom: 30 } }));
    expect(g.top).toBe(1701);
    expect(g.linePitch).toBe(Math.floor(g.typeHeight / 20));
    expect(26 * g.char).toBeLessThanOrEqual(g.typeWidth);
    expect(27 * g.char).toBeGreaterThan(g.typeWidth);
  });
});
