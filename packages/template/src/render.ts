import { type Locator, type Report, ReportError, safeParseReport, sortProblems } from "@gongwen/schema";
import { callAt, openingTag, pathAt, statementAt } from "./expressions.js";
import { COMPILE_OPTIONS, handlebars, LocatedHelperError, type TextRenderer } from "./handlebars-env.js";
import { type MessageFacts, type TemplateProblemCode, templateMessage } from "./messages.js";
import { depthsOf, isTruthy, joinPath, resolveDirective, type Scope } from "./scope.js";
import { runText } from "./shared-runtime.js";
import { sourceOffset } from "./template-text.js";
import type { Directive, Template, TemplateItem, TemplateNode, TemplateProblem, TemplateText } from "./tree.js";

/** Options of renderTemplate. */
export interface RenderTemplateOptions {
  /** The data row's number, carried by every problem (batch rows: as the data file counts them). */
  row?: number;
  /**
   * The fields the data source has (DataTable.fields: a table's columns, the records' keys). A
   * value the row lacks for one of them, with no default in the template, is then reported as an
   * empty value (`empty_value`) and not as a field the data does not have.
   */
  fields?: readonly string[];
}

/** The result of safeRenderTemplate: the report, or every problem of this document. */
export type RenderTemplateResult = { success: true; report: Report } | { success: false; problems: TemplateProblem[] };

interface Evaluation {
  template: Template;
  problems: TemplateProblem[];
  /**
   * For each output object or list: where each of its values came from in the template. Kept only
   * when problems of the filled report are to be located (a map per object is garbage otherwise).
   */
  origins?: WeakMap<object, Map<string | number, number>>;
  row: number | undefined;
  /** RenderTemplateOptions.fields, and the row with its defaults: to tell an empty value from no field. */
  fields?: readonly string[];
  data?: unknown;
  /** Checking the template's shape: texts stay as written, each directive item is kept once. */
  skeleton?: boolean;
  /** With `skeleton`: each expression in a text becomes EXPRESSION_STAND_IN (for proofreading). */
  blank?: boolean;
}

/** What an expression reads as when a template's texts are proofread: a plain figure. */
const EXPRESSION_STAND_IN = "1";

const EXPRESSION = /\{\{[^}]*\}\}\}?/g;

function addProblem(ev: Evaluation, given: TemplateProblemCode, facts: MessageFacts, offset: number): void {
  const { template } = ev;
  const code = isEmptyField(ev, given, facts.dataPath) ? "empty_value" : given;
  const p: TemplateProblem = {
    code,
    path: [],
    message: templateMessage(code, facts, template.locale),
    ...template.source.position(offset),
  };
  if (template.fileName !== undefined) p.file = template.fileName;
  if (facts.expression !== undefined) p.expression = facts.expression;
  if (facts.dataPath !== undefined) p.dataPath = facts.dataPath;
  if (ev.row !== undefined) p.row = ev.row;
  ev.problems.push(p);
}

/**
 * Whether a missing value is a field of the data left empty in this row: the data source has the
 * field (RenderTemplateOptions.fields) and the row, defaults applied, holds nothing there.
 */
function isEmptyField(ev: Evaluation, code: TemplateProblemCode, dataPath: string | undefined): boolean {
  if ((code !== "unknown_variable" && code !== "helper_missing") || dataPath === undefined) return false;
  if (!ev.fields?.includes(dataPath)) return false;
  const row = ev.data;
  if (row === null || typeof row !== "object") return false;
  const value = Object.hasOwn(row, dataPath) ? (row as Record<string, unknown>)[dataPath] : undefined;
  return value === undefined || value === null || value === "";
}

/** A new evaluation of one data row (`data`, its defaults applied). */
function evaluation(template: Template, data: unknown, options: RenderTemplateOptions): Evaluation {
  const ev: Evaluation = { template, problems: [], row: options.row, data };
  if (options.fields !== undefined) ev.fields = options.fields;
  return ev;
}

/** The data path a Handlebars path expression reads in a scope, up to the field named `upTo`. */
function expressionPath(path: hbs.AST.PathExpression, scope: Scope, upTo?: string): string {
  let at: Scope = scope;
  let parts = path.parts;
  if (path.data) {
    if (parts[0] !== "root") return `@${path.original}`;
    while (at.parent) at = at.parent;
    parts = parts.slice(1);
  }
  for (let i = 0; i < path.depth && at.parent; i++) at = at.parent;
  const end = upTo === undefined ? parts.length : parts.lastIndexOf(upTo) + 1 || parts.length;
  return parts.slice(0, end).reduce<string>(joinPath, at.path);
}

