import type { Locale } from "@gongwen/schema";
import type { HelperFailure } from "./helpers/index.js";

/** What went wrong while filling a template, by the problem code templates add to the model's. */
export type TemplateProblemCode =
  | "template_syntax"
  | "unknown_helper"
  | "unsupported_syntax"
  | "bad_directive"
  | "unknown_variable"
  | "empty_value"
  | "field_not_in_data"
  | `helper_${HelperFailure}`;

/** The facts a message is written from. */
export interface MessageFacts {
  /** The expression as written: `{{wan invest}}`, or a directive `each: projects`. */
  expression?: string;
  /** The data path the expression reads, from the row: `projects[2].invest`. */
  dataPath?: string;
  /** The helper involved. */
  helper?: string;
  /** The offending value, or the argument's name. */
  value?: unknown;
  /** Free detail (a parser's message). */
  detail?: string;
  /** `field_not_in_data`: what the data file has, and where else the template uses the field. */
  data?: {
    file: string;
    kind: "table" | "records";
    fields: readonly string[];
    suggestion?: string;
    alsoOnLines: readonly number[];
  };
}

/** How many of a data file's fields a message lists before it says how many more there are. */
export const LISTED_FIELDS = 30;

function fieldList(fields: readonly string[], zh: boolean): string {
  const shown = fields.slice(0, LISTED_FIELDS).join(zh ? "、" : ", ");
  const more = fields.length - LISTED_FIELDS;
  if (more <= 0) return shown || (zh ? "（无）" : "(none)");
  return zh ? `${shown}等 ${fields.length} 个` : `${shown} and ${more} more`;
}

function notInDataMessage(expr: string, field: string, data: NonNullable<MessageFacts["data"]>, zh: boolean): string {
  const table = data.kind === "table";
  const list = fieldList(data.fields, zh);
  const lines = data.alsoOnLines.join(zh ? "、" : ", ");
  if (zh) {
    const lack = table
      ? `数据文件 ${data.file} 的表头中没有“${field}”这一列`
      : `数据文件 ${data.file} 的每一条数据中都没有字段“${field}”`;
    const guess = data.suggestion === undefined ? "。" : `，是不是要写“${data.suggestion}”？`;
    const also = lines ? `模板第 ${lines} 行也用到了它。` : "";
    return `${expr}：${lack}${guess}${table ? "表头的列有" : "数据中的字段有"}：${list}。${also}`;
  }
  const lack = table
    ? `the data file ${data.file} has no column "${field}" in its header`
    : `no record of the data file ${data.file} has the field "${field}"`;
  const guess = data.suggestion === undefined ? "." : `; did you mean "${data.suggestion}"?`;
  const also = lines ? ` The template also uses it on line${data.alsoOnLines.length > 1 ? "s" : ""} ${lines}.` : "";
  return `${expr}: ${lack}${guess} Its ${table ? "columns" : "fields"}: ${list}.${also}`;
}

const show = (value: unknown, locale: Locale): string => {
  if (value === undefined || typeof value === "symbol") return "undefined";
  const quoted = locale === "zh" ? `“${value}”` : `"${value}"`;
  const text = typeof value === "string" ? quoted : (JSON.stringify(value) ?? String(value));
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

/** Writes a template problem's message in Chinese or English. */
export function templateMessage(code: TemplateProblemCode, f: MessageFacts, locale: Locale): string {
  const expr = f.expression ?? "";
  const at = f.dataPath ? (locale === "zh" ? `（数据 ${f.dataPath}）` : ` (data ${f.dataPath})`) : "";
  const zh = locale === "zh";
  switch (code) {
    case "template_syntax":
      return zh ? `模板表达式写法有误：${f.detail}` : `bad template expression: ${f.detail}`;
    case "unknown_helper":
      return zh
        ? `${expr}：没有名为 ${f.helper} 的助手（可用：${f.detail}）`
        : `${expr}: there is no helper named ${f.helper} (known: ${f.detail})`;
    case "unsupported_syntax":
      return zh ? `${expr}：gongwen 模板不支持 ${f.detail}` : `${expr}: gongwen templates do not support ${f.detail}`;
    case "bad_directive":
      return zh
        ? `${expr}：each / if / unless 的值应是数据字段的路径，如 projects 或 county.projects`
        : `${expr}: the value of each / if / unless must be a data path such as projects or county.projects`;
    case "unknown_variable":
      return zh ? `${expr}：数据中没有这个字段${at}` : `${expr}: no such field in the data${at}`;
    case "empty_value":
      return zh
        ? `${expr}：“${f.dataPath}”的值是空的（数据中这一项没有填写）；允许为空时，请在模板的 data: 中给它一个默认值`
        : `${expr}: the value of "${f.dataPath}" is empty (not filled in the data); if it may be, give it a default in the template's data: block`;
    case "field_not_in_data":
      return f.data ? notInDataMessage(expr, f.dataPath ?? "", f.data, zh) : `${expr}: ${f.dataPath}`;
    case "helper_missing":
      return zh ? `${expr}：数据缺少这个值${at}` : `${expr}: the data has no value here${at}`;
    case "helper_not_a_number":
      return zh
        ? `${expr}：${f.helper} 需要数字，数据是 ${show(f.value, locale)}${at}`
        : `${expr}: ${f.helper} needs a number; the data holds ${show(f.value, locale)}${at}`;
    case "helper_not_an_integer":
      return zh
        ? `${expr}：${f.helper} 需要从 1 起的整数，数据是 ${show(f.value, locale)}${at}`
        : `${expr}: ${f.helper} needs a whole number from 1; the data holds ${show(f.value, locale)}${at}`;
    case "helper_zero_base":
      return zh
        ? `${expr}：${f.helper} 的基数（上年数或目标数）为零，无法计算${at}`
        : `${expr}: the base of ${f.helper} (last year's value or the target) is zero${at}`;
    case "helper_bad_date":
      return zh
        ? `${expr}：不是日期：${show(f.value, locale)}（应写作 2024-01-09 或 2024年1月9日）${at}`
        : `${expr}: not a date: ${show(f.value, locale)} (write 2024-01-09)${at}`;
    case "helper_bad_option":
      return zh
        ? `${expr}：${f.helper} 的选项 ${f.detail} 取值 ${show(f.value, locale)} 不合适`
        : `${expr}: option ${f.detail} of ${f.helper} cannot be ${show(f.value, locale)}`;
    case "helper_too_many_arguments":
      return zh ? `${expr}：${f.helper} 的参数太多` : `${expr}: too many arguments for ${f.helper}`;
    case "helper_not_a_list":
      return zh
        ? `${expr}：需要一组数据（列表），数据是 ${show(f.value, locale)}${at}`
        : `${expr}: needs a list; the data holds ${show(f.value, locale)}${at}`;
  }
}
