import { AlignmentType, LineRuleType, Paragraph, TabStopType, TextRun } from "docx";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WithParagraphProperties } from "../../test/helpers/docx-reference/paragraph-properties.js";
import { xmlOfComponent } from "../../test/helpers/docx-reference/prepare.js";
import { cleanText } from "../sanitize.js";
import { AMBIGUOUS, type RunOptions, runXml } from "./runs.js";
import { TextParagraph } from "./text-paragraph.js";

/** The run as the writer built it with the `docx` package before it wrote runs directly (4428ada). */
function textRun(text: string, options: RunOptions = {}): TextRun {
  const clean = cleanText(text);
  return new TextRun({
    text: clean,
    style: options.style,
    break: options.breakBefore || undefined,
    size: options.size === undefined ? undefined : Math.round(options.size * 2),
    font: AMBIGUOUS.test(clean) ? { hint: "eastAsia" } : undefined,
  });
}

/** Texts of every kind a run meets: Chinese, “” — …, characters to escape or drop, nothing. */
const text = fc.string({
  unit: fc.oneof(
    fc.constantFrom("青", "溪", "“", "”", "—", "…", "<", "&", ">", '"', "\u0001", "\ud800", "\n", " ", "a", "1"),
    fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  ),
  maxLength: 12,
});
const style = fc.option(fc.constantFrom("RunInLead", "Heading3RunIn"), { nil: undefined });

describe("paragraphs and runs written directly", () => {
  it("write the run the docx package writes", () => {
    fc.assert(
      fc.property(
        text,
        style,
        fc.integer({ min: 0, max: 2 }),
        fc.option(fc.constantFrom(22, 19.5, 26.25), { nil: undefined }),
        (value, runStyle, breakBefore, size) => {
          const options = { style: runStyle, breakBefore, size };
          expect(runXml(value, options)).toBe(xmlOfComponent(textRun(value, options)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("write the paragraph the docx package writes, kept with the next one or not", () => {
    const paragraphStyle = fc.option(fc.constantFrom("Heading1", "TableText"), { nil: undefined });
    fc.assert(
      fc.property(
        paragraphStyle,
        fc.boolean(),
        fc.boolean(),
        fc.array(text, { maxLength: 3 }),
        fc.boolean(),
        fc.option(fc.record({ before: fc.nat(2000), after: fc.nat(100), line: fc.nat(12000) }, { requiredKeys: [] }), {
          nil: undefined,
        }),
        fc.option(fc.nat(9000), { nil: undefined }),
        fc.option(
          fc.record(
            {
              left: fc.double({ min: -600, max: 3000, noNaN: true }),
              right: fc.double({ min: -600, max: 3000, noNaN: true }),
              hanging: fc.double({ min: 0, max: 2000, noNaN: true }),
              firstLine: fc.constantFrom(0, 640.5),
              firstLineChars: fc.constantFrom(0, 2),
            },
            { requiredKeys: [] },
          ),
          { nil: undefined },
        ),
        (pStyle, keepNext, justified, texts, kept, spacing, rightTab, indent) => {
          const runs = texts.map((t) => runXml(t));
          const direct = new TextParagraph({ style: pStyle, keepNext, justified, spacing, rightTab, indent, runs });
          const docx = new Paragraph({
            style: pStyle,
            keepNext: keepNext || undefined,
            tabStops: rightTab === undefined ? undefined : [{ type: TabStopType.RIGHT, position: rightTab }],
            spacing: spacing && { ...spacing, lineRule: spacing.line === undefined ? undefined : LineRuleType.EXACT },
            indent,
            alignment: justified ? AlignmentType.BOTH : undefined,
            children: texts.map((t) => textRun(t)),
          });
          const expected = kept
            ? new WithParagraphProperties("w:p", docx, [{ "w:keepNext": {} }, { "w:widowControl": {} }])
            : docx;
          expect((kept ? direct.kept() : direct).xml()).toBe(xmlOfComponent(expected));
        },
      ),
      { numRuns: 300 },
    );
  });
});
