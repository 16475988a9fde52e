import { readDate } from "./dates.js";
import { readLabel } from "./labels.js";
import type { RemovedClutter, SourceLine } from "./types.js";

/** The metadata printed around the body: above the title and below the closing. */
export interface FrameFields {
  letterheadName?: string;
  docNumber?: string;
  recipients?: string;
  signature?: string;
  /** 成文日期 under the signature, ISO. */
  date?: string;
  note?: string;
  attachments?: string[];
  cc?: string[];
  issuer?: string;
  /** 印发日期, ISO. */
  issueDate?: string;
}

const LETTERHEAD = /^(.{2,30}?)文件$/;
const DOC_NUMBER = /^[^\s，。；]{1,16}[〔［[（(【]\d{4}[〕］\]）)】]\s*\d{1,4}\s*号$/;
const RECIPIENTS = /^([^。，,；;：:\s]{2,40})[：:]$/;
const NOTE = /^[（(]([^（()）]{2,40})[）)]$/;
const CC = /^抄送[:：]\s*(.+?)。?$/;
const ISSUED = /^(.{2,30}?)\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*印发$/;
const ATTACHMENTS = /^附\s*件[:：]\s*(.*)$/;
const SIGNATURE_BAD = /[。，,；;：:！？!?、“”]/;
/** A signature (the name of an organ) and a date on one line: `青溪县卫生健康局2024年1月9日`. */
const SIGNED_DATE =
  /^(.{2,28}?(?:局|委|办|府|会|院|所|站|中心|处|室|镇|乡|街道|办事处|公司|部|厅|队|馆|社|团))\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)$/;

function tableText(line: SourceLine): string {
  if (!line.table) return line.text;
  return [line.table.header, ...line.table.rows].map((row) => row.join(" ")).join(" ");
}

function record(removed: RemovedClutter[], line: SourceLine, recoveredAs: string): void {
  removed.push({ kind: "metadata", text: line.table ? tableText(line) : line.text, line: line.line, recoveredAs });
}

/** What readHead gives back: the lines after the head, the fields read, and what was taken out. */
export interface FrameResult {
  lines: SourceLine[];
  fields: FrameFields;
  removed: RemovedClutter[];
}

/**
 * Reads what GB/T 9704 prints above a title — the letterhead (`××局文件`) and the document
 * number (`青卫〔2024〕3号`) — from the lines before the title, and the recipients (`县人民政府：`)
 * from the line right after it. Other lines before the title are not part of the report: they are
 * returned as removed (kind `before-title`).
 */
export function readHead(before: SourceLine[], after: SourceLine[]): FrameResult {
  const fields: FrameFields = {};
  const removed: RemovedClutter[] = [];
  for (const line of before) {
    const text = line.text.replace(/\s+/g, "");
    const letterhead = LETTERHEAD.exec(text);
    if (!line.table && letterhead && fields.letterheadName === undefined) {
      fields.letterheadName = text;
      record(removed, line, "meta.letterhead");
    } else if (!line.table && DOC_NUMBER.test(text) && fields.docNumber === undefined) {
      fields.docNumber = text;
      record(removed, line, "meta.docNumber");
    } else {
      removed.push({ kind: "before-title", text: tableText(line), line: line.line });
    }
  }
  let lines = after;
  const first = after[0];
  const recipients = first && !first.table ? RECIPIENTS.exec(first.text) : null;
  if (first && recipients && !readLabel(first.text)) {
    fields.recipients = recipients[1];
    record(removed, first, "meta.recipients");
    lines = after.slice(1);
  }
  return { lines, fields, removed };
}

/**
 * Reads what GB/T 9704 prints below the body, from the end backwards: the 版记 (`抄送：…`,
 * `××办公室 2024年1月10日印发`), the note (`（此件公开发布）`), the date, the signature above it,
 * and the attachment list (`附件：1.…`) above that. Lines are taken only in that order and only
 * when a date closes the body; everything else stays body text.
 */
