import { isChinese, isChinesePunctuation } from "../chars.js";
import { msg } from "../scan.js";
import type { TextFinding, TextRule } from "../types.js";

const ALL_KINDS = [
  "title",
  "heading",
  "lead",
  "text",
  "paragraph",
  "caption",
  "cell",
  "name",
  "docNumber",
  "date",
  "code",
] as const;

const FULL_ALNUM = /[０-９Ａ-Ｚａ-ｚ]/;
const ALNUM_RUN = /[0-9０-９Ａ-Ｚａ-ｚA-Za-z．]*[０-９Ａ-Ｚａ-ｚ][0-9０-９Ａ-Ｚａ-ｚA-Za-z．]*|(?<=[0-9])．(?=[0-9])/g;

/** The half-width form of characters `start` to `end` of a text (a `．` turns into `.` between digits). */
function toHalfWidth(text: string, start: number, end: number): string {
  let out = "";
  for (let i = start; i < end; i++) {
    const ch = text[i] as string;
    const c = ch.charCodeAt(0);
    if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) {
      out += String.fromCharCode(c - 0xfee0);
    } else if (ch === "．" && /[0-9０-９]/.test(text[i - 1] ?? "") && /[0-9０-９]/.test(text[i + 1] ?? "")) {
      out += ".";
    } else {
      out += ch;
    }
  }
  return out;
}

/** `fullwidth-alnum`: digits and Latin letters typed in their full-width forms. */
export const fullwidthAlnum: TextRule = {
  id: "fullwidth-alnum",
  scope: "text",
  severity: "error",
  fixable: true,
  kinds: ALL_KINDS,
  summary: msg("全角数字和字母：写“2023”，不写“２０２３”", "full-width digits and letters: 2023, not ２０２３"),
  rationale:
    "GB/T 15835-2011 用阿拉伯数字表示数量、日期，公文中数字和外文字母使用半角形式（GB/T 9704-2012 排版时数字用 Times New Roman 等西文字体）。全角数字“２０２３”在 Word 里取中文字体、每个占一个字宽，与同一段里的半角数字参差不齐，检索和统计时也对不上。换成半角不改变内容；数字之间的全角点“．”一并改为小数点。序号“1．”中的全角点是允许的，不改。",
  wrong: [
    { text: "２０２３年完成投资１．８２亿元。", fixed: "2023年完成投资1.82亿元。" },
    { text: "县人民医院创成ＡＡＡ级单位。", fixed: "县人民医院创成AAA级单位。" },
  ],
  right: [{ text: "2023年完成投资1.82亿元，创成AAA级单位。" }, { text: "1．完善体系建设。", kind: "lead" }],
  check(field) {
    if (!FULL_ALNUM.test(field.text) && !field.text.includes("．")) return [];
    const out: TextFinding[] = [];
    for (const m of field.text.matchAll(ALNUM_RUN)) {
      const end = m.index + m[0].length;
      const to = toHalfWidth(field.text, m.index, end);
      if (to === m[0]) continue;
      out.push({
        start: m.index,
        end,
        message: msg(`全角字符“${m[0]}”应改为半角“${to}”。`, `full-width "${m[0]}": write "${to}".`),
        fix: { start: m.index, end, text: to },
      });
    }
    return out;
  },
};

const SPACE_RUN = /[ \t\u00a0\u3000]+/g;
/** Marks that end a pause or a sentence: a space after (or before) one is never wanted, whatever stands beyond it. */
const PAUSE = /^[，。、；：？！]$/;

