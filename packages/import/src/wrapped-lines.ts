import { isDateLine } from "./dates.js";
import { readLabel } from "./labels.js";
import { endsSentence } from "./outline.js";
import type { SourceLine } from "./types.js";

/** A line that opens with what ends a clause can never start a paragraph: `，`, `。`, `）` … */
const CONTINUATION_START = /^[，,。．；;：:、）)】》”’！？!?%％]/;
/** Portal markers, metadata keys and a closing's markers that start lines of their own. */
const OWN_LINE = /^(?:【|发布日期|发布时间|索引号|成文日期|发布机构|来源[:：]|附件[:：]|抄送[:：]|[（(]此件)/;
/** A line of prose holds a clause mark; a title, a heading or a portal's info line mostly holds none. */
const PROSE = /[，、。；]/;
/** A line this much of the common width or more is full: the copy broke it, not the author. */
const FULL = 0.75;
/** First-line indents: two full-width spaces (normalised to two spaces) or four spaces, or a tab. */
const INDENT = /^(?: {2,}|\t)/;

/** What rejoinWrappedLines gives back: the paragraphs, and how many line breaks it took out. */
export interface Rejoined {
  lines: SourceLine[];
  /** The number of lines joined onto the line before them. */
  joined: number;
  /** The common line length found (characters), when the text reads as hard-wrapped. */
  width?: number;
  /** The input line of the first line joined onto another. */
  first?: number;
}

/** The length most full lines have: the 90th percentile of the lengths of the lines. */
function commonWidth(lengths: number[]): number {
  const sorted = [...lengths].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.9))] ?? 0;
}

/** Whether a line opens something of its own: a numbering label, a date, a portal marker, a table. */
function opensUnit(line: SourceLine, next: SourceLine | undefined): boolean {
  if (line.table) return true;
  const text = line.text;
  if (readLabel(text) || isDateLine(text) || OWN_LINE.test(text)) return true;
  // A signature: a short line without punctuation right above the date.
  return next !== undefined && isDateLine(next.text) && text.length <= 30 && !/[，。；：,;:]/.test(text);
}

/** Joins two pieces of a broken line: directly, but with a space between two Latin words. */
function join(a: string, b: string): string {
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z]/.test(b) ? `${a} ${b}` : a + b;
}

/**
 * Rejoins the lines of a text copied from a PDF or a narrow page, where lines break every 20–30
 * characters in the middle of sentences (even of figures: `12.6` / `万亩`). The text reads as
 * hard-wrapped when at least three of its full lines (75% of the common width — the 90th
 * percentile of line lengths — or more), and a third of them, are prose (a `，` `、` `。` `；` in
 * them) that ends in the middle of a sentence.
 * A line is then joined onto the one before when that one is full prose and does not end a sentence
 * (in a text that indents its paragraphs' first lines — two full-width or four ASCII spaces —
 * when that one is full and this one is not indented, even after a full stop) and the line
 * opens nothing of its own: no numbering label, no
 * date, no signature above a date, no portal marker or table. A line that opens with `，`, `。`,
 * `）` … is always a continuation. Real paragraph breaks (a short last line, an indent) stay.
 * `raw` are the text's lines before trimming (for the indents), indexed by `line - 1`.
 */
export function rejoinWrappedLines(lines: SourceLine[], raw: string[]): Rejoined {
  const texts = lines.filter((l) => !l.table);
  const width = commonWidth(texts.map((l) => l.text.length));
  const full = texts.filter((l) => l.text.length >= width * FULL);
  // Prose broken mid-sentence: a full line with a clause mark in it that does not end a sentence.
  const unfinished = full.filter((l) => PROSE.test(l.text) && !endsSentence(l.text)).length;
  const wrapped = width >= 10 && unfinished >= 3 && unfinished * 3 >= full.length;
  const indented = (l: SourceLine) => INDENT.test(raw[l.line - 1] ?? "");
  const indents = wrapped && texts.filter(indented).length >= 2;
  const out: SourceLine[] = [];
  let joined = 0;
  let first: number | undefined;
  lines.forEach((line, i) => {
    const prev = out[out.length - 1];
    const continues =
      prev !== undefined &&
      !prev.table &&
      !line.table &&
      (CONTINUATION_START.test(line.text) ||
        (wrapped &&
          !opensUnit(line, lines[i + 1]) &&
          prev.text.length >= width * FULL &&
          PROSE.test(prev.text) &&
          (indents ? !indented(line) : !endsSentence(prev.text))));
    if (continues && prev) {
      out[out.length - 1] = { ...prev, text: join(prev.text, line.text) };
      joined++;
      first ??= line.line;
    } else out.push(line);
  });
  const result: Rejoined = { lines: out, joined };
  if (wrapped) result.width = width;
  if (first !== undefined) result.first = first;
  return result;
}
