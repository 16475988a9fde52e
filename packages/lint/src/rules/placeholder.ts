import { msg } from "../scan.js";
import type { TextFinding, TextRule } from "../types.js";

/** Chinese numerals around ○○ make it a year (二○○八年), not a placeholder. */
const NUMERAL = /[零〇○一二三四五六七八九十]/;

const PATTERNS: RegExp[] = [
  /(?<![A-Za-z])[Xx]{2,}(?![A-Za-z])/g,
  /[×＊*]{2,}/g,
  /[○◯□△]{2,}/g,
  /某某/g,
  /[【[［(（<〈]\s*待(?:补充|填写?|定|完善|核实|确认|更新)\s*[】\]］)）>〉]|待补充|待填写/g,
  /\b(?:TODO|TBD|FIXME)\b/g,
  /\{\{[^{}]*\}\}|\$\{[^{}]*\}/g,
  // The instructions `gongwen init` writes into its templates' texts.
  /在此填写|可以这样分行写/g,
];

/** `placeholder`: template placeholders left unfilled. */
export const placeholder: TextRule = {
  id: "placeholder",
  scope: "text",
  severity: "error",
  fixable: false,
  kinds: ["title", "heading", "lead", "text", "paragraph", "caption", "cell", "name", "docNumber", "code"],
  summary: msg(
    "模板占位符没有替换：XX、××、○○、某某、【待补充】、TODO、{{…}}、模板里的“在此填写……”",
    "template placeholders left: XX, ××, ○○, 某某, 【待补充】, TODO, {{…}}, the template's 在此填写……",
  ),
  rationale:
    "报告多由上一年的文件或模板改写而来，“XX市”“××万元”“【待补充】”这样的占位符漏改，是审核时最尴尬的错误，公开发布后还会被转载。占位符要由作者填上真实内容，不能自动修改。gongwen init 写出的模板里“在此填写……”“较长的内容可以这样分行写”这样的说明文字同样是占位符。“二○○八年”里的“○○”是数字，不报告。",
  wrong: [
    { text: "XX县卫生健康局", kind: "name" },
    { text: "全年投入××万元，完成率○○%。" },
    { text: "联系人：某某，电话【待补充】。" },
    { text: "建成{{数量}}家规范化卫生室。TODO" },
    { text: "在此填写具体做法和成效。" },
  ],
  right: [{ text: "二○○八年建成，XXL 号病号服配齐。" }, { text: "某企业完成改造。" }],
  check(field) {
    const { text } = field;
    const out: TextFinding[] = [];
    for (const pattern of PATTERNS) {
      for (const m of text.matchAll(pattern)) {
        const end = m.index + m[0].length;
        if (m[0][0] === "○" && (NUMERAL.test(text[m.index - 1] ?? "") || NUMERAL.test(text[end] ?? ""))) continue;
        out.push({
          start: m.index,
          end,
          message: msg(
            `模板占位符“${m[0]}”没有替换，请填上实际内容。`,
            `the placeholder "${m[0]}" was never filled in.`,
          ),
        });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
