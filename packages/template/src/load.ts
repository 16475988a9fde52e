import { type Locale, ReportError, sortProblems } from "@gongwen/schema";
import { parseMarkdownTemplate } from "./load-markdown.js";
import { parseYamlTemplate } from "./load-yaml.js";
import { SourceText } from "./source-text.js";
import { compileTemplateText } from "./template-text.js";
import type { Template, TemplateProblem } from "./tree.js";

export { isTemplateText } from "./detect.js";

/** Options of loadTemplate. */
export interface LoadTemplateOptions {
  /** The file name problems carry; its extension picks the format when `format` is not given. */
  fileName?: string;
  /** `yaml` (the default) or `markdown` (`.md`, `.markdown`). */
  format?: "yaml" | "markdown";
  /** Language of messages: `zh` (default) or `en`. */
  locale?: Locale;
}

/** How many loaded templates a process keeps: a batch, a service with a few templates. */
export const TEMPLATE_CACHE_SIZE = 16;

const cache = new Map<string, Template>();

/**
 * Reads and compiles a template — a report in YAML or the Markdown dialect whose texts hold
 * Handlebars expressions — once per process: loading the same text again returns the cached
 * template. Templates are trusted files (they choose what data is printed where); data is not.
 * @throws ReportError with every problem of the template at once (YAML or Markdown syntax,
 * Handlebars syntax, unknown helpers, bad directives), each at its line and column.
 */
export function loadTemplate(text: string, options: LoadTemplateOptions = {}): Template {
  const locale = options.locale ?? "zh";
  const format = options.format ?? (/\.(md|markdown)$/i.test(options.fileName ?? "") ? "markdown" : "yaml");
  const key = `${format}\u0000${locale}\u0000${options.fileName ?? ""}\u0000${text}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const source = new SourceText(body);
  const parsed =
    format === "markdown"
      ? { ...parseMarkdownTemplate(source, locale, options.fileName), defaults: {} }
      : parseYamlTemplate(source, locale, options.fileName);
  if (parsed.problems.length > 0) throw new ReportError(sortProblems(parsed.problems), locale);
  const template: Template = { root: parsed.root, defaults: parsed.defaults, source, locale, format };
  if (options.fileName !== undefined) template.fileName = options.fileName;
  if (cache.size >= TEMPLATE_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, template);
  return template;
}

/**
 * Compiles one text as a template of its own — a file-name pattern such as
 * `{{县}}2023年工作总结` — with the same helpers and strictness; `fileName` names it in problems
 * (`--name`). Render it with safeRenderText.
 * @throws ReportError for Handlebars syntax and unknown helpers.
 */
export function loadTextTemplate(text: string, options: { fileName?: string; locale?: Locale } = {}): Template {
  const locale = options.locale ?? "zh";
  const source = new SourceText(text);
  const problems: TemplateProblem[] = [];
  const root = text.includes("{{")
    ? compileTemplateText(text, 0, text.length, source, locale, options.fileName, problems)
    : ({ kind: "constant", value: text, start: 0 } as const);
  if (problems.length > 0) throw new ReportError(problems, locale);
  const template: Template = { root, defaults: {}, source, locale, format: "yaml" };
  if (options.fileName !== undefined) template.fileName = options.fileName;
  return template;
}
