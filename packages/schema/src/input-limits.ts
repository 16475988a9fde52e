import {
  MAX_BLOCKS,
  MAX_NESTING_DEPTH,
  MAX_PARAGRAPHS,
  MAX_SECTIONS,
  MAX_TABLE_COLUMNS,
  MAX_TABLE_ROWS,
  MAX_TEXT_LENGTH,
} from "./limits.js";
import type { Locale, Problem } from "./problems.js";

type Path = (string | number)[];

/** What a limit counts, with its Chinese and English names. */
const COUNTED: Record<string, { limit: number; zh: string; en: string }> = {
  sections: { limit: MAX_SECTIONS, zh: "小节", en: "sections" },
  content: { limit: MAX_BLOCKS, zh: "项内容", en: "blocks" },
  opening: { limit: MAX_PARAGRAPHS, zh: "段", en: "paragraphs" },
  closing: { limit: MAX_PARAGRAPHS, zh: "段", en: "paragraphs" },
  rows: { limit: MAX_TABLE_ROWS, zh: "行", en: "rows" },
  header: { limit: MAX_TABLE_COLUMNS, zh: "列", en: "columns" },
  row: { limit: MAX_TABLE_COLUMNS, zh: "个单元格", en: "cells" },
};

function tooMany(path: Path, count: number, what: (typeof COUNTED)[string], locale: Locale): Problem {
  const message =
    locale === "zh"
      ? `这里有 ${count} ${what.zh}，超过了上限 ${what.limit}：没有哪份报告需要这么多，请检查文件是否正确。`
      : `${count} ${what.en} here, beyond the limit of ${what.limit}: no report needs so many; check the file.`;
  return { code: "too_many", path, message };
}

/**
 * The limits of a report checked on the raw input, before the schema sees it (see limits.ts):
 * nesting deeper than MAX_NESTING_DEPTH, more sections, blocks, paragraphs, table rows or
 * columns than their limits, a text longer than MAX_TEXT_LENGTH. The walk stops below a value
 * nested too deep, so it never goes more than MAX_NESTING_DEPTH calls down and no input can
 * overflow the call stack. Returns one problem per limit passed, each with the path where it was
 * passed, in the order of the input (depth first); a clean input costs no allocation but the
 * walk's one path.
 */
export function inputLimitProblems(input: unknown, locale: Locale): Problem[] {
  const problems: Problem[] = [];
  walk(input, [], problems, locale);
  return problems;
}

/** Checks one value at `path` (a list the walk extends and restores; copied into each problem). */
function walk(value: unknown, path: Path, problems: Problem[], locale: Locale): void {
  if (typeof value === "string") {
    if (value.length > MAX_TEXT_LENGTH) {
      const message =
        locale === "zh"
          ? `这段文字有 ${value.length} 个字符，超过了上限 ${MAX_TEXT_LENGTH}：请分成几段，或检查文件是否正确。`
          : `this text has ${value.length} characters, beyond the limit of ${MAX_TEXT_LENGTH}: split it, or check the file.`;
      problems.push({ code: "text_too_long", path: path.slice(), message });
    }
    return;
  }
  if (value === null || typeof value !== "object") return;
  if (path.length >= MAX_NESTING_DEPTH) {
    const message =
      locale === "zh"
        ? `这里嵌套超过 ${MAX_NESTING_DEPTH} 层，报告用不到这么深，请检查文件是否正确。`
        : `the data nests deeper than ${MAX_NESTING_DEPTH} levels here; no report needs that; check the file.`;
    problems.push({ code: "too_deep_data", path: path.slice(), message });
    return;
  }
  if (Array.isArray(value)) {
    const last = path[path.length - 1];
    const key = typeof last === "number" && path[path.length - 2] === "rows" ? "row" : String(last);
    const counted = COUNTED[key];
    if (counted && value.length > counted.limit) problems.push(tooMany(path.slice(), value.length, counted, locale));
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      walk(value[i], path, problems, locale);
      path.pop();
    }
    return;
  }
  for (const key of Object.keys(value)) {
    path.push(key);
    walk((value as Record<string, unknown>)[key], path, problems, locale);
    path.pop();
  }
}
