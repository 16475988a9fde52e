import type { Locale, Report } from "@gongwen/schema";

/** How much a finding matters: an error fails `gongwen lint` (exit 1), a warning does not. */
export type Severity = "error" | "warning";

/** A text in both languages of the project. */
export interface Message {
  zh: string;
  en: string;
}

/** A model path: `["body", "summary", "sections", 0, "content", 2, "lead"]`. */
export type ModelPath = (string | number)[];

/**
 * A replacement on the text of one field: characters `start` to `end` (UTF-16 offsets, end
 * excluded) become `text`. Only fixes that cannot change what the report says are offered.
 */
export interface TextFix {
  start: number;
  end: number;
  text: string;
}

/** One thing the linter found. */
export interface Diagnostic {
  /** The rule's id, e.g. `punctuation-width`. */
  rule: string;
  severity: Severity;
  /** The message in the requested language (Chinese by default). */
  message: string;
  /** The message in both languages. */
  messages: Message;
  /** The model path of the field (or section) concerned. */
  path: ModelPath;
  /** Where in the field's text the finding starts (UTF-16 offset), when it concerns a part of the text. */
  start?: number;
  /** Where it ends (excluded). */
  end?: number;
  /** The text found, when it concerns a part of the field's text. */
  excerpt?: string;
  /** 1-based line in the source file, when the source is known. */
  line?: number;
  /** 1-based column in the source file, when the source is known. */
  column?: number;
  /** A safe replacement on the field's text, when the rule can fix it. */
  fix?: TextFix;
}

/** What kind of text a field holds; rules choose the kinds they read. */
export type FieldKind =
  /** The report's title (meta.title). */
  | "title"
  /** A section title. */
  | "heading"
  /** The lead sentence of a run-in initiative. */
  | "lead"
  /** The text of a run-in initiative. */
  | "text"
  /** A paragraph: opening, closing or section content. */
  | "paragraph"
  /** A table caption. */
  | "caption"
  /** A table cell (header or body). */
  | "cell"
  /** A name or short line in meta: org, signature, recipients, cc, note, attachments … */
  | "name"
  /** The 发文字号 (meta.docNumber). */
  | "docNumber"
  /** A date in meta (成文日期, 印发日期), as written in the source when it is known. */
  | "date"
  /** A code: the disclosure index number (索引号). */
  | "code";

/** One text field of a report, with where it sits in the model and what it holds. */
export interface TextField {
  path: ModelPath;
  text: string;
  kind: FieldKind;
  /** Heading level (1 = 一、) for headings. */
  level?: number;
  /** For an initiative's text: true when the initiative also has a lead. */
  afterLead?: boolean;
}

/** A finding in one field's text, as a text rule reports it. */
export interface TextFinding {
  start: number;
  end: number;
  message: Message;
  fix?: TextFix;
}

/** A finding of a report rule: it names the path, and a range when it concerns part of a text. */
export interface ReportFinding {
  path: ModelPath;
  message: Message;
  start?: number;
  end?: number;
  fix?: TextFix;
}

/** An example of a rule's documentation: a text and, for a wrong one, what the fix makes of it. */
export interface RuleExample {
  text: string;
  /** The field kind the example stands in (default paragraph). */
  kind?: FieldKind;
  /** The text after `--fix`, for a wrong example the rule fixes. */
  fixed?: string;
}

/** What every rule declares: its id, default severity, the norm behind it, its documentation. */
export interface RuleInfo {
  id: string;
  severity: Severity;
  /** True when the rule offers safe fixes (for some or all of its findings). */
  fixable: boolean;
  /** One line saying what the rule checks. */
  summary: Message;
  /** Why, citing the norm (GB/T 15834, GB/T 15835, GB/T 9704) or the practice of review. */
  rationale: string;
  /** Texts the rule reports (with the fix it makes, if any). */
  wrong: RuleExample[];
  /** Texts the rule leaves alone. */
  right: RuleExample[];
}

/** A rule that reads the text of fields one at a time. */
export interface TextRule extends RuleInfo {
  scope: "text";
  /** The kinds of field the rule reads. */
  kinds: readonly FieldKind[];
  check(field: TextField): TextFinding[];
}

/** A rule that looks at the report as a whole: structure, years. */
export interface ReportRule extends RuleInfo {
  scope: "report";
  check(report: Report): ReportFinding[];
  /** Documentation examples are report fragments; a text example is not enough. */
}

/** Any rule. */
export type Rule = TextRule | ReportRule;

/** A rule's setting in a configuration: off, or on at a severity. */
export type RuleSetting = "off" | Severity;

/** Rule settings by id; rules not named keep their default severity. */
export type RuleConfig = Record<string, RuleSetting>;

/** The language of messages. */
export type { Locale };
