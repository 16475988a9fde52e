import { toExact } from "./decimal.js";
import { format, ratio } from "./figures.js";
import { digitsOption, type Hash, NOT_GIVEN, textOption } from "./options.js";

/**
 * `{{yoy current previous}}` — year-on-year wording from two values, or `{{yoy rate}}` from a rate
 * in percent: `{{yoy 112.3 100}}` → `同比增长12.3%`, `{{yoy -4.5}}` → `同比下降4.5%` (never
 * `下降-4.5%`), a change that rounds to zero → `与上年持平`. Options: `digits=1`, `trim=true`,
 * `prefix="同比"` (or `"比上年"`), `up="增长"`, `down="下降"`, `flat="与上年持平"`.
 * A previous value of zero has no rate: an error.
 */
export function yoy(current: unknown, previous: unknown, hash: Hash): string {
  const digits = digitsOption(hash.digits, 1);
  const rate = previous === NOT_GIVEN ? toExact(current, 0) : ratio(current, previous).minus(100);
  const size = format(rate.abs(), hash, digits);
  if (Number(size.replace(/,/g, "")) === 0) return textOption(hash, "flat", "与上年持平");
  const prefix = textOption(hash, "prefix", "同比");
  const verb = rate.isNegative() ? textOption(hash, "down", "下降") : textOption(hash, "up", "增长");
  return `${prefix}${verb}${size}%`;
}

/**
 * `{{points rate previousRate}}` — the difference of two rates in 百分点:
 * `{{points 45.8 43.6}}` → `提高2.2个百分点`, `{{points 3.1 3.5}}` → `下降0.4个百分点`, equal at the
 * given decimals → `持平`. Options: `digits=1`, `trim=true`, `up="提高"`, `down="下降"`, `flat="持平"`.
 */
export function points(rate: unknown, previous: unknown, hash: Hash): string {
  const difference = toExact(rate, 0).minus(toExact(previous, 1));
  const size = format(difference.abs(), hash, digitsOption(hash.digits, 1));
  if (Number(size) === 0) return textOption(hash, "flat", "持平");
  const verb = difference.isNegative() ? textOption(hash, "down", "下降") : textOption(hash, "up", "提高");
  return `${verb}${size}个百分点`;
}

/**
 * `{{rate actual target}}` — 完成率, the actual as a percentage of the target, over 100% allowed:
 * `{{rate 2250 2000}}` → `112.5%`. Options: `digits=1`, `trim=true`. A target of zero is an error.
 */
export function rate(actual: unknown, target: unknown, hash: Hash): string {
  return `${format(ratio(actual, target), hash, digitsOption(hash.digits, 1))}%`;
}

/**
 * `{{completion actual target}}` — how a target was met: below it `完成年度目标的87.5%`, exactly
 * `完成年度目标`, above it `完成年度目标的112.5%，超额完成`. Options: `digits=1`, `trim=true`,
 * `goal="年度目标"` (or `"年度任务"`, `"计划"` …).
 */
export function completion(actual: unknown, target: unknown, hash: Hash): string {
  const goal = textOption(hash, "goal", "年度目标");
  const percent = ratio(actual, target);
  const size = format(percent, hash, digitsOption(hash.digits, 1));
  const cmp = percent.comparedTo(100);
  if (cmp === 0) return `完成${goal}`;
  return cmp > 0 ? `完成${goal}的${size}%，超额完成` : `完成${goal}的${size}%`;
}
