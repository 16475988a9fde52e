import { headingLabel, INITIATIVE_STYLES, type InitiativeStyle, initiativeLabel } from "@gongwen/schema";
import { describe, expect, it } from "vitest";
import { cachedHeadingLabel, cachedInitiativeLabel } from "./labels.js";

describe("labels made once", () => {
  it("are the model's labels, asked for twice, kept indexes and others alike", () => {
    for (let round = 0; round < 2; round++)
      for (let index = 1; index <= 150; index++) {
        for (let level = 1; level <= 4; level++)
          expect(cachedHeadingLabel(level, index)).toBe(headingLabel(level, index));
        for (const style of Object.keys(INITIATIVE_STYLES) as InitiativeStyle[])
          expect(cachedInitiativeLabel(style, index)).toBe(initiativeLabel(style, index));
      }
  });

  it("throw where the model's throw", () => {
    for (const [level, index] of [
      [0, 1],
      [5, 1],
      [1, 0],
      [1, 1.5],
      [2, 10000],
    ] as const) {
      expect(() => headingLabel(level, index)).toThrow(RangeError);
      expect(() => cachedHeadingLabel(level, index)).toThrow(RangeError);
    }
    expect(() => cachedInitiativeLabel("ordinal", 0)).toThrow(RangeError);
  });
});
