/**
 * @gongwen/import — brings last year's report in: pasted plain text, Markdown and .docx into the
 * gongwen model, with portal clutter removed and listed, and every guess reported as a warning
 * with its input line. README.md describes the rules.
 */

export { type UnzipLimits, unzipBounded, ZipLimitError, type ZipRefusal } from "./bounded-unzip.js";
export { type DecodedText, decodeText, type TextEncoding } from "./decode-text.js";
export {
  type DocxNumberingParts,
  docxNumberedParagraphs,
  type NumberedParagraph,
} from "./docx-numbering.js";
export type { GuessedValue } from "./guesses.js";
export { importReport, importText } from "./import-report.js";
export { readsAsLead, splitLead } from "./lead.js";
export {
  INFLATE_SLICE_BYTES,
  MAX_DOCX_ENTRIES,
  MAX_DOCX_PART_BYTES,
  MAX_DOCX_TOTAL_BYTES,
  MAX_IMPORT_LINES,
  MAX_XML_DEPTH,
} from "./limits.js";
export { renderPlainText } from "./plain-text.js";
export type { ClutterKind, ImportFormat, ImportOptions, ImportResult, ImportWarning, RemovedClutter } from "./types.js";
export { GUESSED_MARKER, guessedComment, reportToYaml, type YamlOptions } from "./yaml-writer.js";
