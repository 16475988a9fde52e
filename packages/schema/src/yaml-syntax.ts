import type { LineCounter, YAMLError } from "yaml";
import type { Locale, Problem } from "./problems.js";
import { leadingIndicator, lineParts, unclosedQuoteLine } from "./yaml-lines.js";
import { type Bilingual, YAML_HINTS } from "./yaml-messages.js";

const YAML_MESSAGES: Record<string, { zh: string; en: string }> = {
  DUPLICATE_KEY: {
    zh: "同一层里这个字段名出现了两次，请删除或合并其中一个。",
    en: "this key appears twice at the same level.",
  },
  BAD_INDENT: {
    zh: "缩进不对：同一层的各项要对齐，下一层要多缩进两个空格。",
    en: "bad indentation: items of one level must line up.",
  },
  MISSING_CHAR: {
    zh: "缺少字符：字段名后面要有半角冒号和一个空格（如 “title: 标题”）。",
    en: "a character is missing: a key needs a colon and a space after it.",
  },
  MULTILINE_IMPLICIT_KEY: {
    zh: "字段名不能跨行；长文本请写在冒号后面，或用 “|” 另起一行。",
    en: "a key cannot span lines.",
  },
  BLOCK_AS_IMPLICIT_KEY: {
    zh: "这里缺少冒号，或这一行、上一行的缩进不对（同一层的字段要左对齐）。",
    en: "a colon is missing here, or this line or the one above is indented wrongly (keys of one level line up).",
  },
  UNEXPECTED_TOKEN: { zh: "这里有多余或不该出现的符号。", en: "unexpected characters here." },
  BAD_SCALAR_START: {
    zh: "这段文字不能以此符号开头，请给整段文字加上引号。",
    en: "text cannot start with this character unquoted; quote it.",
  },
  MULTIPLE_DOCS: {
    zh: "文件里有多个 “---” 分隔的文档，只能有一个。",
    en: "the file holds several YAML documents; only one is allowed.",
  },
  BAD_DQ_ESCAPE: {
    zh: "双引号里的反斜杠转义不对；不需要转义时请改用单引号。",
    en: "bad escape in a double-quoted string.",
  },
};

/**
 * The mistakes clerks make most with a key: a full-width colon (`yaml_full_width_colon`), or no
 * space after the colon (`yaml_no_space_after_colon`); undefined for any other line.
 */
export function colonHint(sourceLine: string, locale: Locale): { code: string; message: string } | undefined {
  const zh = locale === "zh";
  if (/^\s*(-\s+)?[\p{L}\p{N}_$]+：/u.test(sourceLine)) {
    const message = zh
      ? "这一行的冒号是全角“：”：字段名后要用半角冒号“:”再加一个空格，如“year: 2023”。"
      : "this line uses a full-width colon “：”; a key takes a half-width colon and a space, as in “year: 2023”.";
    return { code: "yaml_full_width_colon", message };
  }
  if (/^\s*(-\s+)?[A-Za-z_$]+:[^\s]/.test(sourceLine)) {
    const message = zh
      ? "字段名后的冒号后面要加一个空格，如“year: 2023”。"
      : "put a space after the colon, as in “year: 2023”.";
    return { code: "yaml_no_space_after_colon", message };
  }
  return undefined;
}

/**
 * One problem for each line indented with a Tab, and nothing else: a Tab throws YAML's reading
 * of every later line off, so the parser's other errors would only confuse; once the Tabs are
 * spaces, the next check shows what is really left.
 */
export function tabProblems(lines: readonly string[], locale: Locale): Problem[] {
  const message =
    locale === "zh"
      ? "这一行用 Tab 键缩进，YAML 只能用空格缩进：请把行首的 Tab 换成空格（同一层对齐，下一层多两格）。"
      : "this line is indented with a tab; YAML indents with spaces only: replace the tab with spaces.";
  return lines.flatMap((line, i) => {
    const tab = /^[ ]*\t/.exec(line);
    return tab ? [{ code: "yaml_tab_as_indent", path: [], message, line: i + 1, column: tab[0].length }] : [];
  });
}

/** The errors YAML gives when a line runs on into the next one. */
const RUN_ON = new Set(["BLOCK_AS_IMPLICIT_KEY", "MULTILINE_IMPLICIT_KEY"]);

const indentOf = (line: string) => /^ */.exec(line)?.[0].length ?? 0;

/**
 * The line after `line` (1-based) when it holds a key indented deeper than the key of `line`:
 * `year: 2023` followed by `   kind: plan` reads as one text that runs on, and YAML reports the
 * mistake at `2023`, a line too early.
 */
