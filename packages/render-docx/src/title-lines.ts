import type { TitleShape } from "./profile/types.js";
import { charWidth, textWidth } from "./text-width.js";
import { CONNECTIVES, NAME_SUFFIXES, TITLE_TERMS, TRAILING_PARTICLES } from "./title-terms.js";

/** Characters that may not end a line (opening brackets and quotes). */
const NO_LINE_END = /[（(《〈“‘〔【[{]$/;
/** Characters that may not start a line (closing marks and punctuation). */
const NO_LINE_START = /^[）)》〉”’〕】\]}、，。；：？！…%％·]/;
/** Units that stay with the number before them: 2023年, 12个, 45%. */
const UNIT_AFTER_NUMBER = /^[年月日号个项条万亿元%％]/;

let segmenter: Intl.Segmenter | null | undefined;

/**
 * The platform's Chinese word segmenter, made when a title first needs breaking (null where the
 * platform has none): the first `Intl` object of a process costs some 10 ms (V8 and ICU set up
 * their locale data), which a report whose title fits on one line need not pay.
 */
function wordSegmenter(): Intl.Segmenter | null {
  segmenter ??=
    typeof Intl !== "undefined" && "Segmenter" in Intl ? new Intl.Segmenter("zh-Hans", { granularity: "word" }) : null;
  return segmenter;
}

/** The segmenter's words of a text, or undefined without a segmenter. */
function segmenterWords(text: string): string[] | undefined {
  const words = wordSegmenter();
  return words ? Array.from(words.segment(text), (s) => s.segment) : undefined;
}

const HAN = /^\p{Script=Han}$/u;

/**
 * The title's words: the platform's word segmenter (where it has one; characters and runs of
 * Latin letters and digits otherwise), then put back together where it splits a 公文 term or an
 * unknown name — a run of single characters (`青|溪|县` → `青溪县`, `管|委|会`), a name suffix
 * or a particle after its word (`改革|局`, `情况|的`), and every TITLE_TERMS occurrence.
 */
export function titleWords(title: string): string[] {
  const raw = segmenterWords(title) ?? Array.from(title.match(/[A-Za-z0-9.]+|./gsu) ?? []);
  const single = (piece: string | undefined) => piece !== undefined && HAN.test(piece) && !CONNECTIVES.includes(piece);
  const breaks = new Set<number>();
  let at = 0;
  raw.forEach((piece, i) => {
    const previous = raw[i - 1];
    const joins =
      i > 0 &&
      single(piece) &&
      (NAME_SUFFIXES.includes(piece) ||
        TRAILING_PARTICLES.includes(piece) ||
        (single(previous) && !TRAILING_PARTICLES.includes(previous as string)));
    if (i > 0 && !joins) breaks.add(at);
    at += piece.length;
  });
  for (const inside of termInteriors(title)) breaks.delete(inside);
  const words: string[] = [];
  let start = 0;
  for (const end of [...breaks].sort((a, b) => a - b)) {
    words.push(title.slice(start, end));
    start = end;
  }
  words.push(title.slice(start));
  return words.filter((w) => w !== "");
}

/** The offsets strictly inside an occurrence of a TITLE_TERMS term: never a break. */
function termInteriors(title: string): Set<number> {
  const inside = new Set<number>();
  for (const term of TITLE_TERMS) {
    for (let from = title.indexOf(term); from !== -1; from = title.indexOf(term, from + 1)) {
      for (let at = from + 1; at < from + term.length; at++) inside.add(at);
    }
  }
  return inside;
}

/**
 * Whether a line never breaks between `last` and `next`, whatever their words: after an opening
 * bracket, before closing punctuation, between a number and its unit, inside a run of Latin
 * letters and digits.
 */
function joinedByMarks(last: string, next: string): boolean {
  return (
    NO_LINE_END.test(last) ||
    NO_LINE_START.test(next) ||
    (/[0-9]$/.test(last) && UNIT_AFTER_NUMBER.test(next)) ||
    (/[A-Za-z0-9]$/.test(last) && /^[A-Za-z0-9]/.test(next))
  );
}

/** How deep in 《book titles》 the end of `text` is, from `depth` (a 》 with none open is ignored). */
function bookDepthAfter(text: string, depth = 0): number {
  let at = depth;
  for (const char of text) {
    if (char === "《") at++;
    else if (char === "》" && at > 0) at--;
  }
  return at;
}

/**
 * Splits a title into the pieces a line may break between: words (titleWords; with `whole`
 * false, the segmenter's words alone), numbers with their units, and 《book titles》 whole
 * (with `keepBookTitles`); punctuation stays with the word it belongs to.
 */