export function readTail(input: SourceLine[]): FrameResult {
  const lines = expandColophon(input);
  const fields: FrameFields = {};
  const removed: RemovedClutter[] = [];
  let end = lines.length;
  const at = (i: number) => lines[i] as SourceLine;
  const text = (i: number) => tableText(at(i)).replace(/\s+/g, " ").trim();

  // 版记 and the note, after the date.
  const tail: RemovedClutter[] = [];
  for (let i = end - 1; i >= 0 && i >= end - 4; i--) {
    const t = text(i);
    const cc = CC.exec(t);
    const issued = ISSUED.exec(t.replace(/\s+/g, ""));
    const note = NOTE.exec(t);
    if (cc) {
      fields.cc = (cc[1] ?? "")
        .split(/[，,、]/)
        .map((s) => s.trim())
        .filter(Boolean);
      record(tail, at(i), "meta.cc");
    } else if (issued && readDate(issued[2] ?? "")) {
      fields.issuer = issued[1];
      fields.issueDate = readDate(issued[2] ?? "");
      record(tail, at(i), "meta.issuer");
    } else if (note && !at(i).table && i > 0 && readDate(text(i - 1))) {
      fields.note = note[1];
      record(tail, at(i), "meta.note");
    } else break;
    end = i;
  }
  // A signature and a date run together on one line (a Markdown paragraph joins its lines).
  const joined = end > 0 && !at(end - 1).table ? SIGNED_DATE.exec(text(end - 1)) : null;
  if (joined && readDate(joined[2] ?? "") && !SIGNATURE_BAD.test(joined[1] ?? "") && !readLabel(joined[1] ?? "")) {
    const line = at(end - 1);
    fields.signature = (joined[1] ?? "").replace(/\s+/g, "");
    fields.date = readDate(joined[2] ?? "");
    record(removed, line, "meta.date");
    end -= 1;
    return finishTail(lines, end, fields, removed, tail);
  }
  const dateIndex = end - 1;
  const date =
    dateIndex >= 0 && !at(dateIndex).table && text(dateIndex).length <= 20 ? readDate(text(dateIndex)) : undefined;
  if (!date) {
    removed.push(...tail.reverse());
    return { lines: lines.slice(0, end), fields, removed };
  }
  fields.date = date;
  record(removed, at(dateIndex), "meta.date");
  end = dateIndex;
  const sig = end - 1;
  if (sig >= 0 && !at(sig).table) {
    const t = text(sig);
    if (t.length <= 30 && !SIGNATURE_BAD.test(t) && !readLabel(t)) {
      fields.signature = t.replace(/\s+/g, "");
      record(removed, at(sig), "meta.signature");
      end = sig;
    }
  }
  return finishTail(lines, end, fields, removed, tail);
}

/** Reads the attachment list above the signature and closes the tail (see readTail). */
function finishTail(
  lines: SourceLine[],
  bodyEnd: number,
  fields: FrameFields,
  removed: RemovedClutter[],
  tail: RemovedClutter[],
): FrameResult {
  let end = bodyEnd;
  const at = (i: number) => lines[i] as SourceLine;
  const text = (i: number) => tableText(at(i)).replace(/\s+/g, " ").trim();
  // Attachments: `附件：1.…` and the numbered lines after it, right above the signature.
  for (let i = end - 1; i >= 0 && i >= end - 12; i--) {
    if (at(i).table) break;
    const match = ATTACHMENTS.exec(text(i));
    if (match) {
      const items = [match[1] ?? "", ...lines.slice(i + 1, end).map((l) => l.text)]
        .map((item) => stripItemLabel(item.trim()))
        .filter(Boolean);
      if (items.length > 0 && items.every((item) => !/[。；]$/.test(item))) {
        fields.attachments = items;
        for (let j = i; j < end; j++) record(removed, at(j), "meta.attachments");
        end = i;
      }
      break;
    }
    const t = text(i);
    if (!readLabel(t) || /[。；]/.test(t)) break;
  }
  removed.push(...tail.reverse());
  removed.sort((a, b) => a.line - b.line);
  return { lines: lines.slice(0, end), fields, removed };
}

/**
 * The 版记 is often a table (ruled lines above and below): its cells — `抄送：…`,
 * `××办公室\t2024年1月10日印发` — are taken as lines of their own.
 */
function expandColophon(lines: SourceLine[]): SourceLine[] {
  const last = lines[lines.length - 1];
  if (!last?.table) return lines;
  const cells = [last.table.header, ...last.table.rows]
    .flat()
    .map((c) => c.replace(/\s+/g, " ").trim())
    .filter(Boolean);
  if (!cells.some((c) => CC.test(c) || /印发$/.test(c))) return lines;
  return [...lines.slice(0, -1), ...cells.map((text) => ({ text, line: last.line }))];
}

function stripItemLabel(text: string): string {
  const label = readLabel(text);
  return label && (label.type === "decimal" || label.type === "paren") ? label.rest.trim() : text;
}
