import { msg } from "../scan.js";
import type { TextFinding, TextRule } from "../types.js";

/** Spaces between a Han character and a figure, or a figure and a Han character. */
const SPACE_BY_FIGURE =
  /(?<=\p{Script=Han})[ \u00a0\u3000]+(?=[0-9０-９])|(?<=[0-9０-９%％])[ \u00a0\u3000]+(?=\p{Script=Han})/gu;

/** True when the figure before `start` belongs to a Latin name (`Windows 10 系统`). */
function afterLatinName(text: string, start: number): boolean {
  let j = start - 1;
  while (j >= 0 && /[0-9０-９.%％]/.test(text[j] as string)) j--;
  return text[j] === " " && /[A-Za-z]/.test(text[j - 1] ?? "");
}

/** `figure-space`: a space between Chinese text and a figure (`面积 52.36 万亩`). */
export const figureSpace: TextRule = {
  id: "figure-space",
  scope: "text",
  severity: "warning",
  fixable: true,
  kinds: ["title", "heading", "lead", "text", "paragraph", "caption", "cell", "name"],
  summary: msg(
    "汉字与数字之间的空格（“面积 52.36 万亩”）",
    "spaces between Chinese text and figures (面积 52.36 万亩)",
  ),
  rationale:
    "公文的数字与汉字之间不加空格（GB/T 15835-2011 用例“52.36万亩”“2024年”均连写）：网页排版习惯的“盘古之白”或从 PDF 复制时留下的空格，排在公文里是明显的空隙。删去空格不改变意思。数字属于英文名称时（“Windows 10 系统”）不检查。",
  wrong: [
    { text: "全县粮食播种面积 52.36 万亩。", fixed: "全县粮食播种面积52.36万亩。" },
    { text: "增长 7.4%，居全市第 2 位。", fixed: "增长7.4%，居全市第2位。" },
  ],
  right: [{ text: "全县粮食播种面积52.36万亩。" }, { text: "Windows 10 系统全部升级。" }],
  check(field) {
    const { text } = field;
    const out: TextFinding[] = [];
    for (const m of text.matchAll(SPACE_BY_FIGURE)) {
      const end = m.index + m[0].length;
      if (/\p{Script=Han}/u.test(text[end] ?? "") && afterLatinName(text, m.index)) continue;
      out.push({
        start: m.index,
        end,
        message: msg("汉字与数字之间不加空格。", "no space between Chinese text and a figure."),
        fix: { start: m.index, end, text: "" },
      });
    }
    return out;
  },
};
