import { type Block, disclosureRows, isInitiative, isTable, reportParts, type Section } from "@gongwen/schema";
import { isRunIn, withFullStop } from "./blocks/headings.js";
import { letterheadSize } from "./blocks/letterhead.js";
import { modelTableRowLines, tableRowLines } from "./blocks/tables.js";
import type { RenderContext } from "./context.js";
import { cachedHeadingLabel, cachedInitiativeLabel } from "./labels.js";
import { cleanText } from "./sanitize.js";
import { codeWidth } from "./text-width.js";
import { breakTitle } from "./title-lines.js";
import { mmToTwips, ptToTwips } from "./units.js";

/** Where the text (the date, or the 附注) ends, as the writer works it out from the grid. */
export interface TextEnd {
  /** The page, from 1. */
  page: number;
  /** Grid lines used on that page, the last one included (1–22): the earliest it may be. */
  rows: number;
  /** How many more lines it may take (keep-with-next may bring a whole paragraph along). */
  slack: number;
}

/** Characters that may hang past the line's end rather than start the next line (LibreOffice, Word). */
const HANGS = "，。、；：？！）》”’」』〕】…";
/** Extra space Word and LibreOffice put between Chinese and Latin text (autospace), in ems. */
const AUTOSPACE = 0.25;

/** Characters of a run that does not break inside: Latin letters, digits and their signs (2023, 12.6%). */
function inLatinRun(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    code === 0x2e ||
    code === 0x2c ||
    code === 0x25 ||
    code === 0x2b ||
    code === 0x2d ||
    code === 0xff05 ||
    code === 0x2030 ||
    code === 0x2212
  );
}

/** Bits of `classes`: in a Latin run (inLatinRun), may hang (HANGS). */
const LATIN = 1;
const HANGING = 2;
/** LATIN and HANGING of every character of the Basic Multilingual Plane, by code (none past it): made on first use. */
let classes: Uint8Array | undefined;

function classesOf(): Uint8Array {
  const made = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) if (inLatinRun(code)) made[code] = LATIN;
  for (const char of HANGS) made[char.charCodeAt(0)] = HANGING;
  return made;
}

/**
 * The lines a paragraph of body text takes on the grid: runs of Latin letters and digits stay
 * whole, closing punctuation may hang past the line's end, and Chinese next to Latin text gets a
 * quarter em (the suites' automatic spacing). Widths in points: each character at the body size
 * plus the body's character spacing. One pass over the characters (the estimate runs per render).
 */
export function paragraphLines(context: RenderContext, text: string, indentChars = 2): number {
  const { profile, geometry } = context;
  const size = profile.sizes.body;
  const spacing = geometry.bodyCharSpacing / 20;
  const line = geometry.typeWidth / 20;
  const autospace = AUTOSPACE * size;
  let room = line - (indentChars * geometry.char) / 20;
  let lines = 1;
  let empty = true;
  let run = 0;
  let inRun = false;
  let seen = false;
  const clean = cleanText(text);
  if (!classes) classes = classesOf();
  const known = classes;
  // Placing a piece of `width` (a character, or a run kept whole) that may hang or not: on a new
  // line when it does not fit, unless the line is empty. Written out at each place, in local
  // variables (no closure): this loop runs over every character of the text.
  for (let i = 0; i < clean.length; i++) {
    // Code points, as a string's iterator gives them: a surrogate pair is one character.
    const code = clean.codePointAt(i) as number;
    if (code > 0xffff) i++;
    const width = codeWidth(code) * size + spacing;
    const bits = code > 0xffff ? 0 : (known[code] as number);
    const latin = (bits & LATIN) !== 0;
    const hanging = (bits & HANGING) !== 0;
    // Autospace where Latin text meets Chinese (not before hanging punctuation).
    const space = seen && latin !== inRun && !hanging ? autospace : 0;
    if (latin) {
      run += (inRun ? 0 : space) + width;
      inRun = true;
    } else {
      if (inRun) {
        if (run > room + 0.01 && !empty) {
          lines++;
          room = line;
        }
        room -= run;
        empty = false;
      }
      run = 0;
      inRun = false;
      const piece = width + space;
      if (piece > room + 0.01 && !empty && !hanging) {
        lines++;
        room = line;
      }
      room -= piece;
      empty = false;
    }
    seen = true;
  }
  if (inRun && run > room + 0.01 && !empty) lines++;
  return lines;
}

/** One piece of the flow: its height in grid lines and how it may break. */
interface FlowItem {
  lines: number;
  /** Moves whole to the next page rather than split (headings, table rows, the title). */
  whole?: boolean;
  /** Stays on the page of the next item's first line (headings, captions). */
  keepNext?: boolean;
}

function sectionItems(context: RenderContext, section: Section, level: number, index: number, out: FlowItem[]) {
  const [first, ...rest] = section.content;
  const label = cachedHeadingLabel(Math.min(level, 4), index);
  const title = cleanText(section.title);
  if (isRunIn(context, level) && typeof first === "string") {
    out.push({ lines: paragraphLines(context, label + withFullStop(title) + first) });
    blockItems(context, section, rest, out);
  } else {
    out.push({ lines: paragraphLines(context, label + title), whole: true, keepNext: true });
    blockItems(context, section, section.content, out);
  }
  section.sections.forEach((child, i) => {
    sectionItems(context, child, level + 1, i + 1, out);
  });
}

