import { strFromU8, zipSync } from "fflate";
import mammoth from "mammoth";
import { unzipBounded } from "./bounded-unzip.js";
import { htmlBlocks } from "./html-blocks.js";
import type { SourceLine } from "./types.js";
import { checkXml } from "./xml-check.js";

/**
 * How Word styles map to what the importer reads: the title, headings 1–4 (Word's built-in
 * names, also WPS's Chinese ones), captions, and the character styles that set a lead in bold.
 */
const STYLE_MAP = [
  "p[style-name='Title'] => h1.title:fresh",
  "p[style-name='标题'] => h1.title:fresh",
  "p[style-name='标题 1'] => h1:fresh",
  "p[style-name='标题 2'] => h2:fresh",
  "p[style-name='标题 3'] => h3:fresh",
  "p[style-name='标题 4'] => h4:fresh",
  "p[style-name='caption'] => p.caption:fresh",
  "p[style-name='题注'] => p.caption:fresh",
  "p[style-name='结尾段'] => p.closing:fresh",
  "r[style-name='举措主题句'] => strong",
  "r[style-name='三级标题（接排）'] => strong",
  "r[style-name='四级标题（接排）'] => strong",
  "r[style-name='Strong'] => strong",
];

/**
 * Parts mammoth never needs for text: images, embedded objects, fonts, and the document
 * properties (docProps/, read on their own by docx-properties.ts: a broken one loses no text).
 */
const UNUSED_PART =
  /^(?:word\/(?:media|embeddings|fonts)\/|docProps\/)|\.(?:png|jpe?g|gif|bmp|tiff?|emf|wmf|svg|bin|odttf|xlsx|docx)$/i;

/**
 * The package mammoth reads: its text parts unzipped within the importer's limits (see
 * unzipBounded), each XML part checked well-formed and not too deep (see checkXml), and zipped
 * again, stored, so that mammoth sees exactly the bytes that were measured. Images stay out.
 */
function boundedPackage(bytes: Uint8Array): { parts: Record<string, Uint8Array>; zip: Uint8Array } {
  const parts = unzipBounded(bytes, (name) => !UNUSED_PART.test(name));
  for (const [name, part] of Object.entries(parts)) {
    if (/\.(?:xml|rels)$/i.test(name)) checkXml(name, strFromU8(part));
  }
  return { parts, zip: zipSync(parts, { level: 0 }) };
}

/** What docxToLines gives back: the lines, and what mammoth had to say. */
export interface DocxLines {
  lines: SourceLine[];
  messages: string[];
  /** The package's text parts by name, as measured and checked (for what mammoth does not read). */
  parts: Record<string, Uint8Array>;
}

/**
 * Reads a .docx into source lines through mammoth: each paragraph becomes a line numbered by its
 * place in the document; Word heading styles give the heading levels (and Title the title),
 * bold runs and the lead's character style give the bold ranges, tables become tables (the
 * first row the header), a caption-styled paragraph is a table caption, and the first paragraph
 * in the style 结尾段 (gongwen's closing) starts the closing. Consecutive title
 * paragraphs (a long title set on two lines) are joined; a title broken by a line break runs on.
 */
export async function docxToLines(original: Uint8Array): Promise<DocxLines> {
  const { parts, zip: bytes } = boundedPackage(original);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  // Node's mammoth reads `buffer`, the browser build `arrayBuffer`: give both.
  const input = { buffer: bytes, arrayBuffer: buffer } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
  const result = await mammoth.convertToHtml(input, {
    styleMap: STYLE_MAP,
    ignoreEmptyParagraphs: true,
    // Images are left out of the package: none is read.
    convertImage: mammoth.images.imgElement(async () => ({ src: "" })),
  });
  const lines: SourceLine[] = [];
  htmlBlocks(result.value).forEach((block, i) => {
    const number = i + 1;
    if (block.kind === "table") {
      const [header = [], ...rows] = block.rows;
      if (header.length === 0) return;
      const text = block.rows.map((row) => row.join(" ")).join(" ");
      lines.push({ text, line: number, table: { header, rows } });
      return;
    }
    const { text, bold } = block.styled;
    const line: SourceLine = { text, line: number };
    if (bold.length > 0) line.bold = bold;
    const heading = /^h([1-6])$/.exec(block.tag);
    if (block.className === "title") {
      const previous = lines[lines.length - 1];
      if (previous?.heading === 0) {
        previous.text += text;
        return;
      }
      line.heading = 0;
      delete line.bold;
    } else if (heading) {
      // Bold stays: a run-in heading (`1.标题。` + text in one paragraph) sets its title in bold.
      line.heading = Number(heading[1]);
    } else if (block.className === "caption") {
      line.caption = true;
      delete line.bold;
    } else if (block.className === "closing" && !lines.some((l) => l.closingBreak)) {
      // The first paragraph in the style 结尾段 starts the closing, as a thematic break does in Markdown.
      lines.push({ text: "", line: number, closingBreak: true });
    }
    lines.push(line);
  });
  return { lines, messages: result.messages.map((m) => m.message), parts };
}
