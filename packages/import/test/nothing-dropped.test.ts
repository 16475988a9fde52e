import { readdirSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeText } from "../src/index.js";
import { importFixture } from "./helpers/fixture.js";

const fixtures = readdirSync(new URL("./fixtures/", import.meta.url)).filter((f) => f.endsWith(".txt"));

describe("nothing dropped, on every fixture", () => {
  it("finds the fixtures", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(15);
  });

  // importFixture compares the input's characters with the report's and the removed clutter's.
  it.each(fixtures)("%s: the input is the report plus what was removed (whitespace and labels aside)", (name) => {
    expect(importFixture(name, { today: "2026-03-05" }).report.meta.title).toBeTruthy();
  });
});

describe("decodeText (fuzz)", () => {
  it("any bytes give a text with its encoding, or undefined; never a throw", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const decoded = decodeText(bytes);
        if (decoded) expect(["utf-8", "utf-16le", "utf-16be", "gb18030"]).toContain(decoded.encoding);
      }),
      { numRuns: 300 },
    );
  });

  it("any text encoded as UTF-8 or as UTF-16 with a BOM comes back as it was", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 80 }), fc.boolean(), (text, wide) => {
        const clean = text.replace(/[\u0000-\u001f\ufeff]/g, "");
        const bytes = wide ? utf16le(clean) : new TextEncoder().encode(clean);
        expect(decodeText(bytes)?.text).toBe(clean);
      }),
      { numRuns: 300 },
    );
  });
});

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    out[2 + i * 2] = text.charCodeAt(i) & 0xff;
    out[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return out;
}
