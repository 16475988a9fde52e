/**
 * @gongwen/schema — the document model of Chinese government annual work reports: types,
 * numbering, validation with source positions and Chinese messages, JSON Schema.
 */
export { assertParsedReport } from "./assert-report.js";
export { fromChineseNumeral, toChineseNumeral } from "./chinese-numerals.js";
export { formatChineseDate, parseDate } from "./dates.js";
export { disclosureRows } from "./disclosure-rows.js";
export { FIELD_TITLES } from "./fields.js";
export { isGb2312, type OutsideGb2312, outsideGb2312 } from "./gb2312.js";
export { type LoadedJsonReport, loadReportJsonWithSource } from "./json.js";
export { REPORT_SCHEMA_ID, reportJsonSchema } from "./json-schema.js";
export {
  MAX_BLOCKS,
  MAX_NESTING_DEPTH,
  MAX_PARAGRAPHS,
  MAX_SECTIONS,
  MAX_SOURCE_LENGTH,
  MAX_TABLE_COLUMNS,
  MAX_TABLE_ROWS,
  MAX_TEXT_LENGTH,
} from "./limits.js";
export {
  type Block,
  type Body,
  DISCLOSURE_KEYS,
  type Disclosure,
  type Initiative,
  type InitiativeStyle,
  META_KEYS,
  type Meta,
  OPENNESS,
  PLAN_NAMES,
  type PlanName,
  type Report,
  type ReportInput,
  ReportSchema,
  type Section,
  type Table,
  type TableBlock,
} from "./model.js";
export { headingLabel, INITIATIVE_STYLES, initiativeLabel, MAX_LEVEL } from "./numbering.js";
export { type ParseOptions, type ParseResult, parseReport, safeParseReport } from "./parse.js";
export {
  type BilingualProblem,
  formatPath,
  formatProblem,
  type Locale,
  type Problem,
  pairLanguages,
  ReportError,
  sortProblems,
} from "./problems.js";
export { REPORT_KINDS, type ReportKind } from "./report-kinds.js";
export { ATTACHMENT_LEAD, attachmentLines, attachmentName, noteText } from "./sign-off.js";
export { sourceLengthProblem, yamlDepthProblem } from "./source-limits.js";
export { closestMatch, editDistance } from "./suggest.js";
export { codePointName, findForbiddenCharacter, joinLines, splitParagraphs, stripForbiddenCharacters } from "./text.js";
export { validateFewReports } from "./validation-mode.js";
export { isInitiative, isTable, reportParts, type SectionVisit, walkSections } from "./walk.js";
export {
  type LoadedReport,
  type LoadOptions,
  type Locator,
  loadReportYaml,
  loadReportYamlWithSource,
  type Position,
  yamlLocator,
} from "./yaml.js";
export { yamlSyntaxProblems } from "./yaml-syntax.js";
