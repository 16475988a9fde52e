import type { DocxNumberingParts, NumberedParagraph } from "./docx-numbering.js";
import { looksLikeTitle } from "./title.js";
import type { SourceLine } from "./types.js";

const PART_NAMES = { document: "word/document.xml", numbering: "word/numbering.xml", styles: "word/styles.xml" };

/**
 * The parts of a .docx that automatic numbering needs, picked from the package's parts as
 * docxToLines unzipped and checked them (within the importer's limits), or undefined when there is
 * no `word/document.xml`.
 */
export function docxNumberingParts(files: Readonly<Record<string, Uint8Array>>): DocxNumberingParts | undefined {
  const document = files[PART_NAMES.document];
  if (!document) return undefined;
  const parts: DocxNumberingParts = { document };
  const numbering = files[PART_NAMES.numbering];
  const styles = files[PART_NAMES.styles];
  if (numbering) parts.numbering = numbering;
  if (styles) parts.styles = styles;
  return parts;
}

const SPACE = /\s+/g;
/** How far ahead a line's paragraph is looked for (mammoth drops empty paragraphs, joins a title's lines). */
const LOOK_AHEAD = 50;

/**
 * Puts the numbers Word's automatic numbering draws (docxNumberedParagraphs) in front of the
 * lines mammoth read, as if they had been typed: `一、` `（一）` `1.` then read by the outline like
 * any typed label. Lines and paragraphs are matched in order by their text (whitespace aside),
 * skipping paragraphs mammoth left out; tables and lines no paragraph matches are left as they are.
 * A line whose paragraph has an outline level 0–3 (a heading style with a name of its own, such
 * as 公文一级标题) and that mammoth did not mark as a heading becomes a heading of that level + 1,
 * unless it reads as the report's title.
 * Returns the lines and how many got a number.
 */
export function withListNumbers(
  lines: SourceLine[],
  paragraphs: NumberedParagraph[],
): { lines: SourceLine[]; numbered: number } {
  if (!paragraphs.some((p) => p.label || p.outlineLevel !== undefined)) return { lines, numbered: 0 };
  const texts = paragraphs.map((p) => p.text.replace(SPACE, ""));
  let at = 0;
  let numbered = 0;
  const out = lines.map((line) => {
    if (line.table || line.closingBreak) return line;
    const text = line.text.replace(SPACE, "");
    const end = Math.min(texts.length, at + LOOK_AHEAD);
    let found = -1;
    for (let i = at; i < end; i++) {
      if (texts[i] === text) {
        found = i;
        break;
      }
    }
    if (found < 0) return line;
    at = found + 1;
    const paragraph = paragraphs[found] as NumberedParagraph;
    const label = paragraph.label ?? "";
    const out: SourceLine = label ? { ...line, text: label + line.text } : { ...line };
    if (label) numbered++;
    if (label && line.bold) out.bold = line.bold.map(([a, b]) => [a + label.length, b + label.length]);
    // A heading by its outline level (a custom-named heading style), unless it reads as the title.
    const level = paragraph.outlineLevel;
    if (out.heading === undefined && level !== undefined && level < 4 && !looksLikeTitle(line.text)) {
      out.heading = level + 1;
    }
    return out;
  });
  return { lines: out, numbered };
}
