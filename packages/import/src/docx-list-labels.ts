import { unzipSync } from "fflate";
import type { DocxNumberingParts, NumberedParagraph } from "./docx-numbering.js";
import type { SourceLine } from "./types.js";

const PART_NAMES = { document: "word/document.xml", numbering: "word/numbering.xml", styles: "word/styles.xml" };

/**
 * The parts of a .docx that automatic numbering needs, unzipped (only those three entries), or
 * undefined when the bytes are no zip or have no `word/document.xml`.
 */
export function docxNumberingParts(bytes: Uint8Array): DocxNumberingParts | undefined {
  const wanted = new Set(Object.values(PART_NAMES));
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => wanted.has(file.name) });
  } catch {
    return undefined;
  }
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
 * Returns the lines and how many got a number.
 */
export function withListNumbers(
  lines: SourceLine[],
  paragraphs: NumberedParagraph[],
): { lines: SourceLine[]; numbered: number } {
  if (!paragraphs.some((p) => p.label)) return { lines, numbered: 0 };
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
    const label = paragraphs[found]?.label;
    if (!label) return line;
    numbered++;
    const labelled: SourceLine = { ...line, text: label + line.text };
    if (line.bold) labelled.bold = line.bold.map(([a, b]) => [a + label.length, b + label.length]);
    return labelled;
  });
  return { lines: out, numbered };
}
