import { isChinese, isChinesePunctuation, isDigit, isIdeograph, isLatinLetter, isSpace } from "../chars.js";
import { protectedMask } from "../protect.js";
import { charAt, msg, nearestIndex } from "../scan.js";
import type { TextFinding, TextRule } from "../types.js";
import { docNumberBracketIndexes } from "./doc-number-spans.js";

/** The half-width marks this rule turns into their full-width forms. */
export const FULL_WIDTH: Readonly<Record<string, string>> = {
  ",": "，",
  ";": "；",
  ":": "：",
  "?": "？",
  "!": "！",
  "(": "（",
  ")": "）",
};

const NAMES: Record<string, [string, string]> = {
  ",": ["逗号", "comma"],
  ";": ["分号", "semicolon"],
  ":": ["冒号", "colon"],
  "?": ["问号", "question mark"],
  "!": ["叹号", "exclamation mark"],
  "(": ["左括号", "opening bracket"],
  ")": ["右括号", "closing bracket"],
};

const MARKS = new Set([...Object.keys(FULL_WIDTH), ...Object.values(FULL_WIDTH)]);

/** Spaces and the marks themselves (in either form) do not decide the context of a mark. */
const transparent = (ch: string): boolean => isSpace(ch) || MARKS.has(ch);
/** The nearest letter: an ideograph, a Chinese punctuation mark or a Latin letter. */
const notLetter = (ch: string): boolean => !(isChinese(ch) && !MARKS.has(ch)) && !isLatinLetter(ch);

function chineseMark(ch: string | undefined): boolean {
  return ch !== undefined && isChinese(ch) && !MARKS.has(ch);
}

/** True when a sentence mark at `i` stands in Chinese text (see the rule's documentation). */
function inChineseContext(text: string, i: number, mark: string): boolean {
  const p = charAt(text, nearestIndex(text, i, -1, transparent));
  const n = charAt(text, nearestIndex(text, i, 1, transparent));
  if (chineseMark(p) || chineseMark(n)) return true;
  if (isLatinLetter(p) && isLatinLetter(n)) return false;
  // 1,163.33 is a number; 15:32 (also as scraped, `15 : 32`) and 3:1 are times and ratios.
  if (mark === "," && isDigit(text[i - 1]) && isDigit(text[i + 1])) return false;
  if (mark === ":" && isDigit(p) && isDigit(n)) return false;
  const p2 = charAt(text, nearestIndex(text, i, -1, notLetter));
  const n2 = charAt(text, nearestIndex(text, i, 1, notLetter));
  return chineseMark(p2) || chineseMark(n2);
}

function contentIsChinese(text: string, open: number, close: number): boolean {
  for (let j = open + 1; j < close; j++) {
    const ch = text[j] as string;
    if (isIdeograph(ch) || (isChinesePunctuation(ch) && !MARKS.has(ch))) return true;
  }
  return false;
}

/** True when a half-width bracket pair stands in Chinese text. */
function pairInChineseContext(text: string, open: number, close: number): boolean {
  if (contentIsChinese(text, open, close)) return true;
  // f(x), sin(a): a call in code or a formula keeps its brackets.
  const before = text[open - 1];
  if (before !== undefined && (isLatinLetter(before) || isDigit(before) || before === "_")) return false;
  return (
    chineseMark(charAt(text, nearestIndex(text, open, -1, transparent))) ||
    chineseMark(charAt(text, nearestIndex(text, close, 1, transparent)))
  );
}

/** A half-width mark to replace: its index and its full-width form. */
export interface WidthFix {
  index: number;
  to: string;
}

/**
 * The half-width `, ; : ? ! ( )` of a text that stand in Chinese text, with their full-width
 * forms. Numbers (`1,163.33`, `15:32`), Latin phrases, web and e-mail addresses, code between
 * backticks and the brackets of a 发文字号 are left alone; brackets are judged in pairs.
 */
