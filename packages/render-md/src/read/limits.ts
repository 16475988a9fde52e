/**
 * The limits of the Markdown reader (the README's "Limits" table lists them). micromark, the
 * parser under remark, spends more than linear time on some inputs — thousands of unmatched `*`,
 * emphasis or brackets nested thousands deep, lists or quotes nested on every line — so the
 * source is checked against these before it is parsed. No report comes near them.
 */

/** Container marks (`>`, `-`, `*`, `+`, `1.`) opening one line: a report nests lists two deep. */
export const MAX_LINE_CONTAINERS = 8;

/** Columns of indentation of one line (outside the front matter and code fences). */
export const MAX_INDENT = 32;

/** Inline marks (runs of `*` `_` `~` and backticks, `[`, `]`, `<`) in one paragraph, or one table row. */
export const MAX_BLOCK_MARKS = 256;

/** Inline marks in the whole document. */
export const MAX_DOCUMENT_MARKS = 10_000;

/** Cell separators `|` on one line: a table of the model has at most 30 columns. */
export const MAX_LINE_PIPES = 64;
