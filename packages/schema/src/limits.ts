/**
 * The limits of a report, in one place (the README's "Limits" table lists them). No real annual
 * report comes near any of them; each exists so that a hostile or broken input is refused with a
 * located problem before work that would hang, exhaust memory or overflow the stack.
 */

/** Characters a report's source (YAML, Markdown, JSON) may hold: 2 million, some 400 times a long report. */
export const MAX_SOURCE_LENGTH = 2_000_000;

/** How deep mappings and lists may nest in a report's data: the deepest real path is about 16. */
export const MAX_NESTING_DEPTH = 64;

/** Sections in one list (the sections of one part or section, at one level). */
export const MAX_SECTIONS = 100;

/** Blocks (paragraphs, initiatives, tables) in one section's content. */
export const MAX_BLOCKS = 200;

/** Paragraphs of the opening or of the closing. */
export const MAX_PARAGRAPHS = 200;

/** Rows of one table, header aside. */
export const MAX_TABLE_ROWS = 500;

/** Columns of one table: a type area of 156 mm holds about 20 readable ones. */
export const MAX_TABLE_COLUMNS = 30;

/** Characters of one text (a paragraph, a title, a cell): 20,000 is some twelve pages. */
export const MAX_TEXT_LENGTH = 20_000;
