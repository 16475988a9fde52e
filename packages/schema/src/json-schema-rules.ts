import { MAX_LEVEL } from "./numbering.js";

type Json = Record<string, unknown>;

/**
 * The model's rules that zod's JSON Schema leaves out (they are refinements), written in JSON
 * Schema so that an OA system's validator agrees with `validate` (test/json-schema-agreement):
 * texts not empty and free of forbidden control characters, dates, the nesting depth of sections,
 * the parts `kind` asks for, and the shape of a content item. What JSON Schema cannot say — a
 * row as wide as the header, a lone surrogate, the calendar validity of `2024年2月30日` — is said
 * in the descriptions.
 */

/** The control characters, U+FFFE and U+FFFF no text may hold (see text.ts; lone surrogates excepted). */
const FORBIDDEN = "\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uFFFE\\uFFFF";
/** Any text without forbidden characters (a table cell, the paragraphs of one text). */
const CLEAN_TEXT = `^[^${FORBIDDEN}]*$`;
/** A one-line text: not blank. */
const LINE_TEXT = `^(?=[\\s\\S]*\\S)[^${FORBIDDEN}]*$`;
/** One paragraph: not blank, and no blank line inside. */
const PARAGRAPH_TEXT = `^(?=[\\s\\S]*\\S)(?![\\s\\S]*\\S[ \\t\\u3000]*\\r?\\n[ \\t\\u3000]*\\r?\\n[ \\t\\u3000]*\\S)[^${FORBIDDEN}]*$`;
/** A date as clerks write it besides ISO (which `format: date` checks): `2024年1月9日`, `2024/1/9`, `2024.1.9`, `2024-1-9`. */
const DATE_TEXT =
  "^(?!\\s*\\d{4}-\\d{2}-\\d{2}\\s*$)\\s*\\d{4}(?:年\\d{1,2}月\\d{1,2}日|([-/.])\\d{1,2}\\1\\d{1,2})\\s*$";

const DATE_KEYS = new Set(["date", "issueDate"]);
/** Keys whose text is one paragraph (a blank line is an error); others are lines. */
const PARAGRAPH_KEYS = new Set(["text", "content", "opening[]", "closing[]"]);

/** Adds the pattern of its kind to every text of the schema, by the key it stands under. */
function addTextPatterns(node: unknown, key: string): void {
  if (Array.isArray(node)) {
    for (const item of node) addTextPatterns(item, key);
    return;
  }
  if (node === null || typeof node !== "object") return;
  const schema = node as Json;
  if (schema.type === "string" && schema.enum === undefined && key !== "$schema") {
    if (DATE_KEYS.has(key)) {
      schema.anyOf = [{ format: "date" }, { pattern: DATE_TEXT }];
      schema.description = `${String(schema.description ?? "")}（JSON Schema 只检查写法：2024年2月30日这样不存在的日期由 gongwen validate 报告。）`;
    } else if (key === "opening" || key === "closing") {
      schema.pattern = CLEAN_TEXT;
    } else {
      schema.pattern = PARAGRAPH_KEYS.has(key) ? PARAGRAPH_TEXT : LINE_TEXT;
    }
  }
  if (Array.isArray(schema.type) && schema.type.includes("string")) schema.pattern = CLEAN_TEXT;
  for (const [name, child] of Object.entries((schema.properties as Json | undefined) ?? {}))
    addTextPatterns(child, name);
  if (schema.items) addTextPatterns(schema.items, key === "opening" || key === "closing" ? `${key}[]` : key);
  if (schema.anyOf) addTextPatterns(schema.anyOf, key);
  for (const def of Object.values((schema.$defs as Json | undefined) ?? {})) addTextPatterns(def, "");
}

/** A content item that is an object: a run-in initiative (lead and/or text) or a table, never both. */
function addBlockShape(node: unknown): void {
  if (node === null || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (const item of node) addBlockShape(item);
    return;
  }
  const schema = node as Json;
  const props = schema.properties as Json | undefined;
  if (schema.type === "object" && props?.lead && props.text && props.table) {
    schema.anyOf = [{ required: ["lead"] }, { required: ["text"] }, { required: ["table"] }];
    schema.not = { required: ["table"], anyOf: [{ required: ["lead"] }, { required: ["text"] }] };
  }
  for (const value of Object.values(schema)) addBlockShape(value);
}

/**
 * Sections nested at most MAX_LEVEL deep: the one recursive section of zod's schema becomes one
 * definition per level (`section1` … `section4`), the deepest without subsections. The parts
 * (summary, plan) are level 1, so their sections start at level 2.
 */
function unrollSections(schema: Json): void {
  const defs = schema.$defs as Record<string, Json> | undefined;
  const entry = Object.entries(defs ?? {}).find(([, def]) => (def.properties as Json | undefined)?.sections);
  if (!defs || !entry) return;
  const [name, section] = entry;
  const ref = `#/$defs/${name}`;
  delete defs[name];
  for (let level = 1; level <= MAX_LEVEL; level++) {
    const copy = JSON.parse(JSON.stringify(section)) as Json;
    const sections = (copy.properties as Record<string, Json>).sections as Json;
    if (level < MAX_LEVEL) sections.items = { $ref: `#/$defs/section${level + 1}` };
    else {
      // Still a list of sections to editors, but an empty one.
      sections.items = { $ref: `#/$defs/section${level}` };
      sections.maxItems = 0;
      sections.description = `${String(sections.description)}（已是第 ${MAX_LEVEL} 级，不能再分。）`;
    }
    defs[`section${level}`] = copy;
  }
  const retarget = (node: unknown, level: number): void => {
    if (node === null || typeof node !== "object") return;
    const json = node as Json;
    if (json.$ref === ref) json.$ref = `#/$defs/section${level}`;
    for (const value of Object.values(json)) retarget(value, level);
  };
  const body = (schema.properties as Record<string, Json>).body as Json;
  const parts = body.properties as Record<string, Json>;
  retarget(parts.sections, 1);
  retarget(parts.summary, 2);
  retarget(parts.plan, 2);
}

/** The parts `kind` asks for: summary and plan for summary-and-plan (the default), sections otherwise. */
function addKindParts(schema: Json): void {
  const sectionsOnly = {
    properties: { meta: { required: ["kind"], properties: { kind: { enum: ["summary", "plan"] } } } },
  };
  schema.if = sectionsOnly;
  // biome-ignore lint/suspicious/noThenProperty: `then` is JSON Schema's keyword, not a thenable.
  schema.then = {
    properties: {
      body: { required: ["sections"], properties: { sections: { minItems: 1 }, summary: false, plan: false } },
    },
  };
  schema.else = { properties: { body: { required: ["summary", "plan"], properties: { sections: false } } } };
}

/** Adds the model's refinements to zod's JSON Schema of a report, in place (see the file's comment). */
export function addModelRules(schema: Json): Json {
  addTextPatterns(schema, "");
  addBlockShape(schema);
  unrollSections(schema);
  addKindParts(schema);
  const rows = findRows(schema);
  if (rows) {
    rows.description = `${String(rows.description)}（JSON Schema 无法表达“与表头同宽”，由 gongwen validate 检查。）`;
  }
  return schema;
}

/** The `rows` property of the table schema, wherever it stands. */
function findRows(node: unknown): Json | undefined {
  if (node === null || typeof node !== "object") return undefined;
  const json = node as Json;
  const rows = (json.properties as Json | undefined)?.rows;
  if (rows && typeof rows === "object") return rows as Json;
  for (const value of Object.values(json)) {
    const found = findRows(value);
    if (found) return found;
  }
  return undefined;
}
