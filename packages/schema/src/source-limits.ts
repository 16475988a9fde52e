import { CST, Lexer } from "yaml";
import { MAX_NESTING_DEPTH, MAX_SOURCE_LENGTH } from "./limits.js";
import type { Locale, Problem } from "./problems.js";

/** Line and column (1-based) of an offset in a text, counted in one pass. */
function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/**
 * The problem of a source longer than MAX_SOURCE_LENGTH characters, or undefined. Every reader
 * checks this first, so that no later step works on more than the limit.
 */
export function sourceLengthProblem(text: string, locale: Locale): Problem | undefined {
  if (text.length <= MAX_SOURCE_LENGTH) return undefined;
  const message =
    locale === "zh"
      ? `文件有 ${text.length} 个字符，超过了上限 ${MAX_SOURCE_LENGTH}：这不像一份报告，没有读取。`
      : `the file has ${text.length} characters, beyond the limit of ${MAX_SOURCE_LENGTH}: that is no report, so it was not read.`;
  return { code: "source_too_large", path: [], message, line: 1, column: 1 };
}

/** Tokens of the yaml lexer that mark what follows and stand for no character of the source. */
const MARKERS = new Set([CST.BOM, CST.DOCUMENT, CST.FLOW_END, CST.SCALAR]);

/**
 * The problem of a YAML text whose collections nest deeper than MAX_NESTING_DEPTH, at the
 * indicator that passes it, or undefined. YAML nested thousands deep overflows the call stack of
 * the YAML composer (and of everything after it), so this check comes before parseDocument. It
 * reads the yaml package's lexer tokens once and stops at the first token too deep: flow
 * collections (`[`, `{`) are counted exactly; block collections by the columns of their `-`,
 * `?` and keys still open (a list at its parent key's column counts with it, so the count is at
 * most one level short per level: no report is anywhere near the limit, and the hostile inputs are
 * thousands deep). With `tokens`, every lexer token read is pushed to it, so that a reader can parse
 * the text from them (yaml's Parser.next) instead of lexing it again; they are all of the text's
 * tokens when no problem is returned.
 */
export function yamlDepthProblem(text: string, locale: Locale, tokens?: string[]): Problem | undefined {
  const blocks: number[] = [];
  let flow = 0;
  let offset = 0;
  let column = 0;
  let atLineStart = true;
  let contentColumn: number | undefined;
  /** Closes the block collections a line starting at `column` leaves. */
  const startLine = () => {
    while (blocks.length > 0 && (blocks[blocks.length - 1] as number) >= column) blocks.pop();
    atLineStart = false;
  };
  for (const token of new Lexer().lex(text)) {
    tokens?.push(token);
    if (MARKERS.has(token)) continue;
    const type = CST.tokenType(token);
    let deeper = false;
    if (type === "doc-start") blocks.length = 0;
    else if (type === "flow-seq-start" || type === "flow-map-start") {
      flow++;
      deeper = true;
    } else if (type === "flow-seq-end" || type === "flow-map-end") flow = Math.max(0, flow - 1);
    else if (flow === 0 && (type === "seq-item-ind" || type === "explicit-key-ind")) {
      if (atLineStart) startLine();
      blocks.push(column);
      contentColumn = undefined;
      deeper = true;
    } else if (flow === 0 && type === "map-value-ind") {
      const key = contentColumn ?? column;
      if (blocks[blocks.length - 1] !== key) {
        blocks.push(key);
        deeper = true;
      }
    } else if (type !== "space" && type !== "newline" && type !== "comment") {
      if (atLineStart) startLine();
      contentColumn ??= column;
    }
    if (deeper && blocks.length + flow > MAX_NESTING_DEPTH) {
      const message =
        locale === "zh"
          ? `这里的列表或字段嵌套超过 ${MAX_NESTING_DEPTH} 层，报告用不到这么深，请检查文件是否正确。`
          : `lists or mappings nest deeper than ${MAX_NESTING_DEPTH} levels here; no report needs that; check the file.`;
      return { code: "yaml_too_deep", path: [], message, ...positionAt(text, offset) };
    }
    offset += token.length;
    const newline = token.lastIndexOf("\n");
    if (newline < 0) column += token.length;
    else {
      column = token.length - newline - 1;
      atLineStart = true;
      contentColumn = undefined;
    }
  }
  return undefined;
}
