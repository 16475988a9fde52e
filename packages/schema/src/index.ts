/**
 * @gongwen/schema — the document model of Chinese government annual work reports: types,
 * numbering, validation with source positions and Chinese messages, JSON Schema.
 */
export { assertParsedReport } from "./assert-report.js";
export { fromChineseNumeral, toChineseNumeral } from "./chinese-numerals.js";
export { formatChineseDate, parseDate } from "./dates.js";
export { FIELD_TITLES } from "./fields.js";
export { REPORT_SCHEMA_ID, reportJsonSchema } from "./json-schema.js";
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
  REPORT_KINDS,
  type Report,
  type ReportInput,
  type ReportKind,
  ReportSchema,
  type Section,
  type Table,
  type TableBlock,
} from "./model.js";
export { headingLabel, INITIATIVE_STYLES, initiativeLabel, MAX_LEVEL } from "./numbering.js";
export { type ParseOptions, type ParseResult, parseReport, safeParseReport } from "./parse.js";
export { formatPath, formatProblem, type Locale, type Problem, ReportError, sortProblems } from "./problems.js";
export { closestMatch, editDistance } from "./suggest.js";
export { codePointName, findForbiddenCharacter, joinLines, splitParagraphs, stripForbiddenCharacters } from "./text.js";
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
