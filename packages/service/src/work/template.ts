import type { Locale, Report } from "@gongwen/schema";
import type { TemplateSource } from "../task.js";

/**
 * Fills a template with its data (`@gongwen/template`, loaded with the first template request):
 * the report, or a ReportError with every problem of the template or of the filled report, located
 * in the template (line and column of the expression, the data path).
 */
export async function reportFromTemplate(source: TemplateSource, locale: Locale): Promise<Report> {
  const { loadTemplate, renderTemplate } = await import("@gongwen/template");
  const template = loadTemplate(source.template, {
    format: source.templateFormat,
    locale,
    fileName: "<template>",
  });
  return renderTemplate(template, source.data);
}

/**
 * The template form of a JSON body, `{ "template": "…", "templateFormat"?: "yaml" | "markdown",
 * "data"?: {…} }`, from the body's parsed value; undefined when the body is a report.
 */
export function templateSourceOf(value: unknown): TemplateSource | undefined {
  if (!value || typeof value !== "object" || Array.isArray(value)) return undefined;
  const { template, templateFormat, data } = value as Record<string, unknown>;
  if (typeof template !== "string") return undefined;
  return { template, templateFormat: templateFormat === "markdown" ? "markdown" : "yaml", data: data ?? {} };
}
