import { isLatinLetter } from "../chars.js";
import { msg } from "../scan.js";
import type { TextFinding, TextRule } from "../types.js";

/**
 * Two numbers joined by a dash or tilde and followed by a unit: `5%-95%`, `1-9月`, `3~5年`,
 * `100-150万元`. Group 1/2 the first number and its sign, 3 the joiner with its spaces, 4/5 the
 * second number and its sign.
 */
const RANGE =
  /(?<![A-Za-z\d.\-－/～~〜—_])(\d+(?:\.\d+)?)([%‰]?)(\s*[-－~〜～—]\s*)(\d+(?:\.\d+)?)([%‰]?)(?:(?<=[%‰])|(?=\p{Script=Han}))/gu;

/** The unit after a range, for the message (`10～20公里`, `100～150万元`). */
const UNIT =
  /^(?:个百分点|个月|平方米|平方公里|立方米|万元|亿元|千元|公里|千米|万亩|万人|小时|[年月日时点号元米亩人户家个项次天周岁倍台套辆吨万亿])/u;

/** Units after which a range is one of time (GB/T 15834 4.13: 一字线), not of quantity. */
const TIME_UNIT = /^(?:月|日|时|点|号)/;

function isYear(n: string): boolean {
  return /^\d{4}$/.test(n) && Number(n) >= 1900 && Number(n) <= 2100;
}

/** True when the number is a code (`GB/T 9704-2012`, `0577-12345678`), not a quantity. */
function isCode(text: string, start: number, first: string, second: string): boolean {
  let j = start - 1;
  while (j >= 0 && text[j] === " ") j--;
  if (isLatinLetter(text[j]) || text[j] === "/") return true;
  if (/^0\d/.test(first)) return true;
  return /^\d{5,}$/.test(second);
}

/** `range-dash`: numeric ranges joined by a hyphen, and ranges of percentages missing a sign. */
export const rangeDash: TextRule = {
  id: "range-dash",
  scope: "text",
  severity: "warning",
  fixable: true,
  kinds: ["title", "heading", "lead", "text", "paragraph", "caption", "cell", "name"],
  summary: msg(
    "数值范围用浪纹线“～”（5%～95%），时间范围用一字线“—”（1—9月），不用短横线“-”",
    "ranges of values take ～ (5%～95%), ranges of time — (1—9月), never a hyphen",
  ),
  rationale:
    "GB/T 15834-2011 4.13（连接号）：短横线“-”只用于编号、型号、全数字日期（2011-02-15）等的内部连接；标示数值范围的起止一般用浪纹线“～”（25～30g），标示时间、地域等的起止一般用一字线“—”（2011年2月3日—10日），也可用浪纹线。因此 `5%-95%`、`100-150万元`、`3-5年` 改为“～”，`1-9月`、`2023-2024年` 改为“—”（已写作“～”的时间范围不报告）；半角“~”改为全角“～”。GB/T 15835-2011：百分数范围前后两个数值的百分号都不能省略（15%～30%，不写作15～30%），缺少的百分号只报告，由作者补上。负数（`-29.8%`）、全数字日期、标准编号（GB/T 9704-2012）和电话号码不在此列；前大后小的 `5-3班`、`3-1`（比分）、`3-2号楼` 是名称和比分，不是范围，也不动。",
  wrong: [
    { text: "达标率保持在5%-95%之间。", fixed: "达标率保持在5%～95%之间。" },
    { text: "1-10月全县门诊量增长8.4%。", fixed: "1—10月全县门诊量增长8.4%。" },
    { text: "每年投入100~150万元。", fixed: "每年投入100～150万元。" },
    { text: "覆盖率提高5～10%。" },
  ],
  right: [
    { text: "达标率保持在5%～95%之间，1—9月增长-29.8%。" },
    { text: "执行GB/T 9704-2012，于2024-01-09印发，电话0577-12345678。" },
    { text: "2023—2024年度、3～5年内完成。" },
  ],
  check(field) {
    const { text } = field;
    if (!/\d[%‰]?\s*[-－~〜～—]\s*\d/.test(text)) return [];
    const out: TextFinding[] = [];
    for (const m of text.matchAll(RANGE)) {
      const [whole, first = "", firstSign = "", joiner = "", second = "", secondSign = ""] = m;
      if (isCode(text, m.index, first, second)) continue;
      // A range runs upwards: `5-3班`, `3-1` (a score), `3-2号楼` are names and scores, not ranges.
      if (Number(first) >= Number(second)) continue;
      const mark = joiner.trim();
      const after = text.slice(m.index + whole.length);
      const time = (!secondSign && TIME_UNIT.test(after)) || (isYear(first) && isYear(second));
      const joinAt = m.index + first.length + firstSign.length;
      const wrongMark = mark === "-" || mark === "－" || mark === "~" || mark === "〜" || joiner !== mark;
      if (wrongMark) {
        const to = time && (mark === "-" || mark === "－" || mark === "—") ? "—" : "～";
        const unit = secondSign ? "" : (UNIT.exec(after)?.[0] ?? "");
        out.push({
          start: m.index,
          end: m.index + whole.length,
          message: msg(
            `${time ? "时间" : "数值"}范围“${whole}${unit}”应写作“${first}${firstSign}${to}${second}${secondSign}${unit}”。`,
            `write the ${time ? "time" : "value"} range "${whole}${unit}" as "${first}${firstSign}${to}${second}${secondSign}${unit}".`,
          ),
          fix: { start: joinAt, end: joinAt + joiner.length, text: to },
        });
      }
      if (!firstSign && secondSign) {
        out.push({
          start: m.index,
          end: joinAt,
          message: msg(
            `百分数范围两端都要带“${secondSign}”：写作“${first}${secondSign}～${second}${secondSign}”。`,
            `both ends of a percentage range take "${secondSign}": "${first}${secondSign}～${second}${secondSign}".`,
          ),
        });
      }
    }
    return out;
  },
};
