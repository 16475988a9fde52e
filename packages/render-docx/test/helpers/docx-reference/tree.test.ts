import { Paragraph, TextRun } from "docx";
import { describe, expect, it } from "vitest";
import { xmlOfComponent } from "./prepare.js";
import { xmlOf } from "./tree.js";

describe("xmlOf", () => {
  it("writes the shapes docx prepares: text, attributes, children, empty elements", () => {
    expect(xmlOf({ "w:b": {} } as never)).toBe("<w:b/>");
    expect(xmlOf({ "w:sz": { _attr: { "w:val": 32 } } } as never)).toBe('<w:sz w:val="32"/>');
    expect(xmlOf({ "w:t": [{ _attr: { "xml:space": "preserve" } }, "a<b"] } as never)).toBe(
      '<w:t xml:space="preserve">a&lt;b</w:t>',
    );
    expect(xmlOf({ "w:r": [{ "w:b": {} }, { "w:t": ["x"] }] } as never)).toBe("<w:r><w:b/><w:t>x</w:t></w:r>");
    expect(xmlOf({ "w:x": { _attr: { "w:a": undefined, "w:b": false } } } as never)).toBe('<w:x w:b="false"/>');
  });

  it("writes what the docx package's own writer writes for a paragraph", () => {
    const xml = xmlOfComponent(
      new Paragraph({ style: "Heading1", children: [new TextRun({ text: "一、标题", bold: true })] }),
    );
    expect(xml).toBe(
      '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">一、标题</w:t></w:r></w:p>',
    );
  });
});