/** `stray-space`: spaces between Chinese characters or next to Chinese punctuation. */
export const straySpace: TextRule = {
  id: "stray-space",
  scope: "text",
  severity: "warning",
  fixable: true,
  kinds: ["title", "heading", "lead", "text", "paragraph", "caption", "cell", "name", "docNumber"],
  summary: msg(
    "中文字符之间、全角标点前后的多余空格",
    "stray spaces between Chinese characters or around Chinese punctuation",
  ),
  rationale:
    "汉字之间不以空格分词。GB/T 15834-2011 第5章：全角标点本身“占一个字位置”，前后不再加空格。多余的空格多来自网页复制、从 PDF 转出或在 YAML 里把长句折行（普通写法的折行会被 YAML 变成空格；长段落请用“|”块或写在一行）。全角标点前后的空格一定是多余的，删去；逗号、句号、顿号、分号、冒号、问号、叹号与数字或字母之间的空格（把“, ”“: ”改成全角后常留下“， 2024年”“： 0577”）同样删去；两个汉字之间的空格有时是标语的有意分隔（“清洁家园 健康生活”），只报告，由作者改为标点或删去。汉字与数字、字母之间的空格，以及写在引号里的“- ”这类示例，不检查。",
  wrong: [
    { text: "全年新建村卫生室17家， 改造公厕58座 。", fixed: "全年新建村卫生室17家，改造公厕58座。" },
    { text: "一、 健康青溪建设扎实推进", fixed: "一、健康青溪建设扎实推进" },
    {
      text: "全年完成投资1.2亿元， 2024年力争再增10%。咨询电话： 0577-12345678",
      fixed: "全年完成投资1.2亿元，2024年力争再增10%。咨询电话：0577-12345678",
    },
    { text: "县卫生健康 局牵头组织。" },
  ],
  right: [{ text: "全县 GDP 增长5.2%，Windows 10 系统全部升级。" }, { text: "每个以“- ”开头的项是一段。" }],
  check(field) {
    const { text } = field;
    if (!/[ \t\u00a0\u3000]/.test(text)) return [];
    const out: TextFinding[] = [];
    for (const m of text.matchAll(SPACE_RUN)) {
      const end = m.index + m[0].length;
      const before = text[m.index - 1];
      const after = text[end];
      // `电话： 0577…`, `1.2亿元， 2024年`: what the punctuation fixer leaves of `, ` and `: ` before figures.
      const pause = before !== undefined && after !== undefined && (PAUSE.test(before) || PAUSE.test(after));
      if (!pause && (!isChinese(before) || !isChinese(after))) continue;
      const punct = pause || isChinesePunctuation(before) || isChinesePunctuation(after);
      const finding: TextFinding = {
        start: m.index,
        end,
        message: punct
          ? msg("全角标点前后不加空格。", "no space next to Chinese punctuation.")
          : msg(
              "汉字之间多了空格：删去，或有意分隔时改用标点。",
              "a space between Chinese characters: remove it or use punctuation.",
            ),
      };
      if (punct) finding.fix = { start: m.index, end, text: "" };
      out.push(finding);
    }
    return out;
  },
};

/**
 * Characters nobody sees: zero-width spaces and joiners, direction marks, the byte order mark,
 * soft hyphens; and characters XML 1.0 cannot hold (control characters, lone surrogates).
 */
const INVISIBLE =
  /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD\u180E\u2028\u2029]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `invisible-char`: invisible characters and characters not valid in XML. */
export const invisibleChar: TextRule = {
  id: "invisible-char",
  scope: "text",
  severity: "error",
  fixable: true,
  kinds: ALL_KINDS,
  summary: msg(
    "看不见的字符：零宽空格、字节顺序标记、控制字符等",
    "invisible characters: zero-width spaces, byte order marks, control characters",
  ),
  rationale:
    "从网页、微信或其他软件复制来的文字常夹带零宽空格（U+200B）、字节顺序标记（U+FEFF）、软连字符、方向控制符和控制字符。它们看不见，却会让检索、查重和字数统计出错，控制字符和孤立的代理项在 XML 1.0（DOCX 的格式基础）中根本不允许出现。删除它们不改变可见内容。",
  wrong: [{ text: "全年完成\u200b投资1.82亿元。", fixed: "全年完成投资1.82亿元。" }],
  right: [{ text: "全年完成投资1.82亿元。" }],
  check(field) {
    const out: TextFinding[] = [];
    for (const m of field.text.matchAll(INVISIBLE)) {
      const code = `U+${(m[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
      out.push({
        start: m.index,
        end: m.index + 1,
        message: msg(`看不见的字符 ${code}，应删除。`, `invisible character ${code}: remove it.`),
        fix: { start: m.index, end: m.index + 1, text: "" },
      });
    }
    return out;
  },
};
