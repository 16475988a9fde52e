import type { Locale, Meta, Report, Table } from "@gongwen/schema";
import type { TextEncoding } from "./decode-text.js";
import type { GuessedValue } from "./guesses.js";

/** The formats a report can be imported from. */
export type ImportFormat = "text" | "markdown" | "docx";

/** Options of importReport and importText. */
export interface ImportOptions {
  /** What the input is: pasted plain text, Markdown, or the bytes of a .docx file. */
  format: ImportFormat;
  /** The input's file name, for messages (`file:line`). */
  fileName?: string;
  /** Language of warnings and errors: `zh` (default) or `en`. */
  locale?: Locale;
  /** Turns every warning into an error: a ReportError is thrown when the import had to guess. */
  strict?: boolean;
  /** Metadata the input does not hold (or holds wrongly); it wins over what was recovered. */
  meta?: Partial<Meta>;
  /** Today, ISO `YYYY-MM-DD`: the 成文日期 guessed when the text and the portal give none (default: the clock). */
  today?: string;
}

/** Something the importer had to guess or repair, with the input line it concerns. */
export interface ImportWarning {
  /** What kind of guess: `lead_not_found`, `heading_text_split`, `level_guessed` … */
  code: string;
  /** What was guessed and what to check, in the requested language. */
  message: string;
  /** 1-based line of the input (for DOCX: the paragraph number). */
  line: number;
  /** The input's file name, when given. */
  file?: string;
}

/** Why a line of the input did not become body text. */
export type ClutterKind =
  /** `首页 > 政务公开 > 计划总结`. */
  | "breadcrumb"
  /** `发布日期: … 浏览次数: … 字体:[大 中 小]`. */
  | "portal-info"
  /** `【打印本页】 【关闭窗口】`, share links. */
  | "print-links"
  /** A list of other documents: `相关文件`, `热点信息`, `上一篇`. */
  | "related-documents"
  /** Whatever follows the print links at the foot of a portal page (counters, footers). */
  | "footer"
  /** Lines before the title that are neither metadata nor the title itself. */
  | "before-title"
  /** A character that cannot stand in a document (a control character, a lone surrogate). */
  | "invalid-character"
  /** A line recovered into the metadata (title, 索引号, 成文日期, signature …): see `recoveredAs`. */
  | "metadata";

/** A piece of the input that was taken out of the body: portal clutter, or metadata recovered. */
export interface RemovedClutter {
  kind: ClutterKind;
  /** The text removed, as it stood in the input. */
  text: string;
  /** 1-based line of the input (for DOCX: the paragraph number). */
  line: number;
  /** For metadata: the model field it went to, e.g. `meta.date`, `meta.disclosure.indexNo`. */
  recoveredAs?: string;
}

/** What an import gives back: a valid report, the guesses made, and what was taken out. */
export interface ImportResult {
  report: Report;
  warnings: ImportWarning[];
  removed: RemovedClutter[];
  /**
   * Metadata values the text did not give, filled with the best evidence (发布机构, the portal's
   * publish date, today …); each also has its warning. reportToYaml marks them for `gongwen lint`.
   */
  guessed: GuessedValue[];
  /** What the clerk should know that is no guess: the encoding a text was read in, how many lines were rejoined. */
  notes: ImportWarning[];
  /** The encoding the bytes of a text were read in (only for bytes given as text or Markdown). */
  encoding?: TextEncoding;
}

/** One line (paragraph) of the input on its way through the pipeline. */
export interface SourceLine {
  /** The text of the line, normalised (spaces, line ends), without its markup. */
  text: string;
  /** 1-based line of the input (for DOCX: the paragraph number). */
  line: number;
  /** The markup said it is a heading: 0 for the title, otherwise the Markdown/Word heading depth. */
  heading?: number;
  /** Ranges of `text` the markup set in bold ([start, end) offsets), where a lead may hide. */
  bold?: [number, number][];
  /** The line is a table (from Markdown, Word, or tab-separated pasted rows). */
  table?: Table;
  /** The line is a table caption by its markup (`Table: …` in Markdown, a caption style in Word). */
  caption?: boolean;
  /** A thematic break in Markdown: what follows is the closing. */
  closingBreak?: boolean;
  /**
   * The line was cut out of a longer one (a text that lost its line breaks); `joiner` is the
   * whitespace that stood before it, so it can be put back if it turns out not to start a unit.
   */
  joiner?: string;
  /**
   * The line was cut out of a paragraph that ran initiatives together (`一是……；二是……`): the
   * input line of that paragraph. The section then keeps its initiatives in one paragraph.
   */
  runIn?: number;
}
