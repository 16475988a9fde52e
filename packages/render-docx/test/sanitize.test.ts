import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderDocxSync } from "../src/index.js";
import { openDocx } from "./helpers/docx.js";
import { handBuilt } from "./helpers/hand-built.js";

/** Characters XML 1.0 cannot hold, as they might reach a writer through a hand-built object. */
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

function expectValid(bytes: Uint8Array): string {
  const docx = openDocx(bytes);
  let all = "";
  for (const [, text] of docx.parts) {
    expect(FORBIDDEN.test(text)).toBe(false);
    all += text;
  }
  return all;
}

describe("text sanitising", () => {
  it("writes well-formed XML from texts full of control characters and lone surrogates", () => {
    const dirty = (field: string) => `\u0001${field}\u0007<&>"'\ud800\u000b\uffff\udc00尾\u001f`;
    const report = handBuilt(dirty);
    for (const disclosureTable of [false, true]) {
      const all = expectValid(renderDocxSync(report, { disclosureTable }));
      expect(all).toContain("s1.1.1.1.lead&lt;&amp;&gt;");
      expect(all).toContain("尾");
    }
  });

  it("sets a section deeper than the model allows as a level-4 heading", () => {
    const docx = openDocx(renderDocxSync(handBuilt((field) => field)));
    const deepest = [...docx.parts.get("word/document.xml")!.matchAll(/<w:p>.*?<\/w:p>/g)].find((m) =>
      m[0].includes("s1.1.1.1.1.title"),
    );
    expect(deepest?.[0]).toContain('<w:pStyle w:val="Heading4"/>');
    expect(deepest?.[0]).toContain("（1）s1.1.1.1.1.title");
  });

  it("never writes invalid XML, whatever the texts", () => {
    const anyChar = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
    const text = fc.string({
      unit: fc.oneof(anyChar, fc.constantFrom("<", "&", "]]>", "“", "\ud842\udfb7")),
      maxLength: 20,
    });
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom("org", "title", "s1.lead", "s1.c1", "cc1", "note", "signature"), text),
        (values) => {
          const report = handBuilt((field) => values[field] ?? `${field}文字`);
          expectValid(renderDocxSync(report));
        },
      ),
      { numRuns: 60 },
    );
  });
});
