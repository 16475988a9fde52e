import { isChinese, isSpace } from "../chars.js";
import { protectedMask } from "../protect.js";
import { msg } from "../scan.js";
import type { TextFinding, TextRule } from "../types.js";

/**
 * Marks that end or pause a sentence, in either width (punctuation-width makes the half-width ones
 * full-width in the same run), and `.` itself: a `.` beside one of them is deleted, not replaced.
 */
const MARK = /^[。，、；：？！,;:?!.]$/;

/** What stands after index `i` once spaces are skipped, or undefined at the end of the text. */
function nextVisible(text: string, i: number): string | undefined {
  for (let j = i + 1; j < text.length; j++) if (!isSpace(text[j])) return text[j];
  return undefined;
}

/** `sentence-period`: a half-width `.` ending a Chinese sentence. */
export const sentencePeriod: TextRule = {
  id: "sentence-period",
  scope: "text",
  severity: "error",
  fixable: true,
  kinds: ["lead", "text", "paragraph", "caption", "cell", "name"],
  summary: msg("中文句子末尾的半角句点“.”应为句号“。”", 'a half-width "." ending a Chinese sentence: write "。"'),
  rationale:
    "GB/T 15834-2011 4.1：陈述句末尾用句号“。”；中文里的半角“.”是输入法切换留下的错误，排版后又小又偏，审核时一眼可见。汉字或中文标点后面紧跟的“.”（其后不紧跟数字、字母）改为“。”；若它旁边已有句号、逗号等点号，则删去“.”，不会改出“.。”“。。”这样的连用。数字中的小数点（52.36）、序号（1.）、英文缩写（etc.）和连写的“...”不检查。",
  wrong: [
    { text: "全年新建村卫生室17家.", fixed: "全年新建村卫生室17家。" },
    { text: "新建村卫生室17家.改造公厕58座。", fixed: "新建村卫生室17家。改造公厕58座。" },
    { text: "全面完成年度任务.。", fixed: "全面完成年度任务。" },
    { text: "全面完成年度任务。.", fixed: "全面完成年度任务。" },
  ],
  right: [
    { text: "全县粮食播种面积52.36万亩。" },
    { text: "推广 smart farming 等新模式，etc." },
    { text: "详见附件1.《指标表》。" },
    { text: "等等..." },
  ],
  check(field) {
    const { text } = field;
    if (!text.includes(".")) return [];
    const mask = protectedMask(text);
    const out: TextFinding[] = [];
    for (let i = 0; i < text.length; i++) {
      if (text[i] !== "." || mask[i]) continue;
      const before = text[i - 1];
      const after = text[i + 1];
      // A decimal point or a Latin abbreviation goes on with a figure or a letter: `.52`, `.com`.
      if (!isChinese(before) || /[0-9A-Za-z.]/.test(after ?? "")) continue;
      const next = nextVisible(text, i);
      const beside = MARK.test(before ?? "") || MARK.test(next ?? "");
      out.push({
        start: i,
        end: i + 1,
        message: msg("中文句末的半角“.”应为句号“。”。", 'a half-width "." ends a Chinese sentence: write "。".'),
        fix: { start: i, end: i + 1, text: beside ? "" : "。" },
      });
    }
    return out;
  },
};
