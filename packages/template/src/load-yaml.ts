import { type Locale, type Problem, yamlSyntaxProblems } from "@gongwen/schema";
import { isAlias, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument, type YAMLMap } from "yaml";
import { DIRECTIVE_KEYS, type DirectiveKey, ITEM_KEYS, parseDirective } from "./directive.js";
import { templateMessage } from "./messages.js";
import type { SourceText } from "./source-text.js";
import { compileTemplateText } from "./template-text.js";
import type { TemplateItem, TemplateNode, TemplateProblem } from "./tree.js";

/** Fields the model types as numbers or booleans; everywhere else YAML's numbers stay as written. */
const TYPED_FIELDS: Record<string, "integer" | "boolean"> = {
  "meta.year": "integer",
  "meta.planYear": "integer",
  "meta.letterhead": "boolean",
};

/**
 * Valid values that fields written as expressions stand for when a template's shape is checked
 * (`gongwen validate`): a year, a date, a choice of the model's enumerations. By the field's path,
 * or by its key alone (`style` at any level).
 */
const STAND_INS: Record<string, unknown> = {
  "meta.year": 2000,
  "meta.planYear": 2001,
  "meta.letterhead": false,
  "meta.date": "2000-01-01",
  "meta.issueDate": "2000-01-01",
  "meta.kind": "summary-and-plan",
  "meta.planName": "工作思路",
  "meta.disclosure.openness": "主动公开",
  style: "ordinal",
};

/** The most aliases (`*name`) one template may expand, as the report reader allows. */
export const MAX_TEMPLATE_ALIASES = 100;

interface Build {
  source: SourceText;
  locale: Locale;
  fileName?: string;
  problems: TemplateProblem[];
  aliases: number;
  resolve: (node: Node) => Node | undefined;
}

function problem(b: Build, code: string, message: string, offset: number, extra: Partial<TemplateProblem> = {}): void {
  const p: TemplateProblem = { code, path: [], message, ...b.source.position(offset), ...extra };
  if (b.fileName !== undefined) p.file = b.fileName;
  b.problems.push(p);
}

function build(node: Node | null | undefined, path: string[], b: Build): TemplateNode {
  if (node && isAlias(node)) {
    b.aliases++;
    const target = b.aliases <= MAX_TEMPLATE_ALIASES ? b.resolve(node) : undefined;
    if (!target) {
      const message =
        b.locale === "zh" ? "YAML 引用（*名称）有误或展开得太多" : "bad YAML alias, or aliases expand too much";
      problem(b, "yaml_alias", message, node.range?.[0] ?? 0);
      return { kind: "constant", value: null, start: node.range?.[0] ?? 0 };
    }
    return build(target, path, b);
  }
  const start = node?.range?.[0] ?? 0;
  if (!node) return { kind: "constant", value: null, start };
  if (isMap(node)) return buildMap(node.items, path, start, b);
  if (isSeq(node)) {
    return { kind: "list", items: node.items.map((item) => buildItem(item as Node | null, path, b)), start };
  }
  if (isScalar(node)) {
    const typed = TYPED_FIELDS[path.join(".")];
    if (typeof node.value === "string" && node.value.includes("{{")) {
      const end = node.range?.[1] ?? start;
      const text = compileTemplateText(node.value, start, end, b.source, b.locale, b.fileName, b.problems);
      if (text.kind !== "text") return text;
      if (typed) text.coerce = typed;
      const standIn = STAND_INS[path.join(".")] ?? STAND_INS[path.at(-1) ?? ""];
      if (standIn !== undefined) text.standIn = standIn;
      return text;
    }
    // Numbers are text in a report (a cell `1.50` stays `1.50`), except the fields the model types.
    const asWritten =
      (typeof node.value === "number" || typeof node.value === "boolean") && !typed && typeof node.source === "string";
    return { kind: "constant", value: asWritten ? node.source : node.value, start };
  }
  return { kind: "constant", value: null, start };
}

