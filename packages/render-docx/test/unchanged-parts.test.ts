import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderDocxSync } from "../src/index.js";
import { EXPECTED_PARTS, type ExpectedParts, partHashes, partsCases } from "./helpers/expected-parts.js";

const expected = JSON.parse(readFileSync(EXPECTED_PARTS, "utf8")) as ExpectedParts;

describe("the DOCX parts, against those the writer wrote before its speed-ups (main at 4428ada)", () => {
  const cases = partsCases();

  it("covers every case of the fixture", () => {
    expect(cases.map((c) => c.name)).toEqual(Object.keys(expected));
  });

  it.each(cases)("$name: every part the same", ({ name, report, options }) => {
    expect(partHashes(renderDocxSync(report(), options))).toEqual(expected[name]);
  });
});
