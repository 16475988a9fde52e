import { msg } from "../scan.js";
import type { TextFinding, TextRule } from "../types.js";

const SENTENCE_END = /[。？！…]$/;
const CLOSED_SENTENCE = /[。？！…][”’）》]+$/;

/** `lead-ending`: the lead sentence of an initiative ends with `。`. */
export const leadEnding: TextRule = {
  id: "lead-ending",
  scope: "text",
  severity: "error",
  fixable: true,
  kinds: ["lead"],
  summary: msg("举措主题句以句号结尾：“一是深化改革。”", "an initiative's lead ends with 。"),
  rationale:
    "GB/T 9704-2012 7.3.3 之后的通行排法：第三、四层标题和“一是”“1.”引出的主题句与正文接排，主题句加粗并以句号结尾，正文紧接其后。主题句不以句号结尾，加粗的主题句和正文就连成一句。以汉字、数字或引号括号结尾时补一个句号；以逗号、分号结尾时改为句号；以冒号结尾的（引出下文）只报告。",
  wrong: [
    { text: "深化城市医院对口帮扶", kind: "lead", fixed: "深化城市医院对口帮扶。" },
    { text: "推动中医药特色发展；", kind: "lead", fixed: "推动中医药特色发展。" },
    { text: "重点抓好以下工作：", kind: "lead" },
  ],
  right: [
    { text: "深化城市医院对口帮扶。", kind: "lead" },
    { text: "实施“健康细胞”工程。", kind: "lead" },
  ],
  check(field) {
    const { text } = field;
    if (SENTENCE_END.test(text) || CLOSED_SENTENCE.test(text)) return [];
    const last = text.length - 1;
    const end = text[last] as string;
    const message = msg(`举措主题句应以句号“。”结尾。`, "an initiative's lead ends with a full stop 。.");
    if (end === "：" || end === ":") return [{ start: last, end: text.length, message }];
    if ("，；、,;".includes(end)) {
      return [{ start: last, end: text.length, message, fix: { start: last, end: text.length, text: "。" } }];
    }
    return [{ start: last, end: text.length, message, fix: { start: text.length, end: text.length, text: "。" } }];
  },
};

/** `title-ending`: titles carry no closing punctuation. */
export const titleEnding: TextRule = {
  id: "title-ending",
  scope: "text",
  severity: "error",
  fixable: true,
  kinds: ["title", "heading"],
  summary: msg(
    "标题末尾不加标点：一、二级标题和文件标题不以“。”结尾",
    "no full stop after a title or a level 1–2 heading",
  ),
  rationale:
    "GB/T 9704-2012 7.3.1 规定标题居中排布、回行时词意完整；标题是名称而不是句子，按公文通行规范末尾不加标点。7.3.3 的一级“一、”、二级“（一）”标题单独成行，同样不加句号；第三、四层标题常与正文接排，以句号结尾是允许的。标题末尾的逗号、顿号、分号、冒号在任何层级都是残留，删去即可。",
  wrong: [
    { text: "健康青溪建设扎实推进。", kind: "heading", fixed: "健康青溪建设扎实推进" },
    { text: "青溪县卫生健康局2023年工作总结。", kind: "title", fixed: "青溪县卫生健康局2023年工作总结" },
    { text: "医疗服务能力持续增强，", kind: "heading", fixed: "医疗服务能力持续增强" },
  ],
  right: [{ text: "健康青溪建设扎实推进", kind: "heading" }],
  check(field) {
    const { text } = field;
    const m = /[。，、；：,;:]+$/.exec(text);
    if (!m || m[0].length === text.length) return [];
    const runIn = field.kind === "heading" && (field.level ?? 1) >= 3;
    if (runIn && m[0] === "。") return [];
    const finding: TextFinding = {
      start: m.index,
      end: text.length,
      message: msg(`标题末尾不加标点“${m[0]}”。`, `no "${m[0]}" at the end of a title.`),
      fix: { start: m.index, end: text.length, text: "" },
    };
    return [finding];
  },
};
