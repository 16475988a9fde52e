import type { Table } from "@gongwen/schema";
import { isHeadingOnly, type Label, type LabelType, readLabel } from "./labels.js";
import { firstSentenceEnd } from "./lead.js";
import type { SourceLine } from "./types.js";

/** One item of a section's content, before the model is built. */
export type OutlineItem =
  | { kind: "paragraph"; text: string; line: number }
  | { kind: "initiative"; label: Label; body: string; bold?: string; line: number; runIn?: number }
  | { kind: "table"; table: Table; line: number };

/** A section of the outline: a heading, its content and its subsections. */
export interface OutlineNode {
  /** What kind of heading opened it: a label type, or `h1`…`h4` for a heading marked up without a number. */
  key: string;
  /** The number its label carries, when it has one. */
  number?: number;
  /** Its label as written (`(一)`, `1、`), when it has one. */
  label?: string;
  title: string;
  line: number;
  content: OutlineItem[];
  children: OutlineNode[];
  /** The label type of its first initiative: decides the section's initiative style. */
  initiativeType?: LabelType;
  /** The number of the last initiative seen, for sequence checks. */
  lastInitiative?: number;
}

/** The outline of a body: what comes before the first heading, the sections, and the closing. */
export interface Outline {
  opening: OutlineItem[];
  sections: OutlineNode[];
  closing: OutlineItem[];
}

/** Reports a guess: a warning code, the input line, and the message's parameters. */
export type Warn = (code: string, line: number, params?: Record<string, string | number>) => void;

/** Paragraphs that open a closing: 此外，持续抓好……; 今后，…; 新的一年，…; 各村、各部门要…… */
const CLOSING_MARKER =
  /^(?:此外|另外|总之|最后，|最后,|今后|新的一年|下一步|展望|让我们|各[^，。,；]{1,16}要|全[县市区镇乡局委系统]{1,3}上下要)/;
/** A nominal level for each label type: 一、 1, （一） 2, 1. 3, （1） 4. */
const NOMINAL: Record<string, number> = { l1: 1, l2: 2, decimal: 3, paren: 4 };
const MAX_DEPTH = 4;

