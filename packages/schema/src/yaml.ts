import {
  Composer,
  type Document,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  Parser,
  parseDocument,
  visit,
  YAMLParseError,
} from "yaml";
import type { Report } from "./model.js";
import type { ParseOptions } from "./parse.js";
import { safeParseReport } from "./parse.js";
import { type Locale, type Problem, ReportError, sortProblems } from "./problems.js";
import { sourceLengthProblem, yamlDepthProblem } from "./source-limits.js";
import { YAML_HINTS } from "./yaml-messages.js";
import { explainModelProblems } from "./yaml-model-hints.js";
import { repairLines, tabsAsSpaces } from "./yaml-repair.js";
import { readScalars, withWritten } from "./yaml-scalars.js";
import { tabProblems, yamlSyntaxProblems } from "./yaml-syntax.js";

/** A source position, 1-based. */
export interface Position {
  line: number;
  column: number;
}

/** Finds where in a source a model path was written; undefined when it cannot tell. */
export type Locator = (path: readonly (string | number)[], options?: { key?: boolean }) => Position | undefined;

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

/** Options of loadReportYaml. */
export interface LoadOptions extends ParseOptions {}

/** A report read from YAML, with the locator that maps model paths back to the source. */
export interface LoadedReport {
  report: Report;
  locate: Locator;
  /** Problems that did not stop the report from being read (severity `warning`), in source order. */
  warnings: Problem[];
}

/** A parsed YAML document with the line counter of the text it was read from. */
interface Parsed {
  doc: Document;
  lineCounter: LineCounter;
  text: string;
}

const YAML_OPTIONS = { keepSourceTokens: true, prettyErrors: false } as const;

/**
 * Parses a YAML text; with `tokens` (the text's lexer tokens, read already by yamlDepthProblem),
 * from them rather than lexing the text again — the same document: yaml's parseDocument over a
 * user-provided lexer, as yaml's Parser documents it.
 */
function parseYaml(text: string, tokens?: readonly string[]): Parsed {
  const lineCounter = new LineCounter();
  if (!tokens) return { doc: parseDocument(text, { ...YAML_OPTIONS, lineCounter }), lineCounter, text };
  const parser = new Parser(lineCounter.addNewLine);
  lineCounter.addNewLine(0);
  const cst = function* () {
    for (const token of tokens) yield* parser.next(token);
    yield* parser.end();
  };
  let doc: Document.Parsed | undefined;
  for (const next of new Composer(YAML_OPTIONS).compose(cst(), true, text.length)) {
    if (!doc) doc = next;
    else {
      // As parseDocument does: one document only.
      doc.errors.push(
        new YAMLParseError(
          next.range.slice(0, 2) as [number, number],
          "MULTIPLE_DOCS",
          "Source contains multiple documents; please use YAML.parseAllDocuments()",
        ),
      );
      break;
    }
  }
  return { doc: doc as Document.Parsed, lineCounter, text };
}

/** A `*name` whose anchor is nowhere: a text that starts with `*`. */
function unresolvedAliases(parsed: Parsed, locale: Locale): Problem[] {
  const anchors = new Set<string>();
  const out: Problem[] = [];
  visit(parsed.doc, {
    Node(_key, node) {
      if (node.anchor) anchors.add(node.anchor);
    },
    Alias(_key, node) {
      if (anchors.has(node.source)) return;
      const position = toPosition(node, parsed.lineCounter) ?? { line: 1, column: 1 };
      out.push({
        code: "yaml_alias_as_text",
        path: [],
        message: YAML_HINTS.aliasStart(node.source)[locale],
        ...position,
      });
    },
  });
  return out;
}

/** How many times the reader repairs and reads again before it reports the syntax problems alone. */
const REPAIR_ROUNDS = 4;

/**
 * Reads a YAML text past the mistakes it can stand in for (yaml-repair.ts): every syntax problem
 * of every round is reported once per line; the document is returned when a repaired reading
 * parses cleanly, so the model's problems of the rest can be reported in the same run.
 */
