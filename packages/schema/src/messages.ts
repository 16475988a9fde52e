import { FIELD_TITLES } from "./fields.js";
import { formatPath, type Locale } from "./problems.js";
import { codePointName } from "./text.js";

type Params = Record<string, unknown>;

/**
 * The words messages use for values: `yaml` speaks of what a clerk typed (`- ` items, `名称: 值`,
 * nothing after the colon); `data` (for programs) of lists, objects and null.
 */
export type Terms = "yaml" | "data";

const KIND_NAMES: Record<string, { zh: string; en: string }> = {
  "summary-and-plan": { zh: "工作总结和工作思路", en: "summary and plan" },
  summary: { zh: "只有工作总结", en: "summary only" },
  plan: { zh: "只有工作思路", en: "plan only" },
};

function kindName(kind: unknown, locale: Locale): string {
  const k = String(kind);
  const name = KIND_NAMES[k]?.[locale] ?? k;
  return locale === "zh" ? `${k}（${name}）` : `${k} (${name})`;
}

/** How an expected type is named to a clerk (YAML) or a program (data). */
function typeName(expected: string, locale: Locale, terms: Terms): string {
  const yaml = terms === "yaml";
  const zh: Record<string, string> = {
    string: "文本",
    number: "数字",
    int: "整数",
    boolean: "true 或 false",
    array: yaml ? "列表（每项以“- ”开头）" : "数组",
    object: yaml ? "一组字段（“名称: 值”）" : "对象",
  };
  const en: Record<string, string> = {
    string: "text",
    number: "a number",
    int: "a whole number",
    boolean: "true or false",
    array: yaml ? "a list (items start with “- ”)" : "an array",
    object: yaml ? "a mapping of fields (“name: value”)" : "an object",
  };
  return (locale === "zh" ? zh : en)[expected] ?? expected;
}

/** How a received value is described: `文本“二〇二三”`, `数字 1.5`, `空值`. */
export function describeValue(value: unknown, locale: Locale, terms: Terms = "yaml"): string {
  const zh = locale === "zh";
  if (value === undefined) return zh ? "没有填写" : "nothing";
  if (value === null && terms === "data") return zh ? "空值 null" : "null";
  if (value === null) return zh ? "空值（冒号后没有内容）" : "an empty value (nothing after the colon)";
  if (value instanceof Date) return zh ? "日期对象（无效日期）" : "a Date (an invalid one)";
  if (typeof value === "string") {
    const shown = value.length > 20 ? `${value.slice(0, 20)}…` : value;
    return zh ? `文本“${shown}”` : `the text "${shown}"`;
  }
  if (typeof value === "number") return zh ? `数字 ${value}` : `the number ${value}`;
  if (typeof value === "boolean") return zh ? `${value}` : `${value}`;
  if (Array.isArray(value)) return zh ? (terms === "yaml" ? "列表" : "数组") : terms === "yaml" ? "a list" : "an array";
  return zh ? (terms === "yaml" ? "一组字段" : "对象") : terms === "yaml" ? "a mapping" : "an object";
}

/** The field a path names, for the start of a message: `meta.year（年度）`. */
export function fieldLabel(path: readonly (string | number)[], locale: Locale): string {
  if (path.length === 0) return locale === "zh" ? "报告" : "report";
  const last = [...path].reverse().find((k): k is string => typeof k === "string");
  // Own keys only: a `constructor` or `__proto__` key must not name Object's internals.
  const title = last && Object.hasOwn(FIELD_TITLES, last) ? FIELD_TITLES[last] : undefined;
  const dotted = formatPath(path);
  if (!title) return dotted;
  return locale === "zh" ? `${dotted}（${title}）` : `${dotted} (${title})`;
}