export function titleSegments(title: string, keepBookTitles = true, whole = true): string[] {
  const raw = whole ? titleWords(title) : (segmenterWords(title) ?? Array.from(title));
  const out: string[] = [];
  let bookDepth = 0;
  for (const piece of raw) {
    const last = out[out.length - 1];
    const joins = last !== undefined && ((keepBookTitles && bookDepth > 0) || joinedByMarks(last, piece));
    if (joins) out[out.length - 1] = last + piece;
    else out.push(piece);
    bookDepth = bookDepthAfter(piece, bookDepth);
  }
  return out;
}

/** What each em squared by which a line is longer than the next (in a trapezoid) adds to the cost. */
const SHAPE_WEIGHT = 2;

/**
 * How far lines of these widths are from the profile's shape: nothing for a trapezoid (each line
 * at least as long as the one above; the reverse for an inverted one) or a diamond (three or more
 * lines, the widest in the middle); otherwise the squares of the steps that go the wrong way, so
 * a title one character off the shape beats one broken far from its balance.
 */
export function shapePenalty(widths: readonly number[], shape: TitleShape): number {
  if (widths.length < 2) return 0;
  const ordered = shape === "trapezoid" ? widths : [...widths].reverse();
  let wrong = 0;
  ordered.forEach((w, i) => {
    const above = i === 0 ? w : (ordered[i - 1] as number);
    if (above > w) wrong += (above - w) ** 2;
  });
  if (wrong === 0) return 0;
  const middle = Math.max(...widths.slice(1, -1));
  const diamond =
    widths.length >= 3 && middle >= (widths[0] as number) && middle >= (widths[widths.length - 1] as number);
  return diamond ? 0 : SHAPE_WEIGHT * wrong;
}

/**
 * Breaks a long title into lines of at most `maxEms` ems, as GB/T 9704 asks: never inside a word
 * or a number with its unit, lines as even as possible, arranged as a trapezoid (each line at
 * least as long as the one above, or the reverse) or a diamond. A break right after the issuing
 * organ's name (`青溪县卫生健康局` / `2023年工作总结和…`) is preferred when it keeps the shape.
 */
export function breakTitle(title: string, maxEms: number, shape: TitleShape = "trapezoid", org?: string): string[] {
  const key = `${maxEms}\u0000${shape}\u0000${org ?? ""}\u0000${title}`;
  const known = remembered.get(key);
  if (known) return [...known];
  const lines = balancedLines(title, maxEms, shape, org);
  if (remembered.size >= 256) remembered.clear();
  remembered.set(key, lines);
  return [...lines];
}

/** Titles broken before: a report is often rendered many times. */
const remembered = new Map<string, string[]>();

function balancedLines(title: string, maxEms: number, shape: TitleShape, org: string | undefined): string[] {
  const total = textWidth(title);
  if (total <= maxEms) return [title];
  const layout: Layout = {
    title,
    maxEms,
    shape,
    total,
    lineCount: Math.max(2, Math.ceil(total / maxEms)),
    widthTo: widthsTo(title),
    orgEnd: org && title.startsWith(org) ? textWidth(org) : -1,
  };
  // First without the word segmenter (its first use costs a process ~10 ms): every place the
  // segmenter could allow is tried; when the best of them is a place it surely allows, it is
  // the best of the segmenter's too.
  const open = openCuts(title);
  if (searchable(open.length + 1, layout.lineCount) && piecesFit(open, layout)) {
    const fast = bestCuts(open, layout);
    if (fast?.every((cut) => sureCut(title, cut))) return linesAt(title, fast);
  }
  // A 《book title》 or a name longer than a line is the one thing that may break inside: at the
  // segmenter's words, or between characters where even those are too long.
  const segments = titleSegments(title).flatMap((s) =>
    textWidth(s) <= maxEms
      ? [s]
      : titleSegments(s, false, false).flatMap((w) => (textWidth(w) > maxEms ? Array.from(w) : [w])),
  );
  const cuts: number[] = [];
  let at = 0;
  for (const segment of segments.slice(0, -1)) {
    at += segment.length;
    cuts.push(at);
  }
  const best = searchable(segments.length, layout.lineCount) ? bestCuts(cuts, layout) : undefined;
  return best ? linesAt(title, best) : greedyLines(segments, maxEms);
}