function textFailure(text: TemplateText, error: unknown, scope: Scope, ev: Evaluation): void {
  const { source } = ev.template;
  if (error instanceof LocatedHelperError && error.loc) {
    const call = callAt(text.ast, error.loc.start);
    const expression = call ? openingTag(text.value, call) : text.value;
    const { failure, argument, value } = error.cause;
    const facts: MessageFacts = { expression, helper: error.helper, value };
    const param =
      typeof argument === "number" ? call?.params[argument] : call?.hash?.pairs.find((p) => p.key === argument)?.value;
    if (typeof argument === "string") facts.detail = argument;
    if (param?.type === "PathExpression") facts.dataPath = expressionPath(param as hbs.AST.PathExpression, scope);
    addProblem(ev, `helper_${failure}`, facts, sourceOffset(text, source, error.loc.start, expression));
    return;
  }
  const e = error as { message?: string; lineNumber?: number; column?: number };
  const missing = /^"(.+?)" not defined in/.exec(String(e.message));
  if (missing && e.lineNumber !== undefined && e.column !== undefined) {
    const at = { line: e.lineNumber, column: e.column };
    const found = pathAt(text.ast, at);
    const statement = statementAt(text.ast, at);
    const expression = statement ? openingTag(text.value, statement) : `{{${found?.path.original ?? missing[1]}}}`;
    const facts: MessageFacts = { expression };
    if (found) facts.dataPath = expressionPath(found.path, scope, missing[1]);
    const offset = sourceOffset(text, source, statement?.loc.start ?? at, expression);
    addProblem(ev, "unknown_variable", facts, offset);
    return;
  }
  if (error instanceof handlebars.Exception) {
    addProblem(ev, "template_syntax", { detail: error.message }, text.start);
    return;
  }
  throw error;
}

const statementCache = new WeakMap<TemplateText, TextRenderer[]>();

/**
 * One renderer per expression statement of a text (`{{…}}` or a block), compiled from the text's
 * own syntax tree so Handlebars' errors keep their positions in the text. Only built when the
 * text failed, to find all of its failures.
 */
function statementRenderers(text: TemplateText): TextRenderer[] {
  let renderers = statementCache.get(text);
  if (!renderers) {
    renderers = text.ast.body
      .filter((node) => node.type === "MustacheStatement" || node.type === "BlockStatement")
      .map((node) => {
        const program = { ...text.ast, body: [node] } as hbs.AST.Program;
        return handlebars.compile(program, COMPILE_OPTIONS) as unknown as TextRenderer;
      });
    statementCache.set(text, renderers);
  }
  return renderers;
}

function evaluateText(text: TemplateText, scope: Scope, ev: Evaluation): unknown {
  if (ev.skeleton) return text.standIn ?? (ev.blank ? text.value.replace(EXPRESSION, EXPRESSION_STAND_IN) : text.value);
  let out: string;
  const depths = depthsOf(scope);
  try {
    out = runText(text.render, scope.context, scope.data, depths);
  } catch {
    // Rare: run each statement of the text alone, so every failing expression is reported.
    for (const statement of statementRenderers(text)) {
      try {
        runText(statement, scope.context, scope.data, depths);
      } catch (error) {
        textFailure(text, error, scope, ev);
      }
    }
    return text.value;
  }
  if (text.coerce === "integer" && /^\s*-?\d+\s*$/.test(out)) return Number(out);
  if (text.coerce === "boolean" && /^\s*(true|false)\s*$/.test(out)) return out.trim() === "true";
  return out;
}

function evaluate(node: TemplateNode, scope: Scope, ev: Evaluation): unknown {
  switch (node.kind) {
    case "constant":
      return node.value;
    case "text":
      return evaluateText(node, scope, ev);
    case "map": {
      const out: Record<string, unknown> = {};
      for (const [key, value] of node.entries) out[key] = evaluate(value, scope, ev);
      if (ev.origins) ev.origins.set(out, new Map(node.entries.map(([key, value]) => [key, value.start])));
      return out;
    }
    case "list": {
      const out: unknown[] = [];
      const origin = ev.origins && new Map<string | number, number>();
      for (const item of node.items) expand(item, scope, ev, out, origin);
      if (origin) ev.origins?.set(out, origin);
      return out;
    }
  }
}