/** A message for a value of the wrong type. */
export function invalidTypeMessage(
  expected: string[],
  received: unknown,
  locale: Locale,
  terms: Terms = "yaml",
): string {
  if (received === undefined) return locale === "zh" ? "缺少此项，必须填写。" : "is missing; it is required.";
  const names = expected.map((e) => typeName(e, locale, terms)).join(locale === "zh" ? "或" : " or ");
  if (expected.includes("int") && typeof received === "number") {
    return locale === "zh" ? `应为整数，实际是 ${received}。` : `must be a whole number, got ${received}.`;
  }
  const base =
    locale === "zh"
      ? `应为${names}，实际是${describeValue(received, locale, terms)}。`
      : `must be ${names}, got ${describeValue(received, locale, terms)}.`;
  // `org:青溪县` (no space after the colon) reads as one text in YAML.
  if (
    terms === "yaml" &&
    expected.includes("object") &&
    typeof received === "string" &&
    /^[A-Za-z_$]+[:：]/.test(received)
  ) {
    return base + (locale === "zh" ? "字段名后的冒号后面要加一个空格。" : " Put a space after the colon of a key.");
  }
  return base;
}

/** A message for an unknown key, with the nearest known key when there is one. */
export function unknownKeyMessage(key: string, suggestion: string | undefined, locale: Locale): string {
  if (locale === "zh") {
    const hint = suggestion
      ? `是不是要写“${suggestion}”${Object.hasOwn(FIELD_TITLES, suggestion) ? `（${FIELD_TITLES[suggestion]}）` : ""}？`
      : "请检查拼写或删除这一项。";
    return `未知字段“${key}”，${hint}`;
  }
  const hint = suggestion ? `did you mean "${suggestion}"?` : "check its spelling or remove it.";
  return `unknown field "${key}": ${hint}`;
}

/**
 * A message for a known key at the wrong level (`title` at the top of the file belongs in
 * meta), or a likely typo of one (`titel`), naming where it belongs.
 */
export function misplacedKeyMessage(
  key: string,
  home: readonly (string | number)[],
  exact: boolean,
  locale: Locale,
): string {
  const where = formatPath(home);
  const parent = formatPath(home.slice(0, -1));
  const last = String(home.at(-1));
  const title = Object.hasOwn(FIELD_TITLES, last) ? FIELD_TITLES[last] : undefined;
  if (locale === "zh") {
    const named = title ? `${where}（${title}）` : where;
    return exact
      ? `字段“${key}”不属于这一层，应写在 ${parent} 下：${named}。`
      : `未知字段“${key}”：是不是要写 ${named}？它应写在 ${parent} 下。`;
  }
  return exact
    ? `the key "${key}" does not belong at this level; it goes under ${parent}: ${where}.`
    : `unknown field "${key}": did you mean ${where}? It goes under ${parent}.`;
}

/** What the English values of kind and style mean, for clerks who write the Chinese name instead. */
const VALUE_NAMES: Record<string, { zh: string; en: string }> = {
  ...KIND_NAMES,
  ordinal: { zh: "“一是、二是”", en: "一是, 二是" },
  decimal: { zh: "“1. 2.”", en: "1. 2." },
  paren: { zh: "“（1）（2）”", en: "（1）（2）" },
};

/** A message for a value outside an enumeration; English values are shown with what they mean. */
export function invalidValueMessage(
  values: readonly unknown[],
  received: unknown,
  locale: Locale,
  terms: Terms = "yaml",
): string {
  const zh = locale === "zh";
  const named = values.map((v) => {
    const name = VALUE_NAMES[String(v)]?.[locale];
    if (!name) return String(v);
    return zh ? `${String(v)}（${name}）` : `${String(v)} (${name})`;
  });
  const list = named.join(zh ? "、" : ", ");
  return zh
    ? `应为以下之一：${list}；实际是${describeValue(received, locale, terms)}。`
    : `must be one of ${list}; got ${describeValue(received, locale, terms)}.`;
}