function blockItems(context: RenderContext, section: Section, blocks: readonly Block[], out: FlowItem[]) {
  let initiatives = 0;
  for (const block of blocks) {
    if (typeof block === "string") out.push({ lines: paragraphLines(context, block) });
    else if (isTable(block)) {
      if (block.table.caption !== undefined) out.push({ lines: 1, whole: true, keepNext: true });
      for (const lines of modelTableRowLines(context, block.table)) out.push({ lines, whole: true });
    } else if (isInitiative(block)) {
      const label = cachedInitiativeLabel(section.style, ++initiatives);
      out.push({ lines: paragraphLines(context, label + (block.lead ?? "") + (block.text ?? "")) });
    }
  }
}

/** The grid lines the 版头 takes: 发文机关标志 35 mm down, 发文字号 and red line, to the title. */
function letterheadLines(context: RenderContext): number {
  const { meta } = context.report;
  const { geometry, profile } = context;
  const size = letterheadSize(context, cleanText(meta.letterheadName ?? `${meta.org}文件`));
  const twips =
    mmToTwips(profile.letterhead.top) +
    Math.round(size * 22) +
    4 * geometry.linePitch +
    ptToTwips(profile.sizes.body) +
    mmToTwips(profile.letterhead.ruleGap);
  return Math.round(twips / geometry.linePitch);
}

/** What opens the document before the title, as BodySwitches decide it. */
export interface Opening {
  letterhead: boolean;
  disclosureTable: boolean;
}

/**
 * Works out on which page and grid line the text ends (the date, or the 附注 after it), the way
 * Word and LibreOffice lay out the grid this writer sets: 22 lines a page, the 版头, the title's
 * lines and the blank after it, headings kept with the next line, table rows whole, and the last
 * paragraph kept with the 附件说明, signature and date. Where the suites differ the answer is a
 * range: LibreOffice moves a paragraph kept with the next one whole, Word only its last lines
 * (two at least, widow control).
 */
export function estimateTextEnd(context: RenderContext, opening: Opening): TextEnd {
  const { report, profile } = context;
  const { meta, body } = report;
  const perPage = profile.grid.lines;
  const items: FlowItem[] = [];
  if (opening.disclosureTable) {
    // The table disclosureTable writes, measured with the widest 成文日期 (2024年12月31日).
    const rows = disclosureRows({ ...meta, date: "2024-12-31" });
    for (const lines of tableRowLines(context, rows)) items.push({ lines, whole: true });
    items.push({ lines: 1 });
  }
  if (opening.letterhead) items.push({ lines: letterheadLines(context), whole: true });
  const titleLines =
    meta.titleLines?.length ??
    breakTitle(cleanText(meta.title), profile.title.maxLineChars, profile.title.shape, cleanText(meta.org)).length;
  items.push({ lines: titleLines + 1, whole: true, keepNext: true });
  if (meta.recipients !== undefined) items.push({ lines: paragraphLines(context, `${meta.recipients}：`, 0) });
  for (const text of body.opening) items.push({ lines: paragraphLines(context, text) });
  reportParts(report).forEach(({ section }, i) => {
    sectionItems(context, section, 1, i + 1, items);
  });
  for (const text of body.closing) items.push({ lines: paragraphLines(context, text) });
  // The kept ending: the 附件说明 (a blank line first), the signature's blank lines, issuer, date, 附注.
  let ending = 0;
  for (const name of meta.attachments ?? []) ending += paragraphLines(context, `附件：1.${name}`);
  if (meta.attachments?.length) ending += 1;
  ending += (profile.signature.seal ? 3 : 1) + 2 + (meta.note !== undefined ? 1 : 0);
  const last = items.pop() as FlowItem;
  let page = 1;
  let used = 0;
  items.forEach((item, i) => {
    const next = items[i + 1] ?? last;
    const needed = item.lines + (item.keepNext ? Math.min(next.lines, 1) : 0);
    if (item.whole && used > 0 && used + Math.min(needed, perPage) > perPage) {
      page++;
      used = 0;
    }
    used += item.lines;
    while (used > perPage) {
      page++;
      used -= perPage;
    }
  });
  if (used + last.lines + ending <= perPage) return { page, rows: used + last.lines + ending, slack: 0 };
  // The ending moves to the next page and takes the paragraph's last lines along: LibreOffice
  // moves the paragraph whole; Word the lines that are on the next page anyway, two at least,
  // and all of a paragraph of three lines or fewer.
  const onNext = Math.max(0, used + last.lines - perPage);
  const word = last.lines <= 3 ? last.lines : Math.min(last.lines - 2, Math.max(2, onNext));
  return { page: page + 1, rows: word + ending, slack: last.lines - word };
}
