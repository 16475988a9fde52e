/**
 * The common case of validation read directly: a report with nothing to say about it, read in one
 * walk of plain JavaScript instead of through zod's layers (a pipe, a union and a check per text),
 * which cost some ten times more. It answers only for a report the schema accepts, with the report
 * the schema returns (the same values, keys and key order); at the first thing it is unsure of (an
 * unknown key, a wrong type, a rule broken, a limit passed, an object not plain) it gives up, and
 * the limits (input-limits.ts) and the schema (model.ts) read the input again and say what is wrong. The schema stays the contract: every
 * reader here is the schema's building block of the same name in model.ts, and a property test
 * (test/well-formed.test.ts) holds the two to the same results on generated inputs.
 */
import { parseDate } from "./dates.js";
import {
  MAX_BLOCKS,
  MAX_PARAGRAPHS,
  MAX_SECTIONS,
  MAX_TABLE_COLUMNS,
  MAX_TABLE_ROWS,
  MAX_TEXT_LENGTH,
} from "./limits.js";
import {
  type BlockFields,
  blockOf,
  blockRules,
  type Initiative,
  META_KEYS,
  normalize,
  OPENNESS,
  PLAN_NAMES,
  type Report,
  type ReportFields,
  reportRules,
  type Section,
  type Table,
  type TableBlock,
  tableRules,
  titleParts,
} from "./model.js";
import { MAX_LEVEL } from "./numbering.js";
import { REPORT_KINDS } from "./report-kinds.js";
import { findForbiddenCharacter, joinLines, joinParagraph, splitParagraphs } from "./text.js";

/** Thrown (never an Error: no stack is taken) when the input is left to the schema. */
const LEFT_TO_SCHEMA = Symbol("left to the schema");

function leave(): never {
  throw LEFT_TO_SCHEMA;
}

type Fields = Record<string, unknown>;

/**
 * An object with no key beyond `keys` (the schema's strict objects). Only plain objects (of
 * Object.prototype or none) are read here: zod reads any other object's keys its own way.
 */
function strictObject(value: unknown, keys: ReadonlySet<string>): Fields {
  if (value === null || typeof value !== "object") leave();
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) leave();
  for (const key in value) if (!keys.has(key)) leave();
  return value as Fields;
}

function array(value: unknown): unknown[] {
  if (!Array.isArray(value)) leave();
  return value;
}

/**
 * A list of at most `limit` items (its limit in limits.ts), read item by item, holes included (zod
 * reads a hole as undefined; `map` would skip it).
 */
function list<T>(value: unknown, read: (item: unknown) => T, limit = Number.POSITIVE_INFINITY): T[] {
  const items = array(value);
  if (items.length > limit) leave();
  const out = new Array<T>(items.length);
  for (let i = 0; i < items.length; i++) out[i] = read(items[i]);
  return out;
}

/**
 * An optional field as zod's objects write it: absent when the key is absent, undefined when the
 * key holds undefined, else the value read.
 */
function optional<T>(input: Fields, out: Fields, key: string, read: (value: unknown) => T): void {
  if (!(key in input)) return;
  const value = input[key];
  out[key] = value === undefined ? undefined : read(value);
}

/** A field with a default: the default when the value is undefined (present or not), else the value read. */
function defaulted<T>(input: Fields, out: Fields, key: string, read: (value: unknown) => T, fallback: () => T): void {
  const value = input[key];
  out[key] = value === undefined ? fallback() : read(value);
}

/** A required field: present, and read. */
function required<T>(input: Fields, out: Fields, key: string, read: (value: unknown) => T): void {
  if (!(key in input)) leave();
  out[key] = read(input[key]);
}

/** A text within MAX_TEXT_LENGTH. */
function string(value: unknown): string {
  if (typeof value !== "string" || value.length > MAX_TEXT_LENGTH) leave();
  return value;
}

function text(value: unknown): string {
  if (findForbiddenCharacter(string(value))) leave();
  return value as string;
}