function readPastMistakes(
  text: string,
  locale: Locale,
  tokens?: readonly string[],
): { problems: Problem[]; parsed?: Parsed } {
  let parsed = parseYaml(text, tokens);
  const problems: Problem[] = [];
  const reported = new Set<number>();
  const add = (found: Problem[]) => {
    for (const p of found) {
      if (p.line !== undefined && reported.has(p.line)) continue;
      if (p.line !== undefined) reported.add(p.line);
      problems.push(p);
    }
  };
  if (parsed.doc.errors.some((e) => e.code === "TAB_AS_INDENT")) {
    add(tabProblems(text.split(/\r?\n/), locale));
    parsed = parseYaml(tabsAsSpaces(text));
  }
  for (let round = 0; round < REPAIR_ROUNDS; round++) {
    const { doc, lineCounter } = parsed;
    const aliases = unresolvedAliases(parsed, locale);
    add(yamlSyntaxProblems(doc.errors, parsed.text, lineCounter, locale));
    add(aliases);
    if (doc.errors.length === 0 && aliases.length === 0) return { problems, parsed };
    const lineOf = (offset: number) => lineCounter.linePos(offset).line;
    const unclosed = doc.errors.filter((e) => /closing/.test(e.message)).map((e) => lineOf(e.pos[0]));
    const broken = [
      ...doc.errors.filter((e) => !/closing/.test(e.message)).map((e) => lineOf(e.pos[0])),
      ...aliases.map((a) => a.line ?? 1),
    ];
    const next = repairLines(parsed.text, broken, unclosed);
    if (next === parsed.text) break;
    parsed = parseYaml(next);
  }
  return { problems };
}

/**
 * Reads the YAML text of a report, validates it, and returns the report with a locator for later
 * checks (lint). Every problem is reported at once with its `line:column`, in a ReportError
 * thrown when there is any error: the syntax problems, then — reading past the mistakes a
 * message already explains (a Tab, a full-width colon, an unquoted `: ` …) — the problems of the
 * text (a comment that would drop words) and the model's problems of every part that parsed.
 * Warnings (a comment after a meta value) are returned with the report, or carried by the error.
 * Old Mac line endings (CR alone) are read as line breaks.
 */
export function loadReportYamlWithSource(text: string, fileName?: string, options: LoadOptions = {}): LoadedReport {
  const locale = options.locale ?? "zh";
  const withFile = (p: Problem): Problem => (fileName === undefined ? p : { ...p, file: fileName });
  const fail = (problems: Problem[]): never => {
    throw new ReportError(sortProblems(problems.map(withFile)), locale);
  };
  // Limits first: nothing below reads more than MAX_SOURCE_LENGTH or recurses deeper than MAX_NESTING_DEPTH.
  // The depth check lexes the text; the parser reads its tokens (unless old Mac line endings change the text).
  const tokens: string[] = [];
  const beyond = sourceLengthProblem(text, locale) ?? yamlDepthProblem(text, locale, tokens);
  if (beyond) return fail([beyond]);

  const lines = text.replace(/\r(?!\n)/g, "\n");
  const { problems: syntax, parsed } = readPastMistakes(lines, locale, lines === text ? tokens : undefined);
  if (!parsed) return fail(syntax);
  const { doc, lineCounter } = parsed;
  const locate = yamlLocator(doc, lineCounter);
  let js: unknown;
  try {
    js = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // Aliases that expand too much (a "billion laughs" file).
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
    return fail([...syntax, { code: "yaml_alias", path: [], message, ...position }]);
  }
  const reading = readScalars(doc, parsed.text, lineCounter, locale);
  const raw = withWritten(js, reading.written);
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    const message =
      locale === "zh"
        ? "文件内容应是一组字段（以 meta: 和 body: 开头），请参照 gongwen init 生成的模板。"
        : "the file must hold a mapping with meta: and body:; see the template gongwen init writes.";
    return fail([...syntax, { code: "not_a_report", path: [], message, line: 1, column: 1 }]);
  }

  const result = safeParseReport(raw, { ...options, terms: "yaml" });
  const located = result.success
    ? []
    : result.problems.map((p) => {
        const position = locate(p.path, { key: p.code === "unrecognized_keys" });
        return position ? { ...p, ...position } : p;
      });
  const model = explainModelProblems(located, { doc, text: parsed.text, lineCounter, reading, locale });
  const all = [...syntax, ...reading.problems, ...model];
  if (!result.success || all.some((p) => p.severity !== "warning")) return fail(all);
  return { report: result.report, locate, warnings: sortProblems(all.map(withFile)) };
}

/** Reads the YAML text of a report (see loadReportYamlWithSource) and returns the report. */
export function loadReportYaml(text: string, fileName?: string, options: LoadOptions = {}): Report {
  return loadReportYamlWithSource(text, fileName, options).report;
}
