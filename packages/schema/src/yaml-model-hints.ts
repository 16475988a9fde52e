import { type Document, isScalar, isSeq, type LineCounter, type Node } from "yaml";
import type { Locale, Problem } from "./problems.js";
import { YAML_HINTS } from "./yaml-messages.js";
import { pathKey, type ScalarReading } from "./yaml-scalars.js";

/** What explainModelProblems reads the source through. */
export interface HintContext {
  doc: Document;
  text: string;
  lineCounter: LineCounter;
  reading: ScalarReading;
  locale: Locale;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

const startsWith = (path: readonly (string | number)[], prefix: readonly (string | number)[]) =>
  prefix.length <= path.length && prefix.every((k, i) => path[i] === k);

/** The offset in the source of a 1-based position. */
function offsetOf(text: string, lineCounter: LineCounter, line: number, column: number): number {
  return (lineCounter.lineStarts[line - 1] ?? text.length) + column - 1;
}

/** `9,500` written in a flow row, or an empty cell before `]`: the hint to append to row_width. */
function rowHint(ctx: HintContext, path: readonly (string | number)[]): string {
  const node = ctx.doc.getIn(path, true) as Node | undefined;
  if (!isSeq(node) || !node.flow) return "";
  const items = node.items;
  for (let i = 0; i + 1 < items.length; i++) {
    const a = items[i];
    const b = items[i + 1];
    if (!isScalar(a) || !isScalar(b) || !a.range || !b.range) continue;
    const aText = ctx.text.slice(a.range[0], a.range[1]);
    const bText = ctx.text.slice(b.range[0], b.range[1]);
    if (
      ctx.text.slice(a.range[1], b.range[0]) === "," &&
      /^[-+]?\d{1,3}$/.test(aText) &&
      /^\d{3}(?:\D|$)/.test(bText)
    ) {
      return YAML_HINTS.thousandsComma(`${aText},${bText}`)[ctx.locale];
    }
  }
  const last = items.at(-1);
  if (last && isScalar(last) && last.range && node.range) {
    if (/,\s*]$/.test(ctx.text.slice(last.range[1], node.range[1]))) return YAML_HINTS.emptyCell[ctx.locale];
  }
  return "";
}

/**
 * Replaces the model's problems whose real cause is how YAML read the clerk's text: an empty
 * value that was a text starting with `#` or a `~`; an unknown Chinese key that was a text with
 * `: `; a list or mapping that was a text starting with `- ` or `? `; a row too wide because
 * `9,500` was split. The problems these causes made at the paths below them are dropped.
 */
export function explainModelProblems(problems: readonly Problem[], ctx: HintContext): Problem[] {
  const out: Problem[] = [];
  const causes = new Set<Problem>();
  const explained: (string | number)[][] = [];
  const because = (p: Problem, path: (string | number)[]) => {
    out.push(p);
    causes.add(p);
    explained.push(path);
  };
  // Parents first: a text read as a mapping is explained once, at the mapping.
  const ordered = [...problems].sort((a, b) => a.path.length - b.path.length);
  for (const p of ordered) {
    if (explained.some((path) => startsWith(p.path, path))) continue;
    const explanation = ctx.reading.explanations.get(pathKey(p.path));
    if (explanation) {
      because(p.file === undefined ? explanation : { ...explanation, file: p.file }, p.path);
      continue;
    }
    const key = p.path.at(-1);
    if (
      p.code === "unrecognized_keys" &&
      typeof key === "string" &&
      CJK.test(key) &&
      !/是不是|did you mean/.test(p.message)
    ) {
      const parent = p.path.slice(0, -1);
      because(
        { ...p, code: "yaml_colon_in_text", message: YAML_HINTS.colonInText(key)[ctx.locale], path: parent },
        parent,
      );
      continue;
    }
    if (
      p.line !== undefined &&
      p.column !== undefined &&
      (p.code === "invalid_type" || p.code === "empty_initiative")
    ) {
      const at = offsetOf(ctx.text, ctx.lineCounter, p.line, p.column);
      const mark = ctx.text.slice(at, at + 2);
      const bracket = p.code === "invalid_type" && (mark[0] === "[" || mark[0] === "{");
      const hint =
        mark === "- "
          ? YAML_HINTS.dashStart
          : mark === "? "
            ? YAML_HINTS.questionStart
            : bracket
              ? YAML_HINTS.indicatorStart(mark[0] as string)
              : undefined;
      if (hint) {
        const code = mark === "- " ? "yaml_dash_start" : mark === "? " ? "yaml_question_start" : "yaml_indicator_start";
        because({ ...p, code, message: hint[ctx.locale] }, p.path);
        continue;
      }
    }
    const hint = p.code === "row_width" ? rowHint(ctx, p.path) : "";
    out.push(hint ? { ...p, message: `${p.message}${hint}` } : p);
  }
  // Problems at or below an explained path were made by the same mistake (the model met it first elsewhere).
  return out.filter((p) => causes.has(p) || !explained.some((path) => startsWith(p.path, path)));
}
