import { Parser } from "yaml";
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

type CstNode = { type?: string; offset?: number; items?: { key?: unknown; value?: unknown }[]; value?: unknown };

/**
 * The problem of a YAML text whose collections (block or flow mappings and lists) nest deeper
 * than MAX_NESTING_DEPTH, at the collection that passes it, or undefined. It reads the text with
 * the yaml package's concrete-syntax parser, which keeps its own stack, and walks the tree with
 * an explicit stack too: YAML nested thousands deep would overflow the call stack of the
 * composer (and of everything after it), so this check comes before parseDocument.
 */
export function yamlDepthProblem(text: string, locale: Locale): Problem | undefined {
  for (const token of new Parser().parse(text)) {
    const stack: { node: CstNode | undefined; depth: number }[] = [{ node: token as CstNode, depth: 0 }];
    while (stack.length > 0) {
      const { node, depth } = stack.pop() as { node: CstNode | undefined; depth: number };
      if (!node || typeof node !== "object") continue;
      if (node.type === "document") {
        stack.push({ node: node.value as CstNode, depth });
        continue;
      }
      if (!Array.isArray(node.items)) continue;
      if (depth + 1 > MAX_NESTING_DEPTH) {
        const message =
          locale === "zh"
            ? `这里的列表或字段嵌套超过 ${MAX_NESTING_DEPTH} 层，报告用不到这么深，请检查文件是否正确。`
            : `lists or mappings nest deeper than ${MAX_NESTING_DEPTH} levels here; no report needs that; check the file.`;
        return { code: "yaml_too_deep", path: [], message, ...positionAt(text, node.offset ?? 0) };
      }
      for (const item of node.items) {
        stack.push({ node: item.key as CstNode, depth: depth + 1 });
        stack.push({ node: item.value as CstNode, depth: depth + 1 });
      }
    }
  }
  return undefined;
}
