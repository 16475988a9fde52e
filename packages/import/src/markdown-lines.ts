import { yamlDepthProblem } from "@gongwen/schema";
import { parse as parseYaml } from "yaml";
import { appendStyled, readInlineMarkdown, type StyledText, trimStyled } from "./inline.js";
import { readLabel } from "./labels.js";
import type { SourceLine } from "./types.js";

/** What markdownToLines gives back: the lines of the body and the front matter, if any. */
export interface MarkdownLines {
  lines: SourceLine[];
  /** The front matter's fields, when it held a mapping. */
  frontMatter?: Record<string, unknown>;
  /** Why the front matter could not be read, when it could not. */
  frontMatterError?: string;
}

/** An ATX heading's opening: up to three spaces, one to six `#`, then a space, a tab or the end. */
const HEADING_OPEN = /^ {0,3}(#{1,6})(?=[ \t]|$)/;

/**
 * An ATX heading line's depth and text, without the optional closing `#`s (CommonMark 4.2), or
 * undefined. Read without a backtracking regex: a line of 200,000 spaces takes linear time.
 */
function readHeading(raw: string): { depth: number; text: string } | undefined {
  const open = HEADING_OPEN.exec(raw);
  if (!open) return undefined;
  let text = raw.slice(open[0].length).trim();
  let hashes = text.length;
  while (hashes > 0 && text[hashes - 1] === "#") hashes--;
  if (hashes < text.length && (hashes === 0 || /[ \t]/.test(text[hashes - 1] as string))) {
    text = text.slice(0, hashes).trim();
  }
  return { depth: (open[1] as string).length, text };
}
const BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const CAPTION = /^[ \t]*(?:[Tt]able|表)[ \t]*[:：][ \t]*/;
const FENCE = /^ {0,3}(```|~~~)/;
const BULLET = /^ {0,3}[-*+][ \t]+/;
const QUOTE = /^ {0,3}>[ \t]?/;
const ORDERED = /^ {0,3}\d{1,9}[.)][ \t]/;
const COMMENT = /^[ \t]*<!--.*-->[ \t]*$/;

function cells(row: string): string[] {
  const inner = row
    .trim()
    .replace(/^\|/, "")
    .replace(/(?<!\\)\|$/, "");
  return inner.split(/(?<!\\)\|/).map((cell) => readInlineMarkdown(cell.trim()).text.trim());
}

function readFrontMatter(rows: string[]): { end: number; fields?: Record<string, unknown>; error?: string } {
  if (rows[0]?.trim() !== "---") return { end: 0 };
  const close = rows.findIndex((row, i) => i > 0 && /^(?:---|\.\.\.)[ \t]*$/.test(row));
  if (close < 0) return { end: 0 };
  const yaml = rows.slice(1, close).join("\n");
  // Nesting deeper than any report overflows the YAML composer's stack: refused before parsing.
  const deep = yamlDepthProblem(yaml, "en");
  if (deep) return { end: close + 1, error: deep.message };
  try {
    const value: unknown = parseYaml(yaml, { maxAliasCount: 100 });
    if (value === null || value === undefined) return { end: close + 1 };
    if (typeof value !== "object" || Array.isArray(value)) return { end: close + 1, error: "not a mapping" };
    return { end: close + 1, fields: value as Record<string, unknown> };
  } catch (error) {
    return { end: close + 1, error: (error as Error).message.split("\n")[0] ?? "" };
  }
}

/**
 * Reads Markdown — not only the gongwen dialect — into source lines: front matter, ATX headings
 * (the title when the first heading stands alone at the top depth; the others by depth below it),
 * paragraphs (soft-wrapped lines joined, but a line opening with a number starts a new one), `**bold**` runs (where leads hide), pipe tables with a
 * `Table: …` caption, thematic breaks (the closing follows), block quotes and list items as
 * paragraphs. Lines keep their line number in the Markdown.
 */
export function markdownToLines(source: string): MarkdownLines {
  const rows = source.split("\n");
  const front = readFrontMatter(rows);
  const lines: SourceLine[] = [];
  let paragraph: { styled: StyledText; line: number } | undefined;
  const flush = () => {
    if (!paragraph) return;
    const styled = trimStyled(paragraph.styled);
    if (styled.text) {
      const line: SourceLine = { text: styled.text, line: paragraph.line };
      if (styled.bold.length > 0) line.bold = styled.bold;
      const caption = CAPTION.exec(line.text);
      if (caption) {
        line.text = line.text.slice(caption[0].length).trim();
        line.caption = true;
        delete line.bold;
      }
      if (line.text) lines.push(line);
    }
    paragraph = undefined;
  };
  let fence: string | undefined;
  for (let i = front.end; i < rows.length; i++) {
    const raw = rows[i] ?? "";
    const number = i + 1;
    if (fence !== undefined) {
      if (raw.trim().startsWith(fence)) fence = undefined;
      else if (raw.trim()) lines.push({ text: raw.trim(), line: number });
      continue;
    }
    const fenceOpen = FENCE.exec(raw);
    if (fenceOpen) {
      flush();
      fence = fenceOpen[1];
      continue;
    }
    if (!raw.trim() || COMMENT.test(raw)) {
      flush();
      continue;
    }
    const heading = readHeading(raw);
    if (heading) {
      flush();
      const styled = trimStyled(readInlineMarkdown(heading.text));
      if (styled.text) lines.push({ text: styled.text, line: number, heading: heading.depth });
      continue;
    }
    if (BREAK.test(raw)) {
      flush();
      lines.push({ text: "", line: number, closingBreak: true });
      continue;
    }
    if (raw.includes("|") && DELIMITER_ROW.test(rows[i + 1] ?? "") && (rows[i + 1] ?? "").includes("-")) {
      flush();
      const header = cells(raw);
      const body: string[][] = [];
      let j = i + 2;
      while (j < rows.length && (rows[j] ?? "").includes("|") && (rows[j] ?? "").trim()) {
        body.push(cells(rows[j] ?? ""));
        j++;
      }
      const text = [header, ...body].map((row) => row.join(" ")).join(" ");
      lines.push({ text, line: number, table: { header, rows: body } });
      i = j - 1;
      continue;
    }
    let text = raw.replace(QUOTE, "");
    const bullet = BULLET.exec(text);
    if (bullet) {
      flush();
      text = text.slice(bullet[0].length);
    }
    // A numbered item (`1. …`, `一是…`, `（二）…`) starts a paragraph of its own, as reports write them.
    if (ORDERED.test(text) || readLabel(readInlineMarkdown(text.trim()).text)) flush();
    // A hard break (two spaces or a backslash at the end) stays within the paragraph.
    text = text.replace(/(?: {2,}|\\)$/, "");
    const styled = readInlineMarkdown(text.trim());
    if (!paragraph) paragraph = { styled: { text: "", bold: [] }, line: number };
    const prev = paragraph.styled.text;
    const space = /[A-Za-z0-9%.,;:!?)\]]$/.test(prev) && /^[A-Za-z0-9([]/.test(styled.text) ? " " : "";
    appendStyled(paragraph.styled, space, false);
    const offset = paragraph.styled.text.length;
    paragraph.styled.text += styled.text;
    for (const [s, e] of styled.bold) {
      const last = paragraph.styled.bold[paragraph.styled.bold.length - 1];
      if (last && last[1] === s + offset) last[1] = e + offset;
      else paragraph.styled.bold.push([s + offset, e + offset]);
    }
  }
  flush();
  const out: MarkdownLines = { lines: levelHeadings(lines) };
  if (front.fields) out.frontMatter = front.fields;
  if (front.error) out.frontMatterError = front.error;
  return out;
}

/**
 * Turns Markdown heading depths into levels: when the first heading is the only one at the
 * shallowest depth it is the title (level 0) and the depth below it is level 1; otherwise the
 * shallowest depth is level 1.
 */
function levelHeadings(lines: SourceLine[]): SourceLine[] {
  const depths = lines.filter((l) => l.heading !== undefined).map((l) => l.heading as number);
  if (depths.length === 0) return lines;
  const top = Math.min(...depths);
  const first = lines.find((l) => l.heading !== undefined) as SourceLine;
  const titled = first.heading === top && depths.filter((d) => d === top).length === 1;
  return lines.map((line) => {
    if (line.heading === undefined) return line;
    if (titled && line === first) return { ...line, heading: 0 };
    const base = titled ? top : top - 1;
    return { ...line, heading: Math.max(1, line.heading - base) };
  });
}