/** What the search for a title's lines works with. */
interface Layout {
  title: string;
  maxEms: number;
  shape: TitleShape;
  total: number;
  lineCount: number;
  /** The width of the title up to each UTF-16 offset (widthsTo). */
  widthTo: number[];
  /** The width of the issuing organ's name when the title starts with it, else -1. */
  orgEnd: number;
}

/** The width of `text` up to each UTF-16 offset, added up character by character as textWidth does. */
function widthsTo(text: string): number[] {
  const out = [0];
  let width = 0;
  for (const char of text) {
    width += charWidth(char);
    out.push(width);
    if (char.length === 2) out.push(width);
  }
  return out;
}

/** Whether every way of breaking this many pieces into lines is tried (else lines are filled greedily). */
function searchable(pieces: number, lineCount: number): boolean {
  return pieces <= 60 && (lineCount <= 3 || pieces <= 30);
}

/**
 * The lines' ends (UTF-16 offsets, the title's end left out) of the best of the breaks at `cuts`:
 * lines as even as possible, in the profile's shape, a break after the organ's name preferred;
 * undefined when no lines fit. Of equal ones, the first in the order of the cuts.
 */
function bestCuts(cuts: readonly number[], layout: Layout): number[] | undefined {
  const { total, lineCount, maxEms, shape, widthTo, orgEnd } = layout;
  const ends = cuts.map((cut) => widthTo[cut] as number);
  let best: { cost: number; breaks: number[] } | undefined;
  const search = (from: number, breaks: number[]) => {
    if (breaks.length === lineCount - 1) {
      const bounds = [0, ...breaks.map((b) => ends[b] as number), total];
      const lines = bounds.slice(1).map((end, i) => end - (bounds[i] as number));
      if (lines.some((w) => w > maxEms || w <= 0)) return;
      const mean = total / lineCount;
      let cost = lines.reduce((acc, w) => acc + (w - mean) ** 2, 0) + shapePenalty(lines, shape);
      if (breaks.some((b) => Math.abs((ends[b] as number) - orgEnd) < 1e-9)) cost -= mean * mean * 0.5;
      if (!best || cost < best.cost) best = { cost, breaks: [...breaks] };
      return;
    }
    for (let i = from; i < cuts.length; i++) search(i + 1, [...breaks, i]);
  };
  search(0, []);
  return best?.breaks.map((b) => cuts[b] as number);
}

/** The title cut at these offsets. */
function linesAt(title: string, cuts: readonly number[]): string[] {
  return [0, ...cuts].map((from, i) => title.slice(from, cuts[i] ?? title.length));
}

/**
 * Every offset where titleSegments could put a break, whatever the segmenter says: all but those
 * joinedByMarks closes. The segmenter's breaks are among these.
 */
function openCuts(title: string): number[] {
  const cuts: number[] = [];
  let previous = "";
  let at = 0;
  for (const char of title) {
    if (at > 0 && !joinedByMarks(previous, char)) cuts.push(at);
    previous = char;
    at += char.length;
  }
  return cuts;
}

/** Whether each piece between these cuts fits on a line (none would then be cut further). */
function piecesFit(cuts: readonly number[], layout: Layout): boolean {
  const { widthTo, maxEms, title } = layout;
  return [...cuts, title.length].every((end, i) => {
    const start = i === 0 ? 0 : (cuts[i - 1] as number);
    return (widthTo[end] as number) - (widthTo[start] as number) <= maxEms;
  });
}

/** A Latin letter or digit, or an opening bracket or quote: never joined to a Chinese character before it. */
const STARTS_APART = /^[A-Za-z0-9（(《〈“‘〔【[{]/;

/**
 * Whether titleSegments surely breaks at `cut`, without asking the segmenter: between a Chinese
 * character and a Latin letter, a digit or an opening mark (a word boundary to every segmenter,
 * which titleWords never joins: it joins Chinese characters only), outside a 公文 term and a
 * 《book title》.
 */
function sureCut(title: string, cut: number): boolean {
  const before = title.slice(0, cut);
  const last = Array.from(before.slice(-2)).at(-1) ?? "";
  if (!HAN.test(last) || !STARTS_APART.test(title.slice(cut))) return false;
  return !termInteriors(title).has(cut) && bookDepthAfter(before) === 0;
}

/** Fills lines one after another: the fallback for titles too long to search (or without valid breaks). */
function greedyLines(segments: string[], maxEms: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const segment of segments) {
    if (line && textWidth(line + segment) > maxEms) {
      lines.push(line);
      line = segment;
    } else line += segment;
  }
  if (line) lines.push(line);
  return lines;
}