/** A message for a number, list or text below its minimum or above its maximum. */
export function rangeMessage(
  bound: "min" | "max",
  origin: string,
  limit: number | bigint,
  received: unknown,
  locale: Locale,
): string {
  const zh = locale === "zh";
  if (origin === "array") {
    if (bound === "min") return zh ? `至少要有 ${limit} 项。` : `needs at least ${limit} item(s).`;
    return zh ? `最多 ${limit} 项。` : `allows at most ${limit} item(s).`;
  }
  if (origin === "string") {
    if (bound === "min") return zh ? `至少 ${limit} 个字。` : `needs at least ${limit} character(s).`;
    return zh ? `最多 ${limit} 个字。` : `allows at most ${limit} character(s).`;
  }
  if (bound === "min") {
    return zh
      ? `不能小于 ${limit}，实际是 ${String(received)}。`
      : `must be at least ${limit}, got ${String(received)}.`;
  }
  return zh ? `不能大于 ${limit}，实际是 ${String(received)}。` : `must be at most ${limit}, got ${String(received)}.`;
}

/** A message for one of the model's own rules (see rules.ts). */
export function ruleMessage(params: Params, locale: Locale): string {
  const zh = locale === "zh";
  switch (params.rule) {
    case "forbidden_character": {
      const name = codePointName(Number(params.codePoint));
      const at = Number(params.index) + 1;
      return zh
        ? `第 ${at} 个字符是不可见的控制字符 ${name}，请删除（多见于从网页或其他软件复制的文字）。`
        : `character ${at} is the invisible control character ${name}; remove it (it often comes with text copied from web pages).`;
    }
    case "blank_line":
      return zh
        ? "一段文字里有空行；若要分成两段，请写成列表中的两项。"
        : "a paragraph holds a blank line; to make two paragraphs, write them as two list items.";
    case "empty_text":
      return zh ? "内容为空，请填写或删除这一项。" : "is empty; fill it in or remove it.";
    case "bad_date":
      return zh
        ? `“${String(params.value)}”不是有效的日期，请写成 2024-01-09 或 2024年1月9日。`
        : `"${String(params.value)}" is not a valid date; write 2024-01-09 or 2024年1月9日.`;
    case "too_deep":
      return zh
        ? `层级过深：正文最多四级标题（一、（一）1.（1）），这里是第 ${params.level} 级。可以改用“一是、二是”举措。`
        : `nested too deep: a report has at most four heading levels (一、（一）1.（1）); this is level ${params.level}. Use run-in initiatives instead.`;
    case "missing_part":
      return zh
        ? `文种为 ${kindName(params.kind, locale)} 时必须有 body.${params.part}（${FIELD_TITLES[String(params.part)]}）。`
        : `a report of kind ${kindName(params.kind, locale)} needs body.${params.part}.`;
    case "unexpected_part":
      if (params.part === "sections") {
        return zh
          ? `文种为 ${kindName(params.kind, locale)} 时，小节写在 body.summary.sections 和 body.plan.sections 下，不用 body.sections。`
          : `with kind ${kindName(params.kind, locale)}, sections go under body.summary.sections and body.plan.sections, not body.sections.`;
      }
      return zh
        ? `文种为 ${kindName(params.kind, locale)} 时不用 body.${params.part}，请把各小节写在 body.sections 下（或把 meta.kind 改为 summary-and-plan）。`
        : `with kind ${kindName(params.kind, locale)}, body.${params.part} is not used: put the sections under body.sections (or set meta.kind to summary-and-plan).`;
    case "missing_sections":
      return zh
        ? `文种为 ${kindName(params.kind, locale)} 时，body.sections 下至少要有一个小节。`
        : `with kind ${kindName(params.kind, locale)}, body.sections needs at least one section.`;
    case "row_width":
      return zh
        ? `这一行有 ${params.cells} 个单元格，但表头有 ${params.columns} 列。`
        : `this row has ${params.cells} cell(s) but the header has ${params.columns} column(s).`;
    case "block_shape":
      return zh
        ? "一项内容不能既是表格又是举措：table 不能和 lead、text 写在同一项里。"
        : "one item cannot be both a table and an initiative: table does not go with lead or text.";
    case "empty_initiative":
      return zh
        ? "举措至少要有 lead（主题句）或 text（正文）之一；表格请写 table。"
        : "an initiative needs a lead or a text (or write table for a table).";
    default:
      return String(params.rule);
  }
}
