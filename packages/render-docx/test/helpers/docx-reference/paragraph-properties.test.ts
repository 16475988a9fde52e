import { Paragraph, StyleForParagraph } from "docx";
import { describe, expect, it } from "vitest";
import { insertParagraphProperties, SNAP_TO_GRID_OFF, WithParagraphProperties } from "./paragraph-properties.js";
import { xmlOfComponent } from "./prepare.js";

describe("insertParagraphProperties", () => {
  it("puts w:snapToGrid before w:spacing, as CT_PPr orders them", () => {
    const style = new StyleForParagraph({
      id: "Title",
      name: "Title",
      paragraph: { keepNext: true, spacing: { line: 579 }, alignment: "center" },
    });
    const xml = xmlOfComponent(new WithParagraphProperties("w:style", style, [SNAP_TO_GRID_OFF]));
    expect(xml).toContain(
      '<w:pPr><w:keepNext/><w:snapToGrid w:val="0"/><w:spacing w:line="579"/><w:jc w:val="center"/></w:pPr>',
    );
  });

  it("creates w:pPr where a paragraph has none, and replaces an element already there", () => {
    const prepared = { "w:p": [{ "w:r": [{ "w:t": ["x"] }] }] };
    insertParagraphProperties(prepared as never, [SNAP_TO_GRID_OFF]);
    insertParagraphProperties(prepared as never, [{ "w:snapToGrid": { _attr: { "w:val": "1" } } } as never]);
    expect(prepared["w:p"][0]).toEqual({ "w:pPr": [{ "w:snapToGrid": { _attr: { "w:val": "1" } } }] });
  });

  it("works on a paragraph written through the wrapper", () => {
    const xml = xmlOfComponent(new WithParagraphProperties("w:p", new Paragraph({ text: "正文" }), [SNAP_TO_GRID_OFF]));
    expect(xml.startsWith('<w:p><w:pPr><w:snapToGrid w:val="0"/></w:pPr>')).toBe(true);
  });
});
