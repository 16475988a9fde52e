import { CHINESE_NUMERAL } from "../chars.js";
import { msg } from "../scan.js";
import type { TextFinding, TextRule } from "../types.js";
import { HALF_PAREN_NUMBER, ITEM_START } from "./numbering-forms.js";

const CN = `${CHINESE_NUMERAL}+`;
/** `1、` at the start of an item (`1、2月份` is two months, not an item). */
const DIGIT_DUNHAO = new RegExp(`${ITEM_START}(\\d{1,3})、(?![0-9０-９])`, "gu");
/** `一.` at the start of an item. */
const CHINESE_DOT = new RegExp(`${ITEM_START}(${CN})[.．](?![0-9０-９])`, "gu");
/** `（一）、` `（1）.`: a bracketed number takes no mark after it. */
const BRACKET_AND_MARK = new RegExp(`${ITEM_START}([（(](?:${CN}|\\d{1,3})[)）])([、.．，,])`, "gu");

/**
 * Findings for a number (group 1 of `pattern`) followed by a wrong mark: the finding covers the
 * number and the mark, and the fix replaces only the mark (by `replacement`, or removes it).
 */
function wrongMarks(
  text: string,
  pattern: RegExp,
  from: number,
  replacement: string,
  message: (label: string, mark: string) => TextFinding["message"],
): TextFinding[] {
  const out: TextFinding[] = [];
  for (const m of text.matchAll(pattern)) {
    if (m.index < from) continue;
    const label = m[1] as string;
    const at = m.index + label.length;
    out.push({
      start: m.index,
      end: at + 1,
      message: message(label, text[at] as string),
      fix: { start: at, end: at + 1, text: replacement },
    });
  }
  return out;
}

/** `numbering-mark`: numbering marks of the wrong form inside running text. */
export const numberingMark: TextRule = {
  id: "numbering-mark",
  scope: "text",
  severity: "error",
  fixable: true,
  kinds: ["paragraph", "text", "lead"],
  summary: msg(
    "序号形式：“1.”不写“1、”，“一、”不写“一.”，“（1）”不写“1）”，括号序号后不加标点",
    "numbering marks: 1. not 1、, 一、 not 一., （1） not 1）, nothing after a bracketed number",
  ),
  rationale:
    "GB/T 9704-2012 7.3.3 规定的序数形式是“一、”“（一）”“1.”“（1）”：汉字数字后用顿号，阿拉伯数字后用下脚点，括号序号后不再加任何标点。“1、”“一.”“1）”“（一）、”都是常见的错误形式，修正只改标记本身。只检查句首或句号、分号、冒号之后的序号，“1、2月份”这样的并列数字不算。",
  wrong: [
    { text: "主要做法：1、完善体系建设；2、强化人才支撑。", fixed: "主要做法：1.完善体系建设；2.强化人才支撑。" },
    { text: "一.坚持问题导向，补齐短板。", fixed: "一、坚持问题导向，补齐短板。" },
    { text: "1）完善应急预案。", fixed: "（1）完善应急预案。" },
    { text: "（一）、强化组织领导。", fixed: "（一）强化组织领导。" },
  ],
  right: [{ text: "1、2月份门诊量同比增长9.87%。" }, { text: "（1）完善应急预案；（2）加强演练。" }],
  check(field) {
    const { text } = field;
    // A number at the very start of a lead (or of a text without lead) is title-numbering's.
    const from = field.kind === "lead" || (field.kind === "text" && !field.afterLead) ? 1 : 0;
    const out: TextFinding[] = [];
    out.push(
      ...wrongMarks(text, DIGIT_DUNHAO, from, ".", (n) =>
        msg(`序号“${n}、”应写作“${n}.”。`, `numbering "${n}、" should be "${n}.".`),
      ),
      ...wrongMarks(text, CHINESE_DOT, from, "、", (n, mark) =>
        msg(`序号“${n}${mark}”应写作“${n}、”。`, `numbering "${n}${mark}" should be "${n}、".`),
      ),
    );
    for (const m of text.matchAll(HALF_PAREN_NUMBER)) {
      if (m.index < from) continue;
      const n = m[1] as string;
      const end = m.index + m[0].length;
      out.push({
        start: m.index,
        end,
        message: msg(
          `序号“${m[0]}”缺少左括号，应写作“（${n}）”。`,
          `numbering "${m[0]}" lacks its opening bracket: "（${n}）".`,
        ),
        fix: { start: m.index, end, text: `（${n}）` },
      });
    }
    out.push(
      ...wrongMarks(text, BRACKET_AND_MARK, from, "", (label, mark) =>
        msg(`序号“${label}”后面不加标点“${mark}”。`, `no mark after the number "${label}".`),
      ),
    );
    return out.sort((a, b) => a.start - b.start);
  },
};
