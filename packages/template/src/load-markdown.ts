import { parseMarkdownWithSource } from "@gongwen/render-md";
import { type Locale, ReportError } from "@gongwen/schema";
import type { SourceText } from "./source-text.js";
import { compileTemplateText } from "./template-text.js";
import type { TemplateNode, TemplateProblem } from "./tree.js";

/** How far past a text's start its expressions are looked for in the Markdown source. */
const SEARCH_WINDOW = 400;

/**
 * Parses a Markdown template: the Markdown reader reads it as a report (so it validates as one,
 * expressions in place), and every text of that report holding `{{` is compiled on its own,
 * located through the reader's paths. Markdown templates have no directives and no `data:` block:
 * repetition stays inside a text (`{{#each towns}}{{name}}、{{/each}}`).
 */
export function parseMarkdownTemplate(
  source: SourceText,
  locale: Locale,
  fileName?: string,
): { root: TemplateNode; problems: TemplateProblem[] } {
  const options = fileName === undefined ? { locale } : { locale, fileName };
  let parsed: ReturnType<typeof parseMarkdownWithSource>;
  try {
    parsed = parseMarkdownWithSource(source.text, options);
  } catch (error) {
    if (error instanceof ReportError)
      return { root: { kind: "constant", value: null, start: 0 }, problems: error.problems };
    throw error;
  }
  const problems: TemplateProblem[] = [];
  const build = (value: unknown, path: (string | number)[]): TemplateNode => {
    const position = parsed.locate(path);
    const start = position ? source.offset(position) : 0;
    if (Array.isArray(value)) {
      return { kind: "list", items: value.map((v, i) => ({ node: build(v, [...path, i]) })), start };
    }
    if (value !== null && typeof value === "object") {
      return { kind: "map", entries: Object.entries(value).map(([k, v]) => [k, build(v, [...path, k])]), start };
    }
    if (typeof value === "string" && value.includes("{{")) {
      const end = start + value.length + SEARCH_WINDOW;
      return compileTemplateText(value, start, end, source, locale, fileName, problems);
    }
    return { kind: "constant", value, start };
  };
  return { root: build(parsed.report, []), problems };
}