/** Whether a paragraph ends as a sentence (or an introduction to a list) ends. */
export function endsSentence(text: string): boolean {
  return /[。！？；：:!?;…”’"」）)】]$/.test(text.trim());
}

function itemText(item: OutlineItem): string | undefined {
  if (item.kind === "paragraph") return item.text;
  if (item.kind === "initiative") return item.body;
  return undefined;
}

/** A line opening with what reads like a label but is a list of numbers: `3、4季度`, `一、二产业`. */
const BROKEN_LABEL = /^(?:\d{1,2}、(?=\d)|[一二三四五六七八九十]{1,3}、(?=[一二三四五六七八九十]))/;

/** Glues a line onto the end of a paragraph or initiative, with the whitespace it stood after. */
function appendTo(item: OutlineItem, line: SourceLine): void {
  const glue = line.joiner ?? "";
  if (item.kind === "paragraph") item.text = `${item.text}${glue}${line.text}`;
  else if (item.kind === "initiative") item.body = `${item.body}${glue}${line.text}`;
}

/** Splits a heading's text at its first full stop: `强化组织领导。全年召开……` → title and text. */
function splitHeadingText(rest: string): { title: string; text?: string } {
  const end = firstSentenceEnd(rest);
  if (end < 0) return { title: rest.trim() };
  const title = rest.slice(0, end - 1).trim();
  const text = rest.slice(end).trim();
  if (!title) return { title: rest.trim() };
  return text ? { title, text } : { title };
}

function padTable(table: Table, line: number, warn: Warn): Table {
  const width = table.header.length;
  const rows = table.rows.map((row, i) => {
    if (row.length === width) return row;
    warn("table_padded", line, { row: i + 2, cells: row.length, columns: width });
    if (row.length < width) return [...row, ...Array<string>(width - row.length).fill("")];
    return [...row.slice(0, width - 1), row.slice(width - 1).join(" ")];
  });
  return table.caption === undefined
    ? { header: table.header, rows }
    : { caption: table.caption, header: table.header, rows };
}

/** The bold text that follows a label, when the markup set one (a lead in Markdown or Word). */
function boldAfter(line: SourceLine, restStart: number): string | undefined {
  if (!line.bold?.length) return undefined;
  const ranges = [...line.bold].sort((a, b) => a[0] - b[0]);
  let at = restStart;
  while (at < line.text.length && /\s/.test(line.text[at] as string)) at++;
  let end = at;
  for (const [start, stop] of ranges) {
    if (start <= end && stop > end) end = stop;
  }
  return end > at ? line.text.slice(at, end) : undefined;
}

/**
 * Builds the outline of a body from its lines: headings nest by the kind of their label (a label
 * kind seen before closes back to that level; a new kind opens a level below), initiatives and
 * paragraphs go to the deepest open section. `1.` and `（1）` are headings when they carry a short
 * title without a full stop and initiatives otherwise, and are taken as labels at all only when
 * they continue a sequence (or start one at 1); anything else stays text (see the warnings).
 */
export function buildOutline(lines: SourceLine[], warn: Warn): Outline {
  const root: OutlineNode = { key: "root", title: "", line: 0, content: [], children: [] };
  const stack: OutlineNode[] = [root];
  const closing: OutlineItem[] = [];
  let inClosing = false;
  let lastItem: OutlineItem | undefined;
  let pendingCaption: SourceLine | undefined;
  let lastHeadingLine: SourceLine | undefined;

  const top = () => stack[stack.length - 1] as OutlineNode;
  const add = (item: OutlineItem) => {
    if (inClosing && item.kind === "paragraph") closing.push(item);
    else top().content.push(item);
    lastItem = item;
  };
  const leaveClosing = () => {
    if (!inClosing) return;
    top().content.push(...closing.splice(0));
    inClosing = false;
  };
  const flushCaption = () => {
    if (!pendingCaption) return;
    add({ kind: "paragraph", text: pendingCaption.text, line: pendingCaption.line });
    pendingCaption = undefined;
  };

  /** Opens a heading; false when it would be too deep. */
  const openHeading = (key: string, line: SourceLine, title: string, label?: Label, nominal?: number): boolean => {
    let parent = stack.length - 1;
    let expected = 1;
    for (let k = stack.length - 1; k > 0; k--) {
      const node = stack[k] as OutlineNode;
      if (node.key === key) {
        parent = k - 1;
        expected = (node.number ?? 0) + 1;
        break;
      }
    }
    const depth = parent + 1;
    if (depth > MAX_DEPTH) return false;
    if (label && label.number !== expected) {
      warn("numbering_skipped", line.line, { label: label.text, expected });
    }
    const level = nominal ?? NOMINAL[key];
    if (level !== undefined && level !== depth && label) {
      const numbered = ["", "一、", "（一）", "1.", "（1）"][depth] ?? "";
      warn("level_guessed", line.line, { label: `${label.text}${title}`, level: depth, numbered });
    }
    stack.length = parent + 1;
    const node: OutlineNode = { key, title, line: line.line, content: [], children: [] };
    if (label) {
      node.number = label.number;
      node.label = label.text;
    }
    top().children.push(node);
    stack.push(node);
    lastItem = undefined;
    lastHeadingLine = line;
    return true;
  };

  /** Where a weak label (1. （1）) continues a sequence, and as what. */
  const weakRole = (label: Label, headingForm: boolean): "initiative" | "heading" | undefined => {
    const node = top();
    const initContinues = node.initiativeType === label.type && (node.lastInitiative ?? 0) + 1 === label.number;
    let headContinues = false;
    for (let k = stack.length - 1; k > 0; k--) {
      const open = stack[k] as OutlineNode;
      if (open.key === label.type) {
        headContinues = (open.number ?? 0) + 1 === label.number;
        break;
      }
    }
    if (initContinues && !(headingForm && headContinues)) return "initiative";
    if (headContinues) return "heading";
    if (label.number === 1) return headingForm ? "heading" : "initiative";
    return undefined;
  };

  const addInitiative = (line: SourceLine, label: Label) => {
    const node = top();
    if (node.initiativeType === undefined) node.initiativeType = label.type;
    else if (node.initiativeType !== label.type) {
      const first = { ordinal: "一是", decimal: "1.", paren: "（1）" }[node.initiativeType as string] ?? "";
      warn("mixed_styles", line.line, { first, label: label.text });
    } else if (label.number !== (node.lastInitiative ?? 0) + 1) {
      if (label.number === 1) warn("numbering_restarted", line.line, { label: label.text });
      else warn("numbering_skipped", line.line, { label: label.text, expected: (node.lastInitiative ?? 0) + 1 });
    }
    if (node.initiativeType === label.type) node.lastInitiative = label.number;
    const restStart = line.text.length - label.rest.length;
    const bold = boldAfter(line, restStart);
    const item: OutlineItem = { kind: "initiative", label, body: label.rest, line: line.line };
    if (bold !== undefined) item.bold = bold;
    if (line.runIn !== undefined) item.runIn = line.runIn;
    add(item);
  };

  /** A label that continues no sequence: glue the line back, or keep it as text. */
  const reject = (line: SourceLine, label: Label) => {
    const prevText = lastItem ? itemText(lastItem) : undefined;
    if (lastItem && prevText !== undefined && (line.joiner !== undefined || !endsSentence(prevText))) {
      appendTo(lastItem, line);
      if (line.joiner === undefined) warn("line_joined", line.line, { label: label.text });
      return;
    }
    warn("label_as_text", line.line, { label: label.text, text: line.text });
    add({ kind: "paragraph", text: line.text, line: line.line });
  };

  /** Opens the heading a labelled line starts; text after its title on the same line becomes a paragraph. */
  const headingLine = (line: SourceLine, label: Label) => {
    const { title, text } = splitHeadingText(label.rest);
    if (!openHeading(label.type, line, title, label)) {
      warn("too_deep", line.line, { text: line.text });
      add({ kind: "paragraph", text: line.text, line: line.line });
      return;
    }
    if (text !== undefined) {
      warn("heading_text_split", line.line, { title });
      add({ kind: "paragraph", text, line: line.line });
    }
  };

  const warnUnfinished = (line: SourceLine, label: Label) => {
    const prevText = lastItem ? itemText(lastItem) : undefined;
    if (prevText !== undefined && !endsSentence(prevText)) {
      warn("item_after_unfinished_sentence", line.line, { label: label.text });
    }
  };

  for (const line of lines) {
    if (line.closingBreak) {
      flushCaption();
      leaveClosing();
      inClosing = true;
      lastItem = undefined;
      continue;
    }
    if (line.table) {
      let table = line.table;
      if (pendingCaption) {
        table = { ...table, caption: pendingCaption.text };
        pendingCaption = undefined;
      } else if (
        lastItem?.kind === "paragraph" &&
        !line.caption &&
        top().content[top().content.length - 1] === lastItem &&
        looksLikeCaption(lastItem.text) &&
        table.caption === undefined
      ) {
        top().content.pop();
        table = { ...table, caption: lastItem.text };
      }
      leaveClosing();
      add({ kind: "table", table: padTable(table, line.line, warn), line: line.line });
      continue;
    }
    flushCaption();
    if (line.caption) {
      pendingCaption = line;
      continue;
    }
    const label = readLabel(line.text);
    if (line.heading !== undefined && line.heading > 0) {
      leaveClosing();
      const restStart = label ? line.text.length - label.rest.length : 0;
      // A run-in heading: the title is the bold run, the text after it runs in.
      const bold = boldAfter(line, restStart);
      const runIn = bold !== undefined && restStart + bold.length < line.text.length ? bold : undefined;
      const title = (runIn ?? line.text.slice(restStart)).trim().replace(/。$/, "");
      if (!openHeading(`h${line.heading}`, line, title, label, line.heading)) {
        warn("too_deep", line.line, { text: line.text });
        add({ kind: "paragraph", text: line.text, line: line.line });
        continue;
      }
      const after =
        runIn === undefined ? "" : line.text.slice(line.text.indexOf(runIn, restStart) + runIn.length).trim();
      if (after) add({ kind: "paragraph", text: after, line: line.line });
      continue;
    }
    if (!label && BROKEN_LABEL.test(line.text) && lastItem && !endsSentence(itemText(lastItem) ?? "。")) {
      // `…建设用地指标` + `3、4季度…`: a sentence broken before a list of numbers.
      const glue = { ...line, joiner: "" };
      warn("line_joined", line.line, { label: BROKEN_LABEL.exec(line.text)?.[0] ?? "" });
      appendTo(lastItem, glue);
      continue;
    }
    if (!label) {
      if (
        line.joiner !== undefined &&
        lastHeadingLine &&
        lastItem === undefined &&
        lastHeadingLine.line === line.line
      ) {
        warn("heading_text_split", line.line, { title: top().title });
      }
      add({ kind: "paragraph", text: line.text, line: line.line });
      continue;
    }
    if (isHeadingOnly(label.type)) {
      const continues = sequenceContinues(stack, label);
      if (line.joiner !== undefined && !continues) {
        reject(line, label);
        continue;
      }
      leaveClosing();
      headingLine(line, label);
      continue;
    }
    if (label.type === "ordinal") {
      leaveClosing();
      addInitiative(line, label);
      continue;
    }
    const headingForm = !/[。！？；!?;]/.test(label.rest) && label.rest.length <= 50 && !line.bold?.length;
    const role = weakRole(label, headingForm);
    if (role === undefined) {
      reject(line, label);
      continue;
    }
    warnUnfinished(line, label);
    leaveClosing();
    if (role === "initiative") {
      addInitiative(line, label);
      continue;
    }
    headingLine(line, label);
  }
  flushCaption();
  if (!inClosing) closing.push(...trailingClosing(root, warn));
  return { opening: root.content, sections: root.children, closing };
}

/** Whether a strong label (一、 （一）) continues the sequence of its kind where it stands. */
function sequenceContinues(stack: OutlineNode[], label: Label): boolean {
  for (let k = stack.length - 1; k > 0; k--) {
    const node = stack[k] as OutlineNode;
    if (node.key === label.type) return (node.number ?? 0) + 1 === label.number;
  }
  return label.number === 1;
}

/** A short line without a final stop before a table: its caption. */
export function looksLikeCaption(text: string): boolean {
  return text.length <= 50 && !/[。；;！？!?：:，,、]$/.test(text) && readLabel(text) === undefined;
}

/**
 * Finds the closing among the last paragraphs of the last section: from the first of them that
 * opens like a closing (此外，… 今后，…), or — guessed, with a warning — all of them when they
 * follow the section's initiatives or tables.
 */
function trailingClosing(root: OutlineNode, warn: Warn): OutlineItem[] {
  let node = root;
  while (node.children.length > 0) node = node.children[node.children.length - 1] as OutlineNode;
  if (node === root) return [];
  const content = node.content;
  let start = content.length;
  while (start > 0 && content[start - 1]?.kind === "paragraph") start--;
  if (start === content.length) return [];
  for (let i = start; i < content.length; i++) {
    const item = content[i] as OutlineItem;
    if (item.kind === "paragraph" && CLOSING_MARKER.test(item.text)) return content.splice(i);
  }
  if (start > 0) {
    const first = content[start] as OutlineItem;
    if (first.kind === "paragraph") warn("closing_guessed", first.line, { text: first.text });
    return content.splice(start);
  }
  return [];
}
