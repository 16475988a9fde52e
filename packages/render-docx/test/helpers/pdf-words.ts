/**
 * Reads the words of a PDF with their boxes from `pdftotext -bbox` (poppler) and groups them
 * into lines, in millimetres from the paper's top-left corner.
 */
import { execFileSync } from "node:child_process";

/** Millimetres in one PDF point. */
export const MM_PER_PT = 25.4 / 72;

/** A word as pdftotext found it, in millimetres. */
export interface Word {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

/** Words on one line, left to right. */
export interface Line {
  words: Word[];
  text: string;
  x0: number;
  x1: number;
  /** The middle of the line's word boxes (poppler's boxes are font boxes, not ink). */
  middle: number;
  /** The font box height of the line's words, in mm (1.3 × the type size with poppler's default metrics). */
  height: number;
}

/** One page: its size and its lines top to bottom. */
export interface Page {
  number: number;
  width: number;
  height: number;
  lines: Line[];
}

const decode = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

/** Parses the XHTML `pdftotext -bbox` writes. */
export function parseBbox(html: string): Page[] {
  const pages: Page[] = [];
  const pagePattern = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;
  const wordPattern = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const page of html.matchAll(pagePattern)) {
    const words: Word[] = [];
    for (const w of (page[3] ?? "").matchAll(wordPattern)) {
      words.push({
        x0: Number(w[1]) * MM_PER_PT,
        y0: Number(w[2]) * MM_PER_PT,
        x1: Number(w[3]) * MM_PER_PT,
        y1: Number(w[4]) * MM_PER_PT,
        text: decode(w[5] ?? ""),
      });
    }
    pages.push({
      number: pages.length + 1,
      width: Number(page[1]) * MM_PER_PT,
      height: Number(page[2]) * MM_PER_PT,
      lines: groupLines(words),
    });
  }
  return pages;
}

/** Groups words whose box middles lie within 1.5 mm of each other into lines. */
export function groupLines(words: readonly Word[]): Line[] {
  const sorted = [...words].sort((a, b) => (a.y0 + a.y1) / 2 - (b.y0 + b.y1) / 2);
  const groups: Word[][] = [];
  for (const word of sorted) {
    const middle = (word.y0 + word.y1) / 2;
    const current = groups[groups.length - 1];
    const first = current?.[0];
    if (current && first && Math.abs((first.y0 + first.y1) / 2 - middle) < 1.5) current.push(word);
    else groups.push([word]);
  }
  return groups.map((group) => {
    const words = group.sort((a, b) => a.x0 - b.x0);
    const heights = words.map((w) => w.y1 - w.y0).sort((a, b) => a - b);
    return {
      words,
      text: words.map((w) => w.text).join(""),
      x0: Math.min(...words.map((w) => w.x0)),
      x1: Math.max(...words.map((w) => w.x1)),
      middle: words.reduce((sum, w) => sum + (w.y0 + w.y1) / 2, 0) / words.length,
      height: heights[Math.floor(heights.length / 2)] ?? 0,
    };
  });
}

/** Runs pdftotext -bbox on a PDF file and parses its pages. */
export function readPdfPages(pdfPath: string): Page[] {
  const html = execFileSync("pdftotext", ["-bbox", pdfPath, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return parseBbox(html);
}
