import { type Label, readLabel } from "./labels.js";
import { OPENERS } from "./lead.js";
import type { SourceLine } from "./types.js";

/** What may stand before an initiative that runs on in the same paragraph: the end of the one before. */
const RUN_IN_BREAK = /[；;。]/;
/** A heading's short title closed by a full stop, on the line before its first initiative: `（一）强化保障。`. */
const HEADING_TITLE_MAX = 30;

/**
 * Offsets of a text at depth 0 — outside quotes, book titles and brackets — just after a
 * `；` or `。`: the only places an initiative that runs on may start. Unbalanced marks (more
 * than 8 open) reset, so a stray bracket cannot hide the rest of the paragraph.
 */
function breaksOutsideMarks(text: string): number[] {
  const out: number[] = [];
  const closers: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (closers.length > 0 && ch === closers[closers.length - 1]) closers.pop();
    else if (OPENERS[ch]) closers.push(OPENERS[ch] as string);
    else if (closers.length === 0 && RUN_IN_BREAK.test(ch)) out.push(i + 1);
    if (closers.length > 8) closers.length = 0;
  }
  return out;
}

/** Where the initiatives of a line start, when it runs several together (see splitRunIn). */
function runInCuts(text: string): number[] {
  let first = readLabel(text);
  let start = 0;
  if (!first) return [];
  let afterHeading = false;
  const cuts: number[] = [];
  const breaks = breaksOutsideMarks(text);
  if (first.type === "l1" || first.type === "l2") {
    // `（一）强化保障。一是……`: the heading's title, then the first initiative.
    const labelEnd = text.length - first.rest.length;
    const stop = breaks.find((at) => at > labelEnd);
    if (stop === undefined || stop - labelEnd > HEADING_TITLE_MAX || text[stop - 1] !== "。") return [];
    const next = readLabel(text.slice(stop));
    if (next?.number !== 1 || next.type === "l1" || next.type === "l2") return [];
    cuts.push(stop);
    first = next;
    start = stop;
    afterHeading = true;
  }
  let last: Label = first;
  for (const at of breaks) {
    if (at <= start || at >= text.length) continue;
    const next = readLabel(text.slice(at));
    if (next && next.type === last.type && next.number === last.number + 1) {
      cuts.push(at);
      last = next;
    }
  }
  // A heading with one initiative after it is cut too; a line with one initiative has no cut.
  return afterHeading || cuts.length > 0 ? cuts : [];
}

/** The bold ranges of `line` that fall in [start, end), shifted to the piece. */
function boldIn(line: SourceLine, start: number, end: number): [number, number][] {
  return (line.bold ?? [])
    .map(([a, b]): [number, number] => [Math.max(a, start) - start, Math.min(b, end) - start])
    .filter(([a, b]) => b > a);
}

/**
 * Cuts a paragraph that runs its initiatives together — `一是……；二是……。`, `1.法律援助：……；
 * 2.人民调解：……。`, `（1）……。（2）……。`, also right after a heading on the same line
 * (`（一）强化保障。一是……；二是……`) — into one line per initiative (and the heading).
 * An initiative starts only after a `；` or `。` outside quotes, book titles and brackets,
 * with a label of the same kind as the paragraph's first and the next number: `二是` inside
 * “……二是……” or 《……》, `2.5万亩` and a list of numbers never start one. The separators stay
 * at the end of the initiative before. Each piece carries `runIn` (the line it came from, so
 * the section can keep them in one paragraph) and `joiner: ""` (so an item the outline does not
 * take is glued back as it stood). Tables and headings marked up as such are left alone.
 */
export function splitRunIn(lines: SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (const line of lines) {
    const cuts = line.table || line.closingBreak || line.heading !== undefined ? [] : runInCuts(line.text);
    if (cuts.length === 0) {
      out.push(line);
      continue;
    }
    const bounds = [0, ...cuts, line.text.length];
    for (let i = 0; i + 1 < bounds.length; i++) {
      const start = bounds[i] as number;
      const end = bounds[i + 1] as number;
      const piece: SourceLine = { ...line, text: line.text.slice(start, end), runIn: line.line };
      const bold = boldIn(line, start, end);
      if (bold.length > 0) piece.bold = bold;
      else delete piece.bold;
      if (i > 0) piece.joiner = "";
      out.push(piece);
    }
  }
  return out;
}
