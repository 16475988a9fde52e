import { type Document, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument, visit } from "yaml";
import type { Report } from "./model.js";
import type { ParseOptions } from "./parse.js";
import { safeParseReport } from "./parse.js";
import { type Locale, type Problem, ReportError, sortProblems } from "./problems.js";

/** A source position, 1-based. */
export interface Position {
  line: number;
  column: number;
}

/** Finds where in a source a model path was written; undefined when it cannot tell. */
export type Locator = (path: readonly (string | number)[], options?: { key?: boolean }) => Position | undefined;

/** Paths whose value is meant to be a number or boolean; everywhere else YAML's numbers are text. */
const TYPED_FIELDS = new Set(["meta.year", "meta.planYear", "meta.letterhead"]);

/**
 * Builds a Locator over a parsed YAML document: for a path it returns the value's position, or
 * with `key: true` the key's (used for unknown keys); for a path that is missing, the position of
 * the nearest ancestor that is present.
 */
export function yamlLocator(doc: Document, lineCounter: LineCounter): Locator {
  return (path, options = {}) => {
    let node: unknown = doc.contents;
    let keyNode: Node | undefined;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
        if (!pair) return toPosition(keyNode ?? (node as Node), lineCounter);
        keyNode = pair.key as Node;
        node = pair.value;
      } else if (isSeq(node) && typeof key === "number" && key < node.items.length) {
        node = node.items[key];
        keyNode = undefined;
      } else {
        return toPosition(keyNode ?? (node as Node | undefined), lineCounter);
      }
    }
    if (options.key && keyNode) return toPosition(keyNode, lineCounter);
    const valueNode = node as Node | null | undefined;
    if (valueNode && (!isScalar(valueNode) || valueNode.value !== null)) return toPosition(valueNode, lineCounter);
    return toPosition(keyNode ?? valueNode ?? undefined, lineCounter);
  };
}

function toPosition(node: Node | undefined, lineCounter: LineCounter): Position | undefined {
  const offset = node?.range?.[0];
  if (offset === undefined) return undefined;
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

/**
 * YAML turns `1.50` into the number 1.5 and `012` into 12. In a report almost every field is
 * text (a table cell, a paragraph), so a number is given back exactly as it was typed.
 */
function numbersAsWritten(value: unknown, doc: Document, path: (string | number)[]): unknown {
  if (Array.isArray(value)) return value.map((v, i) => numbersAsWritten(v, doc, [...path, i]));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, numbersAsWritten(v, doc, [...path, k])]),
    );
  }
  if ((typeof value === "number" || typeof value === "boolean") && !TYPED_FIELDS.has(path.join("."))) {
    const node = doc.getIn(path, true);
    if (isScalar(node) && typeof node.source === "string") return node.source;
  }
  return value;
}

const YAML_MESSAGES: Record<string, { zh: string; en: string }> = {
  TAB_AS_INDENT: { zh: "不能用 Tab 键缩进，请改用空格。", en: "tabs cannot indent YAML; use spaces." },
  DUPLICATE_KEY: {
    zh: "同一层里这个字段名出现了两次，请删除或合并其中一个。",
    en: "this key appears twice at the same level.",
  },
  BAD_INDENT: {
    zh: "缩进不对：同一层的各项要对齐，下一层要多缩进两个空格。",
    en: "bad indentation: items of one level must line up.",
  },
  MISSING_CHAR: {
    zh: "缺少字符：字段名后面要有半角冒号和一个空格（如 “title: 标题”）。",
    en: "a character is missing: a key needs a colon and a space after it.",
  },
  MULTILINE_IMPLICIT_KEY: {
    zh: "字段名不能跨行；长文本请写在冒号后面，或用 “|” 另起一行。",
    en: "a key cannot span lines.",
  },
  BLOCK_AS_IMPLICIT_KEY: {
    zh: "这里缺少冒号，或上一行的缩进不对。",
    en: "a colon is missing here, or the indentation above is off.",
  },
  UNEXPECTED_TOKEN: { zh: "这里有多余或不该出现的符号。", en: "unexpected characters here." },
  BAD_SCALAR_START: {
    zh: "这段文字不能以此符号开头，请给整段文字加上引号。",
    en: "text cannot start with this character unquoted; quote it.",
  },
  MULTIPLE_DOCS: {
    zh: "文件里有多个 “---” 分隔的文档，只能有一个。",
    en: "the file holds several YAML documents; only one is allowed.",
  },
  BAD_DQ_ESCAPE: {
    zh: "双引号里的反斜杠转义不对；不需要转义时请改用单引号。",
    en: "bad escape in a double-quoted string.",
  },
};

