import { outsideGb2312 } from "@gongwen/schema";
import { msg } from "../scan.js";
import type { TextFinding, TextRule } from "../types.js";

/** The built-in DOCX profile whose fonts (仿宋, 楷体) cover GBK; named in the message. */
const PROFILE = "gbt9704Gbk";

/**
 * `font-coverage`: characters the `_GB2312` fonts of the default DOCX profile lack (喆, 堃, 昇 …).
 * The linter does not know the profile a report will be rendered with; an office that renders
 * with 仿宋 or the 方正_GBK fonts turns the rule off (`gongwen render` warns per profile).
 */
export const fontCoverage: TextRule = {
  id: "font-coverage",
  scope: "text",
  severity: "warning",
  fixable: false,
  kinds: ["title", "heading", "lead", "text", "paragraph", "caption", "cell", "name", "docNumber"],
  summary: msg(
    "GB 2312 以外的字：_GB2312 字体里没有，Word 会换用别的字体",
    "characters outside GB 2312: the _GB2312 fonts lack them",
  ),
  rationale:
    "GB/T 9704-2012 的默认版式用仿宋_GB2312、楷体_GB2312，这些字体只有 GB 2312 的 6763 个汉字。人名、地名里常见的“喆、堃、昇、珺、镕”等字不在其中，Word 会用别的字体显示这些字，同一行里字形不一，打印出来一眼就能看出。改用不带 _GB2312 的仿宋、楷体（版式 gbt9704Gbk，或方正_GBK 字体的 fangzhengGbk）即可；已经用这些字体的单位可以在配置里关掉本规则。",
  wrong: [
    { text: "王喆同志牵头负责。", kind: "paragraph" },
    { text: "青溪县堃山镇人民政府", kind: "name" },
  ],
  right: [{ text: "王哲同志牵头负责，2023年完成投资1.82亿元。" }],
  check(field) {
    return outsideGb2312(field.text).map(
      ({ char, index }): TextFinding => ({
        start: index,
        end: index + char.length,
        message: msg(
          `“${char}”不在 GB 2312 字符集中，仿宋_GB2312 等 _GB2312 字体没有这个字；请改用不带 _GB2312 的版式（gongwen render --profile ${PROFILE}）。`,
          `"${char}" is outside GB 2312: the _GB2312 fonts lack it; use a profile without them (gongwen render --profile ${PROFILE}).`,
        ),
      }),
    );
  },
};
