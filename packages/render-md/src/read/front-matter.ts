import {
  type Locator,
  loadReportYamlWithSource,
  type Position,
  type Problem,
  ReportError,
  yamlDepthProblem,
  yamlLocator,
} from "@gongwen/schema";
import type { Yaml } from "mdast";
import { type Document, isMap, isScalar, LineCounter, parseDocument } from "yaml";
import { addProblem, positionOf, type ReadContext } from "./context.js";

/** The front matter as read: its fields, where it starts, and a locator in file positions. */
export interface FrontMatter {
  fields: Record<string, unknown>;
  /** Where the front matter's `---` stands. */
  at: Position;
  /** Finds a path inside the front matter (`["date"]`), in lines and columns of the Markdown file. */
  locate: Locator;
  /** True when the front matter writes this key. */
  has(key: string): boolean;
}

/** Meta fields that are numbers or booleans; every other YAML number is kept as the text typed. */
const TYPED_FIELDS = new Set(["year", "planYear", "letterhead"]);

function numbersAsWritten(value: unknown, doc: Document, path: (string | number)[]): unknown {
  if (Array.isArray(value)) return value.map((v, i) => numbersAsWritten(v, doc, [...path, i]));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, numbersAsWritten(v, doc, [...path, k])]),
    );
  }
  if (
    (typeof value === "number" || typeof value === "boolean") &&
    !(path.length === 1 && TYPED_FIELDS.has(String(path[0])))
  ) {
    const node = doc.getIn(path, true);
    if (isScalar(node) && typeof node.source === "string") return node.source;
  }
  return value;
}

/**
 * YAML syntax problems in file positions. The messages are the schema's (Chinese by default,
 * with hints for a full-width colon or a missing space); `lineOffset` is the line of the `---`.
 */
function syntaxProblems(
  yamlText: string,
  doc: Document,
  lineCounter: LineCounter,
  lineOffset: number,
  ctx: ReadContext,
): Problem[] {
  const shift = (p: Problem): Problem => {
    const out: Problem = { ...p, line: (p.line ?? 1) + lineOffset, column: p.column ?? 1 };
    if (ctx.file !== undefined) out.file = ctx.file;
    return out;
  };
  try {
    loadReportYamlWithSource(yamlText, undefined, { locale: ctx.locale });
  } catch (error) {
    if (error instanceof ReportError) {
      const problems = error.problems.filter((p) => p.code.startsWith("yaml_"));
      if (problems.length > 0) return problems.map(shift);
    }
  }
  return doc.errors.map((error) => {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    const prefix = ctx.locale === "zh" ? "YAML 语法错误：" : "YAML syntax error: ";
    const message = prefix + (error.message.split("\n")[0] ?? "");
    return shift({ code: `yaml_${error.code.toLowerCase()}`, path: ["meta"], message, line, column: col });
  });
}

/**
 * Reads the YAML front matter. Syntax errors, a front matter that is not a mapping, or one that
 * cannot be turned into data give located problems and no front matter.
 */
export function readFrontMatter(node: Yaml, ctx: ReadContext): FrontMatter | undefined {
  const at = positionOf(node);
  // The YAML text starts on the line after the opening `---`.
  const lineOffset = at.line;
  // YAML nested deeper than any report would overflow the stack of the YAML composer.
  const deep = yamlDepthProblem(node.value, ctx.locale);
  if (deep) {
    const located: Problem = { ...deep, line: (deep.line ?? 1) + lineOffset, path: ["meta"] };
    ctx.problems.push(ctx.file === undefined ? located : { ...located, file: ctx.file });
    return undefined;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(node.value, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    ctx.problems.push(...syntaxProblems(node.value, doc, lineCounter, lineOffset, ctx));
    return undefined;
  }
  const contents = doc.contents;
  if (contents !== null && !isMap(contents)) {
    addProblem(ctx, "front_matter_not_mapping", at, {}, ["meta"]);
    return undefined;
  }
  let fields: Record<string, unknown>;
  try {
    fields = (numbersAsWritten(doc.toJS({ maxAliasCount: 100 }), doc, []) ?? {}) as Record<string, unknown>;
  } catch (error) {
    addProblem(ctx, "front_matter_unreadable", at, { detail: String((error as Error).message ?? error) }, ["meta"]);
    return undefined;
  }
  const inner = yamlLocator(doc, lineCounter);
  const keys = new Set(
    isMap(contents) ? contents.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : "")) : [],
  );
  return {
    fields,
    at,
    locate: (path, options) => {
      const position = inner(path, options);
      return position ? { line: position.line + lineOffset, column: position.column } : at;
    },
    has: (key) => keys.has(key),
  };
}
