import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { yamlPlaceAt } from "../src/yaml-path.js";

const example = readFileSync(new URL("../../../examples/qingxi-health-2023.yaml", import.meta.url), "utf8");
const at = (text: string, needle: string, shift = 0) => yamlPlaceAt(text, text.indexOf(needle) + shift);

describe("yamlPlaceAt", () => {
  it("finds the path of a key inside a list item of a list item", () => {
    const place = at(example, "text: 与云岭市", 2);
    expect(place.parent).toEqual(["body", "summary", "sections", 0, "content", 0]);
    expect(place.key).toBe("text");
    expect(place.inValue).toBe(false);
  });

  it("knows a key that opens a list item, and the value side of a key", () => {
    expect(at(example, "- lead: 深化城市医院", 3)).toMatchObject({
      parent: ["body", "summary", "sections", 0, "content", 0],
      key: "lead",
    });
    expect(at(example, "  org: 青溪", 8)).toMatchObject({ parent: ["meta"], key: "org", inValue: true });
  });

  it("reads a half-typed key at the top and under a list whose dash is at the key's column", () => {
    const text = "meta:\n  org: 甲\nbody:\n  sections:\n  - title: 一\n    con";
    expect(yamlPlaceAt(text, text.length)).toMatchObject({ parent: ["body", "sections", 0] });
    expect(yamlPlaceAt("me", 2).parent).toEqual([]);
  });
});

describe("yamlPlaceAt on any text (fuzz)", () => {
  it("never throws, and gives a path of keys and list indexes", async () => {
    const fc = (await import("fast-check")).default;
    const lines = fc.array(
      fc.oneof(
        fc.constantFrom("meta:", "  org: 甲", "body:", "  - title: 一", "    content:", "      - lead: 乙", "# 注", ""),
        fc.string(),
      ),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(lines, fc.nat(), (ls, n) => {
        const text = ls.join("\n");
        const place = yamlPlaceAt(text, text.length === 0 ? 0 : n % (text.length + 1));
        for (const step of place.parent) expect(typeof step === "number" || typeof step === "string").toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
