import { type Document, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument, visit } from "yaml";
import type { Report } from "./model.js";
import type { ParseOptions } from "./parse.js";
import { safeParseReport } from "./parse.js";
import { type Problem, ReportError, sortProblems } from "./problems.js";
import { sourceLengthProblem, yamlDepthProblem } from "./source-limits.js";
import { yamlSyntaxProblems } from "./yaml-syntax.js";

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
  const withFile = (p: Problem): Problem => (fileName === undefined ? p : { ...p, file: fileName });
  // Limits first: nothing below reads more than MAX_SOURCE_LENGTH or recurses deeper than MAX_NESTING_DEPTH.
  const beyond = sourceLengthProblem(text, locale) ?? yamlDepthProblem(text, locale);
  if (beyond) throw new ReportError([withFile(beyond)], locale);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, keepSourceTokens: true, prettyErrors: false });

  if (doc.errors.length > 0) {
    const problems = yamlSyntaxProblems(doc.errors, text, lineCounter, locale).map(withFile);
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
