/**
 * @gongwen/template — reports bound to data: a template is a report (YAML or the Markdown dialect)
 * whose texts hold Handlebars expressions, evaluated per text of the parsed template so data never
 * changes its structure; genre helpers write figures as official reports do; data comes from
 * JSON, YAML, CSV or XLSX. Browser-safe: the batch runner on worker threads is `@gongwen/template/node`.
 */

export { cellValue } from "./data/cells.js";
export { csvTable, readCsv } from "./data/csv.js";
export { decodeDataText } from "./data/decode.js";
export {
  DATA_FORMATS,
  type DataFormat,
  dataFormatOf,
  type ReadDataOptions,
  readData,
  readDataTable,
} from "./data/read-data.js";
export type { DataRow, DataTable } from "./data/rows.js";
export { readXlsx, type XlsxOptions, xlsxTable } from "./data/xlsx.js";
export { type DataFields, type FieldUse, fieldUses, missingFieldProblems } from "./data-fields.js";
export { DIRECTIVE_KEYS, ITEM_KEYS } from "./directive.js";
export {
  type ClaimedName,
  FILE_NAME_MAX_LENGTH,
  type FileNameChanges,
  type SafeFileName,
  safeFileName,
  safeFileNameOf,
  UniqueNames,
} from "./file-names.js";
export { COMPILE_OPTIONS } from "./handlebars-env.js";
export { MAX_CHINESE_NUMBER } from "./helpers/chinese.js";
export { MONEY_UNITS } from "./helpers/figures.js";
export {
  callGenreHelper,
  GENRE_HELPERS,
  type GenreHelper,
  HelperError,
  type HelperFailure,
} from "./helpers/index.js";
export { TEMPLATE_SCHEMA_ID, templateJsonSchema } from "./json-schema.js";
export {
  isTemplateText,
  type LoadTemplateOptions,
  loadTemplate,
  loadTextTemplate,
  TEMPLATE_CACHE_SIZE,
} from "./load.js";
export { MAX_TEMPLATE_ALIASES } from "./load-yaml.js";
export { LISTED_FIELDS, type TemplateProblemCode } from "./messages.js";
export {
  checkTemplate,
  type RenderTemplateOptions,
  type RenderTemplateResult,
  renderTemplate,
  safeRenderTemplate,
  safeRenderText,
  type TemplateSkeleton,
  templateSkeleton,
} from "./render.js";
export type { Template, TemplateProblem } from "./tree.js";
