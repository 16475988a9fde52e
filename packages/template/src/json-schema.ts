import { reportJsonSchema } from "@gongwen/schema";
import { DIRECTIVE_KEYS } from "./directive.js";

/** Where the published JSON Schema of templates lives, for `$schema` and editor configuration. */
export const TEMPLATE_SCHEMA_ID = "https://gongwen.dev/schema/template.json";

type Schema = Record<string, unknown>;

const EXPRESSION_TEXT: Schema = {
  type: "string",
  pattern: "\\{\\{",
  description: "Handlebars 表达式，如 {{year}}，填充后应符合本字段的要求。",
};

const DIRECTIVE: Schema = {
  type: "string",
  description: "数据字段的路径，如 projects、county.projects、../towns、@root.towns。",
};

const DIRECTIVE_PROPERTIES: Schema = {
  each: { ...DIRECTIVE, title: "按列表重复", description: "对数据中这个列表的每一项重复本项。" },
  if: { ...DIRECTIVE, title: "条件", description: "数据中这个字段为真（非空、非零）时才保留本项。" },
  unless: { ...DIRECTIVE, title: "反向条件", description: "数据中这个字段为假时才保留本项。" },
};

/** A directive item holding an item that is no mapping: a paragraph, a table row, anything. */
const HOLDER: Schema = {
  type: "object",
  properties: {
    ...DIRECTIVE_PROPERTIES,
    paragraph: { type: "string", title: "段落" },
    row: { type: "array", title: "表格的一行", items: { type: ["string", "number"] } },
    item: { title: "列表的一项" },
  },
  anyOf: DIRECTIVE_KEYS.map((key) => ({ required: [key] })),
  additionalProperties: false,
};

/** A list item that may repeat or be conditional: mappings take the directive keys beside their own. */
function withDirectives(item: Schema): Schema {
  // A mapping first: its own anyOf (an initiative needs lead or text) constrains it, not alternatives.
  if (item.type === "object" && item.properties) {
    return { ...item, properties: { ...(item.properties as Schema), ...DIRECTIVE_PROPERTIES } };
  }
  if (Array.isArray(item.anyOf)) return { ...item, anyOf: (item.anyOf as Schema[]).map(withDirectives) };
  return item;
}

/** Rewrites a report schema node into a template schema node. */
function templateNode(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(templateNode);
  if (node === null || typeof node !== "object") return node;
  const out: Schema = {};
  for (const [key, value] of Object.entries(node as Schema)) {
    out[key] = key === "examples" || key === "enum" ? value : templateNode(value);
  }
  if (out.type === "array" && out.items && typeof out.items === "object") {
    out.items = { anyOf: [withDirectives(out.items as Schema), HOLDER] };
  }
  // Typed fields, choices and texts with a format or pattern (dates, texts without control
  // characters) take an expression in their place.
  if (out.type === "integer" || out.type === "boolean" || out.enum || out.format || out.pattern) {
    const { title, description, examples, default: fallback, ...rest } = out;
    const described: Schema = {};
    if (title !== undefined) described.title = title;
    if (description !== undefined) described.description = description;
    if (examples !== undefined) described.examples = examples;
    if (fallback !== undefined) described.default = fallback;
    return { ...described, anyOf: [rest, EXPRESSION_TEXT] };
  }
  return out;
}

/**
 * The JSON Schema (draft 2020-12) of a template, derived from the report's: a top-level `data:`
 * block of defaults; in every list, items may carry `each` / `if` / `unless` (and hold a paragraph
 * or row in `paragraph:` / `row:` / `item:`); numbers, booleans and choices may be written as an
 * expression. For editors' completion and hover help; the template package's own check
 * (checkTemplate) is what `gongwen validate` runs. The report's schema itself is not loosened.
 */
export function templateJsonSchema(): Record<string, unknown> {
  const report = templateNode(reportJsonSchema()) as Schema;
  const properties = report.properties as Schema;
  return {
    ...report,
    $id: TEMPLATE_SCHEMA_ID,
    title: "gongwen 报告模板",
    description: "正文中可写 Handlebars 表达式的报告：data 为默认数据，列表项可用 each、if、unless。",
    properties: {
      ...properties,
      data: { type: "object", title: "默认数据", description: "数据行缺少的字段取这里的值。" },
    },
  };
}