function lineOf(text: string, line: number): string {
  return text.split(/\r?\n/)[line - 1] ?? "";
}

/** A hint for the mistakes clerks make most: a full-width colon, or no space after the colon. */
export function colonHint(sourceLine: string, locale: Locale): string {
  const zh = locale === "zh";
  if (/^\s*(-\s+)?[\p{L}\p{N}_$]+：/u.test(sourceLine)) {
    return zh
      ? "这一行的冒号是全角“：”：字段名后要用半角冒号“:”再加一个空格，如“year: 2023”。"
      : "this line uses a full-width colon “：”; a key takes a half-width colon and a space, as in “year: 2023”.";
  }
  if (/^\s*(-\s+)?[A-Za-z_$]+:[^\s]/.test(sourceLine)) {
    return zh ? "字段名后的冒号后面要加一个空格，如“year: 2023”。" : "put a space after the colon, as in “year: 2023”.";
  }
  return "";
}

/** Options of loadReportYaml. */
export interface LoadOptions extends ParseOptions {}

/** A report read from YAML, with the locator that maps model paths back to the source. */
export interface LoadedReport {
  report: Report;
  locate: Locator;
}

/**
 * Reads the YAML text of a report, validates it, and returns the report with a locator for later
 * checks (lint). Every problem — YAML syntax and model alike — is reported at once with its
 * `line:column`, in a ReportError thrown when there is any.
 */
export function loadReportYamlWithSource(text: string, fileName?: string, options: LoadOptions = {}): LoadedReport {
  const locale = options.locale ?? "zh";
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, keepSourceTokens: true, prettyErrors: false });
  const withFile = (p: Problem): Problem => (fileName === undefined ? p : { ...p, file: fileName });

  if (doc.errors.length > 0) {
    const problems = doc.errors.map((error) => {
      const start = lineCounter.linePos(error.pos[0]);
      const known = YAML_MESSAGES[error.code];
      const base = known
        ? known[locale]
        : locale === "zh"
          ? `YAML 语法错误：${error.message.split("\n")[0]}`
          : `YAML syntax error: ${error.message.split("\n")[0]}`;
      const hint = colonHint(lineOf(text, start.line), locale);
      if (hint)
        return withFile({
          code: `yaml_${error.code.toLowerCase()}`,
          path: [],
          message: hint,
          line: start.line,
          column: start.col,
        });
      const code = `yaml_${error.code.toLowerCase()}`;
      return withFile({ code, path: [], message: base + hint, line: start.line, column: start.col });
    });
    throw new ReportError(sortProblems(problems), locale);
  }

  const locate = yamlLocator(doc, lineCounter);
  let js: unknown;
  try {
    js = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // An alias without its anchor, or aliases that expand too much (a "billion laughs" file).
    let first: Node | undefined;
    visit(doc, {
      Alias(_key, node) {
        first = node;
        return visit.BREAK;
      },
    });
    const position = (first && toPosition(first, lineCounter)) ?? { line: 1, column: 1 };
    const message =
      locale === "zh"
        ? `YAML 引用（*名称）有误：找不到对应的锚点（&名称），或引用展开得太多。（${(error as Error).message}）`
        : `bad YAML alias (*name): its anchor (&name) is missing, or aliases expand too much. (${(error as Error).message})`;
    throw new ReportError([withFile({ code: "yaml_alias", path: [], message, ...position })], locale);
  }
  const raw = numbersAsWritten(js, doc, []);
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    const message =
      locale === "zh"
        ? "文件内容应是一组字段（以 meta: 和 body: 开头），请参照 gongwen init 生成的模板。"
        : "the file must hold a mapping with meta: and body:; see the template gongwen init writes.";
    throw new ReportError([withFile({ code: "not_a_report", path: [], message, line: 1, column: 1 })], locale);
  }

  const result = safeParseReport(raw, options);
  if (!result.success) {
    const problems = result.problems.map((p) => {
      const position = locate(p.path, { key: p.code === "unrecognized_keys" });
      return withFile(position ? { ...p, ...position } : p);
    });
    throw new ReportError(sortProblems(problems), locale);
  }
  return { report: result.report, locate };
}

/** Reads the YAML text of a report (see loadReportYamlWithSource) and returns the report. */
export function loadReportYaml(text: string, fileName?: string, options: LoadOptions = {}): Report {
  return loadReportYamlWithSource(text, fileName, options).report;
}
