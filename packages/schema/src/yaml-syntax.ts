import type { LineCounter, YAMLError } from "yaml";
import type { Locale, Problem } from "./problems.js";

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

/** A hint for the mistakes clerks make most: a full-width colon, or no space after the colon. */
export function colonHint(sourceLine: string, locale: Locale): string {
  const zh = locale === "zh";
  if (/^\s*(-\s+)?[\p{L}\p{N}_$]+：/u.test(sourceLine)) {
    return zh
      ? "这一行的冒号是全角“：”：字段名后要用半角冒号“:”再加一个空格，如“year: 2023”。"
      : "this line uses a full-width colon “：”; a key takes a half-width colon and a space, as in “year: 2023”.";
  }
  if (/^\s*(-\s+)?[A-Za-z_$]+:[^\s]/.test(sourceLine)) {
    return zh ? "字段名后的冒号后面要加一个空格，如“year: 2023”。" : "put a space after the colon, as in “year: 2023”.";
  }
  return "";
}

/**
 * One problem for each line indented with a Tab, and nothing else: a Tab throws YAML's reading
 * of every later line off, so the parser's other errors would only confuse; once the Tabs are
 * spaces, the next check shows what is really left.
 */
function tabProblems(lines: readonly string[], locale: Locale): Problem[] {
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

/**
 * Turns the YAML parser's errors into problems a clerk can act on: Chinese (or English) messages,
 * a hint for a full-width colon or a missing space after a colon, an over-indented line named
 * itself rather than the line before, and one problem per line — the parser often reports one
 * mistake several times over.
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
    if (seen.has(line)) continue;
    seen.add(line);
    if (moved !== undefined) {
      const message =
        locale === "zh"
          ? "这一行比上一行多缩进了：同一层的字段要左对齐。"
          : "this line is indented deeper than the one above: keys of one level line up.";
      problems.push({ code: "yaml_bad_indent", path: [], message, line, column: 1 });
      continue;
    }
    const hint = colonHint(lines[line - 1] ?? "", locale);
    const known = YAML_MESSAGES[error.code];
    const first = error.message.split("\n")[0];
    const message =
      hint || (known ? known[locale] : locale === "zh" ? `YAML 语法错误：${first}` : `YAML syntax error: ${first}`);
    problems.push({ code, path: [], message, line, column: start.col });
  }
  return problems;
}
