import type { Locale, Problem } from "@gongwen/schema";
import type { TextRenderer } from "./handlebars-env.js";
import type { SourceText } from "./source-text.js";

/** A text of the template holding Handlebars expressions: evaluated on its own, per data row. */
export interface TemplateText {
  kind: "text";
  /** The text as parsed (YAML's value, not its source). */
  value: string;
  ast: hbs.AST.Program;
  render: TextRenderer;
  /** Where the text's node starts and ends in the template source (offsets). */
  start: number;
  end: number;
  /** Turn the result into a number or a boolean (fields the model types: `meta.year` …). */
  coerce?: "integer" | "boolean";
  /** What the text stands for when the template's shape is checked: a valid value of its field. */
  standIn?: unknown;
}

/** A value that no data changes: text without expressions, a number, a boolean, null. */
export interface TemplateConstant {
  kind: "constant";
  value: unknown;
  start: number;
}

/** A mapping: its keys are the template's, never the data's. */
export interface TemplateMap {
  kind: "map";
  entries: [key: string, value: TemplateNode][];
  start: number;
}

/** A directive of a list item: `each: projects`, `if: hasTable`, `unless: merged`. */
export interface Directive {
  /** The data path, parsed: `../` steps up, `@root` from the row, then the field names. */
  up: number;
  root: boolean;
  parts: string[];
  /** As written, for messages: `each: projects`. */
  written: string;
  start: number;
}

/** An item of a list: repeated over `each`, kept only when `if` holds and `unless` does not. */
export interface TemplateItem {
  node: TemplateNode;
  each?: Directive;
  if?: Directive;
  unless?: Directive;
}

/** A list whose items may repeat or be left out by their directives. */
export interface TemplateList {
  kind: "list";
  items: TemplateItem[];
  start: number;
}

/** A node of a parsed template. */
export type TemplateNode = TemplateText | TemplateConstant | TemplateMap | TemplateList;

/**
 * A template read and compiled once: the tree of its report with every expression in place,
 * the defaults of its `data:` block, and its source (to locate problems). Render it with
 * renderTemplate as many times as there are rows.
 */
export interface Template {
  root: TemplateNode;
  /** The `data:` block: values used where a row has none. */
  defaults: Record<string, unknown>;
  source: SourceText;
  fileName?: string;
  locale: Locale;
  /** Markdown templates: the model's problems are located through the Markdown reader's paths. */
  format: "yaml" | "markdown";
}

/** A problem of a template or of filling it, located in the template, with the data row when known. */
export interface TemplateProblem extends Problem {
  /** The expression as written (`{{wan invest}}`). */
  expression?: string;
  /** The path in the data row (`projects[2].invest`). */
  dataPath?: string;
  /** The data row, 1-based as the data file counts it (the spreadsheet row for CSV and XLSX). */
  row?: number;
}
