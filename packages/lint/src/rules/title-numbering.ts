import { msg } from "../scan.js";
import type { TextFinding, TextRule } from "../types.js";
import { TYPED_NUMBER } from "./numbering-forms.js";

/** `title-numbering`: a number typed into a section title or an initiative's lead. */
export const titleNumbering: TextRule = {
  id: "title-numbering",
  scope: "text",
  severity: "error",
  fixable: true,
  kinds: ["heading", "lead", "text"],
  summary: msg(
    "标题和举措主题句里不写编号：“一、”“（一）”“1.”“一是”由程序自动加",
    "no number typed into a title or a lead: the writers add 一、（一）1. and 一是",
  ),
  rationale:
    "GB/T 9704-2012 7.3.3：结构层次序数依次用“一、”“（一）”“1.”“（1）”标注。gongwen 按小节的层级和位置自动编号，举措按本节的编号方式自动加“一是”“1.”“（1）”。作者在标题或主题句里再写一遍编号，排出来就成了“一、一、……”，调整顺序后还会错号。修正时删去手写的编号。",
  wrong: [
    { text: "一、健康青溪建设扎实推进", kind: "heading", fixed: "健康青溪建设扎实推进" },
    { text: "（二）医疗服务能力持续增强", kind: "heading", fixed: "医疗服务能力持续增强" },
    { text: "1.完善应急体系。", kind: "lead", fixed: "完善应急体系。" },
    { text: "一是深化城市医院对口帮扶。", kind: "lead", fixed: "深化城市医院对口帮扶。" },
  ],
  right: [
    { text: "健康青溪建设扎实推进", kind: "heading" },
    { text: "三农工作取得新成效", kind: "heading" },
    { text: "1.5倍于上年的投入见效明显。", kind: "lead" },
  ],
  check(field) {
    if (field.kind === "text" && field.afterLead) return [];
    const match = TYPED_NUMBER.exec(field.text);
    if (!match) return [];
    const typed = match[0];
    const where = field.kind === "heading" ? msg("标题", "a title") : msg("举措", "an initiative");
    const finding: TextFinding = {
      start: 0,
      end: typed.trimEnd().length,
      message: msg(
        `${where.zh}里不要手写编号“${typed.trim()}”：程序会自动编号，请删去。`,
        `do not type the number "${typed.trim()}" into ${where.en}: the writers number it; remove it.`,
      ),
    };
    // A title that is nothing but a number keeps it: removing it would leave no title.
    if (typed.length < field.text.length) finding.fix = { start: 0, end: typed.length, text: "" };
    return [finding];
  },
};