/**
 * Any character a text's reading has to look at: line breaks, tabs and the other control
 * characters, surrogates, U+FFFE/U+FFFF. A text without one (most texts) has no forbidden
 * character and is one line, so joining it only trims it: one scan of the text.
 */
const NEEDS_A_LOOK = /[\u0000-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** A text without forbidden characters (and, for `oneParagraph`, without a blank line), joined. */
function joined(value: unknown, oneParagraph: boolean): string {
  const written = string(value);
  if (!NEEDS_A_LOOK.test(written)) return written.trim();
  if (findForbiddenCharacter(written)) leave();
  return oneParagraph ? (joinParagraph(written) ?? leave()) : joinLines(written);
}

/** `line`: a text without forbidden characters, not empty once joined. */
function line(value: unknown): string {
  return joined(value, false) || leave();
}

/** `paragraph`: a line without a blank line. */
function paragraph(value: unknown): string {
  return joined(value, true) || leave();
}

/** `titleText`: a line, with the lines the author broke it into. */
function titleText(value: unknown): { text: string; lines: string[] } {
  line(value);
  return titleParts(value as string);
}

/** `paragraphs`: a text split at blank lines, or a list of paragraphs. */
function paragraphs(value: unknown): string[] {
  return typeof value === "string" ? splitParagraphs(text(value)) : list(value, paragraph, MAX_PARAGRAPHS);
}

/** `lines`: one line as a list of one, or a list of lines. */
function lines(value: unknown): string[] {
  return typeof value === "string" ? [line(value)] : list(value, line);
}

function date(value: unknown): string {
  return parseDate(string(value)) ?? leave();
}

function int(value: unknown, min: number, max: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) leave();
  return value;
}

function boolean(value: unknown): boolean {
  if (typeof value !== "boolean") leave();
  return value;
}

function oneOf<T extends string>(values: readonly T[]): (value: unknown) => T {
  return (value) => (values.includes(value as T) ? (value as T) : leave());
}

/** `cell`: a number (written as JavaScript writes it) or a text without forbidden characters, joined. */
function cell(value: unknown): string {
  if (typeof value === "number") return Number.isFinite(value) ? joinLines(String(value)) : leave();
  return joined(value, false);
}

function cells(value: unknown): string[] {
  return list(value, cell, MAX_TABLE_COLUMNS);
}

const TABLE_KEYS = new Set(["caption", "header", "rows"]);

function table(value: unknown): Table {
  const input = strictObject(value, TABLE_KEYS);
  const out: Fields = {};
  optional(input, out, "caption", line);
  required(input, out, "header", cells);
  required(input, out, "rows", (rows) => list(rows, cells, MAX_TABLE_ROWS));
  const t = out as unknown as Table;
  if (t.header.length < 1) leave();
  tableRules(t, leave);
  return t;
}

const BLOCK_KEYS = new Set(["lead", "text", "table"]);

function block(value: unknown): string | Initiative | TableBlock {
  if (typeof value === "string") return paragraph(value);
  const input = strictObject(value, BLOCK_KEYS);
  const out: Fields = {};
  optional(input, out, "lead", line);
  optional(input, out, "text", paragraph);
  optional(input, out, "table", table);
  blockRules(out as BlockFields, leave);
  return blockOf(out as BlockFields);
}

const style = oneOf(["ordinal", "decimal", "paren"] as const);
const SECTION_KEYS = new Set(["title", "style", "runIn", "content", "sections"]);
const emptyList = (): never[] => [];

/**
 * A section at `level` (1: 一、); the summary and plan parts (`titled` false) may leave their title
 * out. A section below MAX_LEVEL (too_deep) is left to the schema before it is read, so that no
 * input (not even one whose sections contain themselves) takes the reading deeper.
 */
function readSection(value: unknown, titled: boolean, level: number): Section {
  if (level > MAX_LEVEL) leave();
  const input = strictObject(value, SECTION_KEYS);
  const out: Fields = {};
  (titled ? required : optional)(input, out, "title", line);
  defaulted(input, out, "style", style, () => "ordinal" as const);
  optional(input, out, "runIn", boolean);
  defaulted(input, out, "content", (content) => list(content, block, MAX_BLOCKS), emptyList);
  defaulted(input, out, "sections", (sections) => sectionList(sections, level + 1), emptyList);
  return out as unknown as Section;
}

