import type { Locale } from "@gongwen/schema";
import { KNOWN_HELPERS, offsetIn, openingTag, textFaults } from "./expressions.js";
import { compileText, handlebars } from "./handlebars-env.js";
import { templateMessage } from "./messages.js";
import type { SourceText } from "./source-text.js";
import type { TemplateConstant, TemplateProblem, TemplateText } from "./tree.js";

/**
 * The offset in the template source of a position inside a text (Handlebars' line and column):
 * the expression is looked up in the text node's source, so a quoted or folded scalar is still
 * pointed at right; when it cannot be found verbatim, the text node's start.
 */
export function sourceOffset(text: TemplateText, source: SourceText, at: hbs.AST.Position, tag?: string): number {
  const offset = offsetIn(text.value, at);
  const needle = tag ?? text.value.slice(offset, offset + 2);
  let occurrence = 0;
  for (let i = text.value.indexOf(needle); i >= 0 && i < offset; i = text.value.indexOf(needle, i + 1)) occurrence++;
  return (
    source.find(needle, text.start, Math.max(text.end, text.start + text.value.length * 2 + 200), occurrence) ??
    text.start
  );
}

/**
 * Parses and compiles one template text. Handlebars syntax errors, unknown helpers, partials and
 * decorators are added to `problems` (each located in the source); the text is then kept as a
 * constant so the other problems of the template are still found.
 */
export function compileTemplateText(
  value: string,
  start: number,
  end: number,
  source: SourceText,
  locale: Locale,
  fileName: string | undefined,
  problems: TemplateProblem[],
): TemplateText | TemplateConstant {
  const add = (code: string, message: string, offset: number, expression?: string) => {
    const p: TemplateProblem = { code, path: [], message, ...source.position(offset) };
    if (fileName !== undefined) p.file = fileName;
    if (expression !== undefined) p.expression = expression;
    problems.push(p);
  };
  let ast: hbs.AST.Program;
  try {
    ast = handlebars.parse(value);
  } catch (error) {
    const detail = String((error as Error).message)
      .replace(/\s+/g, " ")
      .trim();
    add("template_syntax", templateMessage("template_syntax", { detail }, locale), start);
    return { kind: "constant", value, start };
  }
  const text: TemplateText = { kind: "text", value, ast, render: () => "", start, end };
  const faults = textFaults(ast);
  for (const fault of faults) {
    const expression = openingTag(value, fault);
    const offset = sourceOffset(text, source, fault.loc.start, expression);
    const detail = fault.code === "unknown_helper" ? [...KNOWN_HELPERS].join(", ") : fault.name;
    add(
      fault.code,
      templateMessage(fault.code, { expression, helper: fault.name, detail }, locale),
      offset,
      expression,
    );
  }
  if (faults.length > 0) return { kind: "constant", value, start };
  text.render = compileText(value, ast);
  return text;
}
