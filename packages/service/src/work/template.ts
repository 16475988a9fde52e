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
 * "data"?: {…} }`, or undefined when the body is a report (or not JSON at all).
 */
export function templateSourceOf(text: string): TemplateSource | undefined {
  if (!text.includes('"template"')) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!data || typeof data !== "object" || Array.isArray(data)) return undefined;
  const { template, templateFormat, data: values } = data as Record<string, unknown>;
  if (typeof template !== "string") return undefined;
  return { template, templateFormat: templateFormat === "markdown" ? "markdown" : "yaml", data: values ?? {} };
}