/** A directive's value, or undefined after reporting that its field is missing. */
function directiveValue(
  directive: Directive,
  scope: Scope,
  ev: Evaluation,
): { value: unknown; path: string } | undefined {
  const resolved = resolveDirective(directive, scope);
  if (resolved.value === undefined) {
    addProblem(ev, "unknown_variable", { expression: directive.written, dataPath: resolved.path }, directive.start);
    return undefined;
  }
  return resolved;
}

function holds(item: TemplateItem, scope: Scope, ev: Evaluation): boolean {
  for (const key of ["if", "unless"] as const) {
    const directive = item[key];
    if (!directive) continue;
    const resolved = directiveValue(directive, scope, ev);
    if (!resolved || isTruthy(resolved.value) !== (key === "if")) return false;
  }
  return true;
}

function expand(
  item: TemplateItem,
  scope: Scope,
  ev: Evaluation,
  out: unknown[],
  origin: Map<string | number, number> | undefined,
) {
  const push = (inner: Scope) => {
    if (!holds(item, inner, ev)) return;
    origin?.set(out.length, item.node.start);
    out.push(evaluate(item.node, inner, ev));
  };
  if (ev.skeleton) {
    origin?.set(out.length, item.node.start);
    out.push(evaluate(item.node, scope, ev));
    return;
  }
  if (!item.each) {
    push(scope);
    return;
  }
  const list = directiveValue(item.each, scope, ev);
  if (!list) return;
  if (!Array.isArray(list.value)) {
    const facts = { expression: item.each.written, dataPath: list.path, value: list.value };
    addProblem(ev, "helper_not_a_list", facts, item.each.start);
    return;
  }
  const last = list.value.length - 1;
  list.value.forEach((element, index) => {
    const data = { root: scope.data.root, index, first: index === 0, last: index === last };
    push({ context: element, path: joinPath(list.path, index), parent: scope, data });
  });
}

/** Sets a field of a row; a field named __proto__ stays a field (assigning it would set the prototype). */
function setField(row: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__")
    Object.defineProperty(row, key, { value, writable: true, enumerable: true, configurable: true });
  else row[key] = value;
}

/**
 * The row a template is filled with: its `data:` defaults, then the row's own values over them.
 * Built from an empty object: adding fields to a spread copy of the defaults takes V8's slow path
 * (~35 µs for the example's 15 fields, against under 1 µs).
 */
function rowWithDefaults(template: Template, data: unknown): unknown {
  if (data === undefined) return { ...template.defaults };
  if (data === null || typeof data !== "object" || Array.isArray(data)) return data;
  const row: Record<string, unknown> = {};
  for (const key of Object.keys(template.defaults)) setField(row, key, template.defaults[key]);
  for (const key of Object.keys(data)) {
    const value = (data as Record<string, unknown>)[key];
    if (value !== undefined && value !== null) setField(row, key, value);
  }
  return row;
}

/** The model's problems of an evaluated template, located through where each value came from. */
function modelProblems(output: unknown, ev: Evaluation): TemplateProblem[] | undefined {
  const { template } = ev;
  const result = safeParseReport(output, { locale: template.locale });
  if (result.success) return undefined;
  return result.problems.map((p): TemplateProblem => {
    const located: TemplateProblem = { ...p, ...template.source.position(locateModelProblem(output, p.path, ev)) };
    if (template.fileName !== undefined) located.file = template.fileName;
    if (ev.row !== undefined) located.row = ev.row;
    return located;
  });
}

function locateModelProblem(output: unknown, path: readonly (string | number)[], ev: Evaluation): number {
  let node = output;
  let offset = 0;
  for (const key of path) {
    if (node === null || typeof node !== "object") break;
    const found = ev.origins?.get(node)?.get(key);
    if (found === undefined) break;
    offset = found;
    node = (node as Record<string | number, unknown>)[key];
  }
  return offset;
}

