/**
 * The fixed points of the gongwen Markdown dialect, shared by the writer and the reader so the
 * two cannot drift apart. README.md describes the dialect for people.
 */
import type { InitiativeStyle } from "@gongwen/schema";

/** Heading depth of the report's title: `# 标题`. */
export const TITLE_DEPTH = 1;

/** Heading depth of a section of the given level (1–4): `##` … `#####`. */
export function headingDepth(level: number): number {
  return level + 1;
}

/**
 * A table caption paragraph, as pandoc writes it (`Table: 标题`) or as clerks type it
 * (`表：标题`, `表: 标题`); the caption is what follows the match.
 */
export const CAPTION_PREFIX = /^[ \t]*(?:[Tt]able|表)[ \t\u3000]*[:：][ \t\u3000]*/;

/** The prefix the writer puts before a caption. */
export const CAPTION_LABEL = "Table: ";

/**
 * The comment that states a section's initiative style when no initiative shows it:
 * `<!-- style: decimal -->` right after the heading.
 */
export const STYLE_COMMENT = /^<!--[ \t]*style[ \t]*[:：][ \t]*(ordinal|decimal|paren)[ \t]*-->$/;

/** The comment that carries a style (see STYLE_COMMENT). */
export function styleComment(style: InitiativeStyle): string {
  return `<!-- style: ${style} -->`;
}

/** True for an HTML comment (`<!-- … -->`), which the reader ignores as a note. */
export function isHtmlComment(html: string): boolean {
  return /^<!--[\s\S]*-->$/.test(html.trim());
}

/**
 * Joins a number label to the text after it. A decimal label (`1.`) directly followed by a digit
 * would read as a decimal number (`1.5倍`), so the writer puts a space between them there.
 */
export function joinLabel(label: string, text: string): string {
  return /\.$/.test(label) && /^[0-9０-９]/.test(text) ? `${label} ${text}` : label + text;
}

/**
 * The comment that keeps a section's initiatives run in (`runIn: true`) when no paragraph shows
 * it — every run of initiatives in the section is a single one: `<!-- run-in -->` after the heading.
 * A paragraph holding two initiatives or more shows it by itself.
 */
export const RUN_IN_COMMENT = /^<!--[ \t]*run-in[ \t]*-->$/;

/** The comment that says a section's initiatives run in (see RUN_IN_COMMENT). */
export const RUN_IN_NOTE = "<!-- run-in -->";
