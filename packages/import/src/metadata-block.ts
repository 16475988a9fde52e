import type { RemovedClutter, SourceLine } from "./types.js";

/** The fields of a portal's disclosure metadata block, as written. */
export interface MetadataFields {
  indexNo?: string;
  category?: string;
  publisher?: string;
  /** 成文日期 as written. */
  date?: string;
  docNumber?: string;
  openness?: string;
}

/** Where each metadata key (as portals and DOCX properties name it) goes in the model; keys without a field are recognised and dropped. */
export const METADATA_KEYS: Record<string, keyof MetadataFields | undefined> = {
  索引号: "indexNo",
  组配分类: "category",
  主题分类: "category",
  信息分类: "category",
  分类: "category",
  发布机构: "publisher",
  发布单位: "publisher",
  发文机关: "publisher",
  成文日期: "date",
  成文时间: "date",
  文号: "docNumber",
  发文字号: "docNumber",
  公开方式: "openness",
  公开属性: "openness",
  公开形式: "openness",
  主题词: undefined,
  体裁分类: undefined,
  生成日期: undefined,
  有效性: undefined,
  公开时限: undefined,
  公开范围: undefined,
  统一编号: undefined,
  登记号: undefined,
};

const FIELD_PATHS: Record<keyof MetadataFields, string> = {
  indexNo: "meta.disclosure.indexNo",
  category: "meta.disclosure.category",
  publisher: "meta.disclosure.publisher",
  date: "meta.date",
  docNumber: "meta.docNumber",
  openness: "meta.disclosure.openness",
};

const BULLET = /^[•·●○◆◇▪▫■□*-]\s*/;
const KEY_NAMES = Object.keys(METADATA_KEYS).sort((a, b) => b.length - a.length);
const KEY_LINE = new RegExp(`^(${KEY_NAMES.join("|")})(?:\\s*[:：]|\\s+|$)\\s*(.*)$`);

function isKey(text: string): boolean {
  return Object.hasOwn(METADATA_KEYS, text);
}
/** A value without the bullets around it (`• 主动公开 •` when a bulleted list lost its breaks). */
function cleanValue(text: string): string {
  return text
    .trim()
    .replace(BULLET, "")
    .replace(/\s*[•·●○◆◇▪▫■□]\s*$/, "")
    .trim();
}

/** Values that mean "none". */
const EMPTY = /^(?:无|空|暂无|-+|—+|\/)$/;

interface KeyLine {
  index: number;
  key: string;
  value: string;
}

function keyLine(line: SourceLine, index: number): KeyLine | undefined {
  if (line.table || line.text.length > 80) return undefined;
  const match = KEY_LINE.exec(line.text.replace(BULLET, ""));
  if (!match) return undefined;
  const value = cleanValue(match[2] ?? "");
  if (value.length > 60 || /[。；]/.test(value)) return undefined;
  return { index, key: match[1] ?? "", value };
}

/**
 * A metadata block laid out as a table (`索引号 | … | 组配分类 | …`): each key cell with the cell
 * after it becomes one key line. Other tables are left as they are.
 */
function tableAsKeyLines(line: SourceLine): SourceLine[] {
  if (!line.table) return [line];
  const rows = [line.table.header, ...line.table.rows];
  const keys = rows.flat().filter((cell) => isKey(cell.replace(/[\s:：]/g, "")));
  if (keys.length < 2) return [line];
  const out: SourceLine[] = [];
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      const key = (row[i] ?? "").replace(/[\s:：]/g, "");
      if (isKey(key)) {
        out.push({ text: `${row[i]} ${row[i + 1] ?? ""}`.trim(), line: line.line });
        i++;
      } else if (row[i]) out.push({ text: row[i] as string, line: line.line });
    }
  }
  return out;
}

/** What recoverMetadata gives back. */
export interface MetadataResult {
  lines: SourceLine[];
  fields: MetadataFields;
  /** The lines of the block, each with the field it went to. */
  removed: RemovedClutter[];
}

/**
 * Recovers the disclosure metadata block a portal prints with a report (索引号, 组配分类/分类,
 * 发布机构, 成文日期, 文号, 公开方式, 主题词 …), whether each key carries its value on the same
 * line (`索引号：…`) or on the next one (a bulleted list). A key line is taken only when another
 * key line stands within three lines of it, so a body sentence that opens with `分类：` stays.
 */
export function recoverMetadata(input: SourceLine[]): MetadataResult {
  const lines = input.flatMap(tableAsKeyLines);
  const candidates = lines.map(keyLine);
  const accepted = candidates.filter((c, i): c is KeyLine => {
    if (!c) return false;
    for (let j = Math.max(0, i - 3); j <= Math.min(lines.length - 1, i + 3); j++) {
      if (j !== i && candidates[j]) return true;
    }
    return false;
  });
  const fields: MetadataFields = {};
  const removed: RemovedClutter[] = [];
  const used = new Set<number>();
  for (const c of accepted) {
    const field = METADATA_KEYS[c.key];
    const source = lines[c.index] as SourceLine;
    const taken: SourceLine[] = [source];
    used.add(c.index);
    let value = c.value;
    const next = lines[c.index + 1];
    if (!value && next && !candidates[c.index + 1] && !next.table && next.text.length <= 60) {
      value = cleanValue(next.text);
      used.add(c.index + 1);
      taken.push(next);
    }
    const kept = field !== undefined && value !== "" && !EMPTY.test(value) && fields[field] === undefined;
    if (kept) fields[field] = value;
    for (const line of taken) {
      const entry: RemovedClutter = { kind: "metadata", text: line.text, line: line.line };
      if (kept) entry.recoveredAs = FIELD_PATHS[field];
      removed.push(entry);
    }
  }
  return { lines: lines.filter((_, i) => !used.has(i)), fields, removed };
}