function buildMap(pairs: YAMLMap["items"], path: string[], start: number, b: Build): TemplateNode {
  const entries: [string, TemplateNode][] = [];
  for (const pair of pairs) {
    const key = keyOf(pair.key);
    if (path.length === 0 && key === "data") continue;
    entries.push([key, build(pair.value as Node | null, [...path, key], b)]);
  }
  return { kind: "map", entries, start };
}

function buildItem(node: Node | null, path: string[], b: Build): TemplateItem {
  if (!isMap(node) || !node.items.some((p) => DIRECTIVE_KEYS.includes(keyOf(p.key) as DirectiveKey))) {
    return { node: build(node, path, b) };
  }
  const item: Partial<TemplateItem> = {};
  const rest = node.items.filter((p) => !DIRECTIVE_KEYS.includes(keyOf(p.key) as DirectiveKey));
  for (const pair of node.items) {
    const key = keyOf(pair.key) as DirectiveKey;
    if (!DIRECTIVE_KEYS.includes(key)) continue;
    const value = pair.value as Node | null;
    const offset = value?.range?.[0] ?? (pair.key as Node).range?.[0] ?? 0;
    const written = isScalar(value) ? String(value.value) : "";
    const directive = parseDirective(key, written, offset);
    if (directive) item[key] = directive;
    else
      problem(
        b,
        "bad_directive",
        templateMessage("bad_directive", { expression: `${key}: ${written}` }, b.locale),
        offset,
      );
  }
  const only = rest.length === 1 ? keyOf(rest[0]?.key) : undefined;
  const start = node.range?.[0] ?? 0;
  item.node =
    only !== undefined && (ITEM_KEYS as readonly string[]).includes(only)
      ? build(rest[0]?.value as Node | null, path, b)
      : buildMap(rest, path, start, b);
  return item as TemplateItem;
}

const keyOf = (key: unknown): string => (isScalar(key) ? String(key.value) : String(key));

/** The tree and `data:` defaults of a YAML template, or the problems that stop it being read. */
export interface ParsedYamlTemplate {
  root: TemplateNode;
  defaults: Record<string, unknown>;
  problems: TemplateProblem[];
}

/**
 * Parses a YAML template: the report's tree with each text holding `{{` compiled on its own, list
 * items with `each` / `if` / `unless` turned into directives, and the top-level `data:` block
 * taken out as defaults. Syntax problems of YAML and of Handlebars are all returned, located.
 */
export function parseYamlTemplate(source: SourceText, locale: Locale, fileName?: string): ParsedYamlTemplate {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source.text, { lineCounter, keepSourceTokens: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    const problems: Problem[] = yamlSyntaxProblems(doc.errors, source.text, lineCounter, locale);
    return {
      root: { kind: "constant", value: null, start: 0 },
      defaults: {},
      problems: problems.map((p) => (fileName === undefined ? p : { ...p, file: fileName })),
    };
  }
  const b: Build = {
    source,
    locale,
    problems: [],
    aliases: 0,
    resolve: (alias) => (isAlias(alias) ? (alias.resolve(doc) as Node | undefined) : undefined),
  };
  if (fileName !== undefined) b.fileName = fileName;
  const root = build(doc.contents as Node | null, [], b);
  let defaults: Record<string, unknown> = {};
  const data = isMap(doc.contents) ? doc.contents.get("data", true) : undefined;
  if (data !== undefined) {
    let value: unknown = null;
    try {
      value = (data as Node).toJS(doc, { maxAliasCount: MAX_TEMPLATE_ALIASES });
    } catch {
      // An alias without its anchor: reported below as a data block that is no mapping.
    }
    if (value !== null && typeof value === "object" && !Array.isArray(value))
      defaults = value as Record<string, unknown>;
    else {
      const message = locale === "zh" ? "data: 应是一组字段（默认数据）" : "data: must be a mapping (default data)";
      problem(b, "bad_data_block", message, (data as Node).range?.[0] ?? 0);
    }
  }
  return { root, defaults, problems: b.problems };
}
