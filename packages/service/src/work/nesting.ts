import { type Locale, MAX_NESTING_DEPTH, ReportError } from "@gongwen/schema";

/**
 * The deepest nesting of `[` and `{` a request body may have. A report nests a few levels (meta,
 * body, four levels of sections, a table's rows); deeply nested input only serves to exhaust a
 * parser's stack or memory (a V8 out-of-memory error in a worker thread stops the whole process),
 * so it is refused before any parser sees it.
 */
export const MAX_BODY_NESTING = MAX_NESTING_DEPTH;

/** The characters checkNesting looks at, by code. */
const NEWLINE = 0x0a;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const BACKSLASH = 0x5c;
const HASH = 0x23;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/**
 * Refuses a JSON or YAML text whose brackets nest deeper than MAX_BODY_NESTING, with a located
 * problem (`nesting_too_deep`) at the bracket that goes too deep. Strings and, in YAML, comments
 * are skipped. One pass over the text.
 * @throws ReportError
 */
export function checkNesting(text: string, yaml: boolean, file: string, locale: Locale): void {
  // Character codes, not one-character strings: a Chinese character read as text[i] is a new string each time.
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === NEWLINE) {
      line++;
      lineStart = i + 1;
    } else if (ch === DOUBLE_QUOTE || (yaml && ch === SINGLE_QUOTE)) {
      // Skip the string: `\"` escapes in double quotes, `''` in YAML single quotes.
      for (i++; i < text.length && text.charCodeAt(i) !== ch; i++) {
        if (ch === DOUBLE_QUOTE && text.charCodeAt(i) === BACKSLASH) i++;
        if (text.charCodeAt(i) === NEWLINE) {
          line++;
          lineStart = i + 1;
        }
      }
    } else if (yaml && ch === HASH && (i === 0 || /\s/.test(text[i - 1] as string))) {
      while (i + 1 < text.length && text.charCodeAt(i + 1) !== NEWLINE) i++;
    } else if (ch === OPEN_BRACKET || ch === OPEN_BRACE) {
      if (++depth > MAX_BODY_NESTING) {
        const message =
          locale === "en"
            ? `nested more than ${MAX_BODY_NESTING} levels deep: a report never is.`
            : `嵌套超过 ${MAX_BODY_NESTING} 层：报告不会有这么深的结构。`;
        throw new ReportError(
          [{ code: "nesting_too_deep", path: [], message, file, line, column: i - lineStart + 1 }],
          locale,
        );
      }
    } else if (ch === CLOSE_BRACKET || ch === CLOSE_BRACE) {
      depth = Math.max(0, depth - 1);
    }
  }
}
