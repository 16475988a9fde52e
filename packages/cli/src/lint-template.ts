import type { Diagnostic, RuleConfig } from "@gongwen/lint";
import { type Locale, type Problem, ReportError } from "@gongwen/schema";
import { readBytes } from "./files.js";

/** What linting a template gave: diagnostics, or the problems that kept it from being read. */
export interface TemplateLint {
  diagnostics: Diagnostic[];
  problems: Problem[];
}

/**
 * Rules that compare meta values with each other (the 成文日期 against the year): in a template's
 * skeleton those values are stand-ins for expressions, so what these rules would say is about the
 * stand-ins, not the template. They run on every report the template fills.
 */
const VALUE_RULES: ReadonlySet<string> = new Set(["date-in-year"]);

/** Template problems of filling it with the sample data, as diagnostics of the rule `template-data`. */
function dataDiagnostic(p: Problem): Diagnostic {
  const d: Diagnostic = {
    rule: "template-data",
    severity: "warning",
    message: p.message,
    messages: { zh: p.message, en: p.message },
    path: [],
  };
  if (p.line !== undefined) d.line = p.line;
  if (p.column !== undefined) d.column = p.column;
  return d;
}

/**
 * Lints a template (`gongwen lint` on a file isTemplateText recognises): its own words are
 * proofread with each expression read as a plain figure (so `{{…}}` is never taken for an unfilled
 * placeholder); unknown helpers, Handlebars syntax and the report's shape are problems; and the
 * template is filled with sample data — the first row of `dataFile`, or its `data:` block — to
 * report, as `template-data` warnings, the variables the sample lacks and values of the wrong type.
 */
export async function lintTemplate(
  text: string,
  fileName: string,
  format: "yaml" | "markdown",
  rules: RuleConfig,
  locale: Locale,
  dataFile?: string,
): Promise<TemplateLint> {
  const [{ loadTemplate, readDataTable, safeRenderTemplate, templateSkeleton }, { lintReport }] = await Promise.all([
    import("@gongwen/template"),
    import("@gongwen/lint"),
  ]);
  try {
    const template = loadTemplate(text, { fileName, locale, format });
    const skeleton = templateSkeleton(template, { blankExpressions: true });
    if (!skeleton.report) return { diagnostics: [], problems: skeleton.problems };
    const diagnostics = lintReport(skeleton.report, { rules, locale, locate: skeleton.locate }).filter(
      (d) => !VALUE_RULES.has(d.rule),
    );
    const table = dataFile
      ? await readDataTable(await readBytes(dataFile, locale), { fileName: dataFile, locale })
      : undefined;
    // A field of the file left empty in the sample row is said to be empty, not missing.
    const filled = safeRenderTemplate(template, table?.rows[0]?.values, table ? { fields: table.fields } : {});
    if (!filled.success) {
      diagnostics.push(
        ...filled.problems.filter((p) => p.code !== "custom" && !p.code.startsWith("invalid")).map(dataDiagnostic),
      );
    }
    return { diagnostics, problems: [] };
  } catch (error) {
    if (error instanceof ReportError) return { diagnostics: [], problems: error.problems };
    throw error;
  }
}
