import { formatChineseDate, parseDate } from "@gongwen/schema";
import Nzh from "nzh";
import { Exact, formatFigure, toExact } from "./decimal.js";
import { HelperError } from "./helper-error.js";
import { type Hash, NOT_GIVEN, textOption } from "./options.js";

/** The largest magnitude written in Chinese numerals or 大写金额: below 10¹⁶ (千万亿), as nzh writes them. */
export const MAX_CHINESE_NUMBER = new Exact("1e16");

function bounded(value: unknown, argument: number): Exact {
  const exact = toExact(value, argument);
  if (exact.abs().gte(MAX_CHINESE_NUMBER)) throw new HelperError("not_a_number", argument, value);
  return exact;
}

/**
 * `{{cn value}}` — a number in Chinese numerals (nzh): `{{cn 12}}` → `十二`, `{{cn 105}}` →
 * `一百零五`, `{{cn -3}}` → `负三`, `{{cn 2.5}}` → `二点五`. Below 10¹⁶ in size.
 */
export function cn(value: unknown): string {
  return Nzh.cn.encodeS(bounded(value, 0).toFixed());
}

/**
 * `{{money value}}` — 大写金额 of an amount in yuan, rounded to 分 (nzh), with 整 after 元 or 角
 * as 会计基础工作规范 §52 asks: `{{money 1234.5}}` → `壹仟贰佰叁拾肆元伍角整`, `{{money 0}}` →
 * `零元整`, negative amounts with 负. Below 10¹⁶ yuan.
 */
export function money(value: unknown): string {
  const amount = formatFigure(bounded(value, 0), { digits: 2, trim: true });
  const words = Nzh.cn.toMoney(amount, { outSymbol: false });
  return /[元角]$/.test(words) ? `${words}整` : words;
}

/**
 * `{{rank position "全市"}}` — a place in a ranking: `{{rank 2 "全市"}}` → `全市第二`; without a
 * scope `第二`. The position is a whole number from 1.
 */
export function rank(position: unknown, scope: unknown, hash: Hash): string {
  const n = toExact(position, 0);
  if (!n.isInteger() || n.lt(1) || n.gte(MAX_CHINESE_NUMBER)) throw new HelperError("not_an_integer", 0, position);
  const where = scope === NOT_GIVEN ? textOption(hash, "scope", "") : scope;
  if (typeof where !== "string") throw new HelperError("bad_option", 1, scope);
  return `${where}第${Nzh.cn.encodeS(n.toFixed())}`;
}

/** Days from the spreadsheet epoch (1899-12-30, which absorbs Lotus's false 1900-02-29) to 1970-01-01. */
const EXCEL_EPOCH_DAYS = 25569;

/**
 * `{{date value}}` — a date as GB/T 9704-2012 §7.3.5.4 writes 成文日期: `{{date "2024-01-09"}}` →
 * `2024年1月9日`. Takes ISO or Chinese text (`2024/1/9`, `2024年1月9日`), a JavaScript Date, or a
 * spreadsheet date serial (`45300` → `2024年1月9日`).
 */
export function date(value: unknown): string {
  if (value === undefined || value === null || value === "") throw new HelperError("missing", 0, value);
  let iso: string | undefined;
  if (value instanceof Date && !Number.isNaN(value.getTime())) iso = value.toISOString().slice(0, 10);
  else if (typeof value === "number" && Number.isInteger(value) && value > 0 && value < 2958466) {
    iso = new Date((value - EXCEL_EPOCH_DAYS) * 86_400_000).toISOString().slice(0, 10);
  } else if (typeof value === "string") iso = parseDate(value);
  if (iso === undefined) throw new HelperError("bad_date", 0, value);
  return formatChineseDate(iso);
}