function overIndentedNext(lines: readonly string[], line: number): number | undefined {
  const here = lines[line - 1] ?? "";
  // The column of this line's key: after the indentation and a list item's `- `.
  const key = /^( *(?:- +)?)[^\s:#][^:]*: +\S/.exec(here);
  if (!key) return undefined;
  const next = lines.findIndex((text, i) => i >= line && text.trim() !== "");
  const after = lines[next] ?? "";
  if (next < 0 || !/^ *[^\s:#-][^:]*: /.test(after)) return undefined;
  return indentOf(after) > (key[1]?.length ?? 0) ? next + 1 : undefined;
}

/** A located cause, when the line shows what the clerk typed. */
interface Cause {
  code: string;
  message: Bilingual;
  line: number;
  column: number;
}

/**
 * What the clerk did, read from the line the parser stopped at: an unclosed quote (located where
 * it opens), quotes inside quotes, a text starting with a YAML indicator, a `: ` inside a text,
 * a `-` or empty cell in a table row, a duplicated key (named).
 */
function causeOf(error: YAMLError, lines: readonly string[], line: number, column: number): Cause | undefined {
  const source = (lines[line - 1] ?? "").replace(/\r$/, "");
  const { key, value, column: valueColumn } = lineParts(source);
  if (error.code === "MISSING_CHAR" && /closing/.test(error.message)) {
    const open = unclosedQuoteLine(lines, line - 1);
    if (open) {
      const message = YAML_HINTS.unclosedQuote(open.mark);
      return { code: "yaml_unclosed_quote", message, line: open.line + 1, column: open.column };
    }
  }
  if (error.code === "DUPLICATE_KEY") {
    const name = key ?? value.replace(/:.*$/, "");
    return { code: "yaml_duplicate_key", message: YAML_HINTS.duplicateKey(name), line, column };
  }
  if (value.startsWith("[") && error.code === "BLOCK_IN_FLOW") {
    return { code: "yaml_dash_cell", message: YAML_HINTS.dashCell, line, column };
  }
  if (value.startsWith("[") && /Unexpected ,/.test(error.message)) {
    return { code: "yaml_empty_cell", message: YAML_HINTS.emptyCell, line, column };
  }
  const mark = value[0];
  if ((mark === '"' || mark === "'") && column > valueColumn) {
    return { code: "yaml_inner_quotes", message: YAML_HINTS.innerQuotes(mark), line, column: valueColumn };
  }
  const indicator = leadingIndicator(value);
  if (indicator) {
    return { code: "yaml_indicator_start", message: YAML_HINTS.indicatorStart(indicator), line, column: valueColumn };
  }
  const colon = /^(.*?): /.exec(value);
  if (colon && key !== undefined) {
    return { code: "yaml_colon_in_text", message: YAML_HINTS.colonInText(colon[1] ?? ""), line, column: valueColumn };
  }
  return undefined;
}

/**
 * Turns the YAML parser's errors into problems a clerk can act on: Chinese (or English) messages
 * naming what was typed and the fix, at the line and column where the clerk must act (an
 * unclosed quote where it opens, an over-indented line itself rather than the line before), and
 * one problem per line — the parser often reports one mistake several times over. A file
 * indented with Tabs gets one problem per Tab line and nothing else (see tabProblems).
 */
export function yamlSyntaxProblems(
  errors: readonly YAMLError[],
  text: string,
  lineCounter: LineCounter,
  locale: Locale,
): Problem[] {
  const lines = text.split(/\r?\n/);
  if (errors.some((error) => error.code === "TAB_AS_INDENT")) return tabProblems(lines, locale);
  const problems: Problem[] = [];
  const seen = new Set<number>();
  for (const error of errors) {
    const start = lineCounter.linePos(error.pos[0]);
    const code = `yaml_${error.code.toLowerCase()}`;
    const moved = RUN_ON.has(error.code) ? overIndentedNext(lines, start.line) : undefined;
    const line = moved ?? start.line;
    if (moved !== undefined) {
      if (seen.has(line)) continue;
      seen.add(line);
      const message =
        locale === "zh"
          ? "这一行比上一行多缩进了：同一层的字段要左对齐。"
          : "this line is indented deeper than the one above: keys of one level line up.";
      problems.push({ code: "yaml_bad_indent", path: [], message, line, column: 1 });
      continue;
    }
    const hint = colonHint(lines[line - 1] ?? "", locale);
    const cause = hint ? undefined : causeOf(error, lines, line, start.col);
    if (seen.has(cause?.line ?? line)) continue;
    seen.add(cause?.line ?? line);
    if (cause) {
      problems.push({
        code: cause.code,
        path: [],
        message: cause.message[locale],
        line: cause.line,
        column: cause.column,
      });
      continue;
    }
    if (hint) {
      problems.push({ ...hint, path: [], line, column: start.col });
      continue;
    }
    const known = YAML_MESSAGES[error.code];
    const first = error.message.split("\n")[0];
    const message = known ? known[locale] : locale === "zh" ? `YAML 语法错误：${first}` : `YAML syntax error: ${first}`;
    problems.push({ code, path: [], message, line, column: start.col });
  }
  return problems;
}
