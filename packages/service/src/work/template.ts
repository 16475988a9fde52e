import type { Locale, Report } from "@gongwen/schema";
import type { TemplateSource } from "../task.js";

/** What the service uses of `@gongwen/template` (engineer i11's package), loaded when installed. */
interface TemplateModule {
  loadTemplate(text: string, options: { format?: "yaml" | "markdown"; locale?: Locale; fileName?: string }): unknown;
  renderTemplate(template: unknown, data?: unknown): Report;
}

/** The package name, in a variable so that the service builds and runs without it. */
const TEMPLATE_PACKAGE = "@gongwen/template";

let loaded: Promise<TemplateModule | undefined> | undefined;

/** `@gongwen/template` when it is installed next to the service, else undefined. */
export function templateModule(): Promise<TemplateModule | undefined> {
  loaded ??= import(TEMPLATE_PACKAGE).then(
    (module) => module as TemplateModule,
    () => undefined,
  );
  return loaded;
}

/**
 * Fills a template with its data: the report, or a ReportError with every problem of the template
 * or of the filled report, located in the template. Undefined when `@gongwen/template` is not
 * installed (the route answers 501).
 */
export async function reportFromTemplate(source: TemplateSource, locale: Locale): Promise<Report | undefined> {
  const module = await templateModule();
  if (!module) return undefined;
  const template = module.loadTemplate(source.template, {
    format: source.templateFormat,
    locale,
    fileName: "<template>",
  });
  return module.renderTemplate(template, source.data);
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
