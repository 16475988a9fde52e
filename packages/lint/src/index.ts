/**
 * @gongwen/lint — proofreads gongwen reports like an office's reviewer: punctuation, quotes and
 * brackets, numbering, dates, 发文字号, ranges, placeholders, structure and text hygiene, with
 * fixes that cannot change the meaning, made as minimal edits of the YAML or Markdown source.
 * RULES.md documents every rule.
 */
export {
  CONFIG_FILE_NAMES,
  type ConfigProblem,
  findConfigFile,
  readConfigFile,
  readDirectives,
  readRuleSettings,
} from "./config.js";
export { type RawText, textFields } from "./fields.js";
export { type AppliedFix, applyEdits, type FixResult, fixText } from "./fix.js";
export { countDiagnostics, diagnosticJson, formatDiagnostic } from "./format.js";
export { GUESSED_RULE, guessedDiagnostics } from "./guessed-values.js";
export { activeRules, type LintOptions, lintReport } from "./lint.js";
export { DIRECTIVE_RULE, type LintTextOptions, type LintTextResult, lintText } from "./lint-text.js";
export { type ParsedSource, parseSource, type SourceFormat, sourceFormatOf } from "./parse-source.js";
export { findRule, RULE_IDS, RULES } from "./rules/index.js";
export { fixPunctuationWidth, punctuationWidthFixes, type WidthFix } from "./rules/punctuation-width.js";
export { markdownSourceMap } from "./source/markdown-source.js";
export { objectSourceMap } from "./source/object-source.js";
export type { SourceEdit, SourceMap } from "./source/source-map.js";
export { yamlSourceMap } from "./source/yaml-source.js";
export type {
  Diagnostic,
  FieldKind,
  Message,
  ModelPath,
  ReportFinding,
  ReportRule,
  Rule,
  RuleConfig,
  RuleExample,
  RuleInfo,
  RuleSetting,
  Severity,
  TextField,
  TextFinding,
  TextFix,
  TextRule,
} from "./types.js";
