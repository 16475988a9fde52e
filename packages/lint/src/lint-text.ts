import type { Locale } from "@gongwen/schema";
import { type ConfigProblem, readDirectives } from "./config.js";
import { lintReport } from "./lint.js";
import { type ParsedSource, parseSource, type SourceFormat } from "./parse-source.js";
import type { Diagnostic, RuleConfig } from "./types.js";

/** Options of lintText and fixText. */
export interface LintTextOptions {
  format: SourceFormat;
  /** The file name the readers put into their problems. */
  fileName?: string;
  locale?: Locale;
  /** Settings from a configuration file; the report's own `gongwen-lint` comments win over them. */
  rules?: RuleConfig;
}

/** What lintText returns. */
export interface LintTextResult extends ParsedSource {
  diagnostics: Diagnostic[];
  /** The settings in force: the options' rules with the report's own comments applied. */
  rules: RuleConfig;
}

/** The id under which problems with `gongwen-lint` comments are reported. */
export const DIRECTIVE_RULE = "lint-directive";

/** Problems with the report's own `gongwen-lint` comments, as diagnostics. */
export function directiveDiagnostics(problems: ConfigProblem[], locale: Locale): Diagnostic[] {
  return problems.map((p) => {
    const d: Diagnostic = {
      rule: DIRECTIVE_RULE,
      severity: "error",
      message: p.message[locale],
      messages: p.message,
      path: [],
    };
    if (p.line !== undefined) {
      d.line = p.line;
      d.column = 1;
    }
    return d;
  });
}

/** The settings in force for a text: the options' rules, then the text's own `gongwen-lint` comments. */
export function effectiveRules(
  text: string,
  options: LintTextOptions,
): { rules: RuleConfig; problems: ConfigProblem[] } {
  const directives = readDirectives(text, options.format);
  return { rules: { ...options.rules, ...directives.rules }, problems: directives.problems };
}

/**
 * Reads a report from YAML or Markdown and lints it, pointing every diagnostic at its exact line
 * and column. Throws the reader's ReportError when the text is not a valid report.
 */
export function lintText(text: string, options: LintTextOptions): LintTextResult {
  const locale = options.locale ?? "zh";
  const parsed = parseSource(text, options.format, options.fileName, locale);
  const { rules, problems } = effectiveRules(text, options);
  const diagnostics = [
    ...directiveDiagnostics(problems, locale),
    ...lintReport(parsed.report, { rules, source: parsed.source, locale }),
  ];
  return { ...parsed, diagnostics, rules };
}