/** The sections of one list, at `level`. */
function sectionList(value: unknown, level: number): Section[] {
  return list(value, (section) => readSection(section, true, level), MAX_SECTIONS);
}

const part = (value: unknown) => readSection(value, false, 1);

/** A strict object whose fields are all optional: each read by its reader, in the readers' order. */
function optionalFields(
  readers: Record<string, (value: unknown) => unknown>,
): [ReadonlySet<string>, (value: unknown) => Fields] {
  const keys = new Set(Object.keys(readers));
  const read = (value: unknown): Fields => {
    const input = strictObject(value, keys);
    const out: Fields = {};
    for (const key in readers) optional(input, out, key, readers[key] as (value: unknown) => unknown);
    return out;
  };
  return [keys, read];
}

const [BODY_KEYS, body] = optionalFields({
  opening: paragraphs,
  summary: part,
  plan: part,
  sections: (sections) => sectionList(sections, 1),
  closing: paragraphs,
});

const [DISCLOSURE_FIELDS, disclosure] = optionalFields({
  indexNo: line,
  category: line,
  publisher: line,
  openness: oneOf(OPENNESS),
});

const META_FIELDS = new Set<string>(META_KEYS);
const kind = oneOf(REPORT_KINDS);
const planName = oneOf(PLAN_NAMES);

function meta(value: unknown): Fields {
  const input = strictObject(value, META_FIELDS);
  const out: Fields = {};
  required(input, out, "org", line);
  required(input, out, "year", (year) => int(year, 1949, 2100));
  defaulted(input, out, "kind", kind, () => "summary-and-plan" as const);
  optional(input, out, "planYear", (year) => int(year, 1949, 2101));
  defaulted(input, out, "planName", planName, () => "工作思路" as const);
  optional(input, out, "title", titleText);
  optional(input, out, "titleLines", (names) => (array(names).length >= 2 ? list(names, line) : leave()));
  required(input, out, "date", date);
  optional(input, out, "signature", line);
  optional(input, out, "docNumber", line);
  defaulted(input, out, "letterhead", boolean, () => false);
  optional(input, out, "letterheadName", line);
  optional(input, out, "recipients", line);
  optional(input, out, "cc", lines);
  optional(input, out, "issuer", line);
  optional(input, out, "issueDate", date);
  optional(input, out, "note", line);
  optional(input, out, "attachments", lines);
  optional(input, out, "disclosure", disclosure);
  return out;
}

const REPORT_KEYS = new Set(["$schema", "meta", "body"]);

/** The key sets read here, by object, for the test that holds them to the schema's shapes. */
export const WELL_FORMED_KEYS = {
  report: REPORT_KEYS,
  meta: META_FIELDS,
  disclosure: DISCLOSURE_FIELDS,
  body: BODY_KEYS,
  section: SECTION_KEYS,
  block: BLOCK_KEYS,
  table: TABLE_KEYS,
};

/**
 * The normalised report of an input the schema accepts without a word, as the schema returns it
 * (ReportSchema.safeParse(input).data, deep-equal with the same key order); undefined when the
 * input has anything the schema would report, anything beyond the limits of limits.ts (which
 * inputLimitProblems would report), or anything this reading is unsure of: the limits and the
 * schema must then read it. Any value may be given (a cycle too: the reading goes no deeper than
 * the model's levels); JS Dates must be written as text first (datesAsText).
 */
export function wellFormedReport(input: unknown): Report | undefined {
  try {
    const fields = strictObject(input, REPORT_KEYS);
    const out: Fields = {};
    optional(fields, out, "$schema", string);
    required(fields, out, "meta", meta);
    required(fields, out, "body", body);
    const r = out as unknown as ReportFields;
    reportRules(r, leave);
    return normalize(r);
  } catch (thrown) {
    if (thrown === LEFT_TO_SCHEMA) return undefined;
    throw thrown;
  }
}