/**
 * Fills a template with one data row (a plain object; the template's `data:` block gives the
 * values the row lacks) and validates the result as a report. Every problem of the document is
 * returned at once, each located in the template with its expression and data path: unknown
 * variables, missing fields, wrong types, `each`/`if` over missing fields, and the model's own
 * problems of the filled report. Data never changes the structure: each value lands as text in
 * the field whose expression produced it.
 */
export function safeRenderTemplate(
  template: Template,
  data?: unknown,
  options: RenderTemplateOptions = {},
): RenderTemplateResult {
  const row = rowWithDefaults(template, data);
  const fill = (ev: Evaluation) => evaluate(template.root, { context: row, path: "", data: { root: row } }, ev);
  const ev = evaluation(template, row, options);
  const output = fill(ev);
  if (ev.problems.length > 0) return { success: false, problems: sortProblems(ev.problems) as TemplateProblem[] };
  const result = safeParseReport(output, { locale: template.locale });
  if (result.success) return { success: true, report: result.report };
  // The model's problems: filled again (the same report), keeping where each value came from.
  const located: Evaluation = { ...ev, problems: [], origins: new WeakMap() };
  return { success: false, problems: sortProblems(modelProblems(fill(located), located) ?? []) as TemplateProblem[] };
}

/** A template read as a report: its texts as written, each directive item once. */
export interface TemplateSkeleton {
  /** The report, when the template's shape is valid. */
  report?: Report;
  /** The model's problems of the template's shape, located in it. */
  problems: TemplateProblem[];
  /** Model path of the skeleton report → line and column in the template. */
  locate: Locator;
}

/**
 * Reads a template as a report with its expressions in place (see checkTemplate); with
 * `blankExpressions`, each expression reads as EXPRESSION_STAND_IN, so proofreading rules see the
 * template's own words and not Handlebars syntax (`gongwen lint` on a template).
 */
export function templateSkeleton(template: Template, options: { blankExpressions?: boolean } = {}): TemplateSkeleton {
  const ev: Evaluation = { template, problems: [], origins: new WeakMap(), row: undefined, skeleton: true };
  if (options.blankExpressions) ev.blank = true;
  const output = evaluate(template.root, { context: {}, path: "", data: { root: {} } }, ev);
  const locate: Locator = (path) => template.source.position(locateModelProblem(output, path, ev));
  const result = safeParseReport(output, { locale: template.locale });
  if (result.success) return { report: result.report, problems: [], locate };
  return { problems: modelProblems(output, ev) ?? [], locate };
}

/**
 * Checks a template as a report with its expressions in place (`gongwen validate`): every text
 * as written, every directive item once, typed fields written as expressions taken as valid. The
 * model's problems are returned located in the template; with `sample` data (a row, or the
 * `data:` block when `sample` is `"defaults"`), the template is also filled with it and the strict
 * errors — variables missing from the sample, wrong types — are returned too.
 */
export function checkTemplate(template: Template, sample?: unknown): TemplateProblem[] {
  const { problems } = templateSkeleton(template);
  if (sample !== undefined) {
    const filled = safeRenderTemplate(template, sample === "defaults" ? undefined : sample);
    if (!filled.success)
      problems.push(...filled.problems.filter((p) => p.code !== "custom" && !p.code.startsWith("invalid")));
  }
  return sortProblems(problems) as TemplateProblem[];
}

/**
 * Fills a template with one data row and returns the report (see safeRenderTemplate).
 * @throws ReportError holding every problem, each a TemplateProblem.
 */
export function renderTemplate(template: Template, data?: unknown, options: RenderTemplateOptions = {}): Report {
  const result = safeRenderTemplate(template, data, options);
  if (!result.success) throw new ReportError(result.problems, template.locale);
  return result.report;
}

/**
 * Fills a template's texts without validating a report: for a template whose root is a single
 * text, such as a file-name pattern (loadTextTemplate). Problems as safeRenderTemplate's.
 */
export function safeRenderText(
  template: Template,
  data?: unknown,
  options: RenderTemplateOptions = {},
): { success: true; text: string } | { success: false; problems: TemplateProblem[] } {
  const row = rowWithDefaults(template, data);
  const ev = evaluation(template, row, options);
  const output = evaluate(template.root, { context: row, path: "", data: { root: row } }, ev);
  if (ev.problems.length > 0) return { success: false, problems: ev.problems };
  return { success: true, text: String(output ?? "") };
}