export function punctuationWidthFixes(text: string): WidthFix[] {
  if (!/[,;:?!()]/.test(text)) return [];
  const mask = protectedMask(text);
  const docBrackets = docNumberBracketIndexes(text);
  const out: WidthFix[] = [];
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (mask[i] || docBrackets.has(i)) continue;
    if (ch === "(" || ch === "（") {
      stack.push(i);
    } else if (ch === ")" || ch === "）") {
      const open = stack.pop();
      if (open === undefined) continue;
      const halfOpen = text[open] === "(";
      const halfClose = ch === ")";
      if (!halfOpen && !halfClose) continue;
      const convert = halfOpen !== halfClose || pairInChineseContext(text, open, i);
      if (!convert) continue;
      if (halfOpen) out.push({ index: open, to: "（" });
      if (halfClose) out.push({ index: i, to: "）" });
    } else if (ch in FULL_WIDTH && inChineseContext(text, i, ch)) {
      out.push({ index: i, to: FULL_WIDTH[ch] as string });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Applies punctuationWidthFixes to a text. */
export function fixPunctuationWidth(text: string): string {
  const fixes = punctuationWidthFixes(text);
  if (fixes.length === 0) return text;
  const chars = text.split("");
  for (const fix of fixes) chars[fix.index] = fix.to;
  return chars.join("");
}

/** `punctuation-width`: half-width punctuation in Chinese text. */
export const punctuationWidth: TextRule = {
  id: "punctuation-width",
  scope: "text",
  severity: "error",
  fixable: true,
  kinds: ["title", "heading", "lead", "text", "paragraph", "caption", "cell", "name"],
  summary: msg(
    "中文语境中的半角标点 , ; : ? ! ( ) 应改为全角 ，；：？！（）",
    "half-width , ; : ? ! ( ) in Chinese text must be full-width ，；：？！（）",
  ),
  rationale:
    "GB/T 15834-2011《标点符号用法》第5章：横排文稿中的句号、逗号、顿号、分号、冒号等标点“占一个字位置”，即用全角形式；括号、问号、叹号亦然。半角标点只属于外文和数字：千分撇（`1,163.33`）、时刻与比例（`15:32`、`3:1`）、网址与电子邮箱、代码中的符号都保持原样。括号成对判断：括号内或括号外紧邻汉字时改为全角；`f(x)` 这样紧贴字母的括号不动。从门户网站复制的文本常把全角标点丢成半角，这是审核退回最常见的原因。",
  wrong: [
    { text: "全年完成投资1.82亿元,同比增长12.33%。", fixed: "全年完成投资1.82亿元，同比增长12.33%。" },
    { text: "(一)健康青溪建设成效明显", kind: "heading", fixed: "（一）健康青溪建设成效明显" },
    { text: "设置发热门诊(诊室)19个;储备床位64张。", fixed: "设置发热门诊（诊室）19个；储备床位64张。" },
    { text: "主要指标:生产总值(GDP)增长5.2%。", fixed: "主要指标：生产总值（GDP）增长5.2%。" },
  ],
  right: [
    { text: "实现收入1,163.33亿元，增长-29.8%，完成率294.47%。" },
    { text: "会议于15:32结束，男女比例为3:1。" },
    { text: "详见https://www.qingxi.gov.cn/a?id=1,2或来信qxwjj@example.cn。" },
    { text: "应用程序 f(x) 的返回值，参见“Hello, world”示例。" },
  ],
  check(field) {
    return punctuationWidthFixes(field.text).map(({ index, to }): TextFinding => {
      const from = field.text[index] as string;
      const [zh, en] = NAMES[from] ?? ["标点", "mark"];
      return {
        start: index,
        end: index + 1,
        message: msg(
          `中文里的半角${zh}“${from}”应改为全角“${to}”。`,
          `half-width ${en} "${from}" in Chinese text: use the full-width "${to}".`,
        ),
        fix: { start: index, end: index + 1, text: to },
      };
    });
  },
};
