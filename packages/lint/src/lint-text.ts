import type { Locale } from "@gongwen/schema";
import { type ConfigProblem, readDirectives } from "./config.js";
import { pathKey, textFields } from "./fields.js";
import { guessedDiagnostics } from "./guessed-values.js";
import { lintReport } from "./lint.js";
import { type ParsedSource, parseSource, type SourceFormat } from "./parse-source.js";
import type { Diagnostic, Message, RuleConfig } from "./types.js";

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

const FOLDED: Message = {
  zh: "这个空格是换行变成的（YAML 的“>”块或不加引号的多行文字会把换行变成空格）：请把这两行接成一行，或改用“|”块。",
  en: "this space is a line break turned into a space (as a YAML > block or an unquoted multi-line text does): join the two lines, or use a | block.",
};

/**
 * The diagnostics without the fixes the source cannot take — a space YAML folded from a line
 * break, a replacement the scalar's quoting would need to escape — so that a diagnostic offers a
 * fix only when `--fix` can make it. A stray space that is a folded line break says so.
 */
export function withSourceFixes(diagnostics: Diagnostic[], parsed: ParsedSource, locale: Locale): Diagnostic[] {
  if (!diagnostics.some((d) => d.fix)) return diagnostics;
  const { report, source } = parsed;
  const texts = new Map(textFields(report, (p) => source.raw(p)).map((f) => [pathKey(f.path), f.text]));
  return diagnostics.map((d) => {
    const text = texts.get(pathKey(d.path));
    if (!d.fix || text === undefined || source.edit(d.path, text, d.fix)) return d;
    const { fix: _unmade, ...rest } = d;
    const { start, end } = d.fix;
    const line = (i: number) => source.position(d.path, text, i)?.line;
    const folded = d.rule === "stray-space" && start > 0 && line(start - 1) !== line(end);
    return folded ? { ...rest, message: FOLDED[locale], messages: FOLDED } : rest;
  });
}

/** The reader's warnings (a comment after a meta value drops words) as diagnostics, under their own codes. */
export function readerDiagnostics(parsed: ParsedSource, locale: Locale): Diagnostic[] {
  return (parsed.warnings ?? []).map(({ problem, messages }) => {
    const d: Diagnostic = {
      rule: problem.code,
      severity: "warning",
      message: messages[locale],
      messages,
      path: problem.path,
    };
    if (problem.line !== undefined) d.line = problem.line;
    if (problem.column !== undefined) d.column = problem.column;
    return d;
  });
}

/**
 * What a text says of itself before any rule runs, in the order lintText and fixText report it:
 * problems of its `# gongwen-lint:` directives, the reader's warnings, and values the importer guessed.
 */
export function sourceDiagnostics(
  text: string,
  parsed: ParsedSource,
  problems: ConfigProblem[],
  format: SourceFormat,
  locale: Locale,
): Diagnostic[] {
  return [
    ...directiveDiagnostics(problems, locale),
    ...readerDiagnostics(parsed, locale),
    ...guessedDiagnostics(text, format, locale),
  ];
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
    ...sourceDiagnostics(text, parsed, problems, options.format, locale),
    ...withSourceFixes(lintReport(parsed.report, { rules, source: parsed.source, locale }), parsed, locale),
  ];
  return { ...parsed, diagnostics, rules };
}
