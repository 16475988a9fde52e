import { isChinese, isSpace } from "../chars.js";
import { protectedMask } from "../protect.js";
import { charAt, msg, nearestIndex } from "../scan.js";
import type { TextFinding, TextRule } from "../types.js";
import { HALF_PAREN_NUMBER } from "./numbering-forms.js";

const OPENERS: Record<string, string> = { "（": "）", "(": ")", "《": "》", "【": "】", "〔": "〕", "〈": "〉" };
const CLOSERS: Record<string, string[]> = {
  "）": ["（", "("],
  ")": ["（", "("],
  "》": ["《"],
  "】": ["【"],
  "〕": ["〔"],
  "〉": ["〈"],
};

function unpairedOpen(i: number, ch: string): TextFinding {
  const close = OPENERS[ch] ?? "”";
  return {
    start: i,
    end: i + 1,
    message: msg(`“${ch}”没有配对的“${close}”。`, `"${ch}" has no matching "${close}".`),
  };
}

function unpairedClose(i: number, ch: string, open: string): TextFinding {
  return {
    start: i,
    end: i + 1,
    message: msg(`“${ch}”前面没有配对的“${open}”。`, `"${ch}" has no matching "${open}" before it.`),
  };
}

/** True when a pair of ASCII quotes (or one quote) stands in Chinese text. */
function quotesInChinese(text: string, open: number, close: number): boolean {
  for (let j = open + 1; j < close; j++) if (isChinese(text[j])) return true;
  const skip = (ch: string) => isSpace(ch) || ch === '"';
  return (
    isChinese(charAt(text, nearestIndex(text, open, -1, skip))) ||
    isChinese(charAt(text, nearestIndex(text, close, 1, skip)))
  );
}

function checkDoubleQuotes(text: string, mask: Uint8Array, out: TextFinding[]): void {
  let open = -1;
  const pair = (o: number, c: number) => {
    const oAscii = text[o] === '"';
    const cAscii = text[c] === '"';
    if (oAscii && cAscii) {
      if (!quotesInChinese(text, o, c)) return;
      for (const [i, to] of [
        [o, "“"],
        [c, "”"],
      ] as const) {
        out.push({
          start: i,
          end: i + 1,
          message: msg(`中文里的半角引号“"”应改为全角“${to}”。`, `half-width quote in Chinese text: use "${to}".`),
          fix: { start: i, end: i + 1, text: to },
        });
      }
    } else if (oAscii || cAscii) {
      const i = oAscii ? o : c;
      const to = oAscii ? "“" : "”";
      out.push({
        start: i,
        end: i + 1,
        message: msg(
          `引号前后不一致：半角“"”与全角引号配对，应改为“${to}”。`,
          `mixed quotes: a half-width quote pairs with a full-width one; use "${to}".`,
        ),
        fix: { start: i, end: i + 1, text: to },
      });
    }
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (mask[i] || (ch !== '"' && ch !== "“" && ch !== "”")) continue;
    if (ch === "“") {
      if (open >= 0) out.push(unpairedOpen(open, text[open] as string));
      open = i;
    } else if (ch === "”") {
      if (open < 0) out.push(unpairedClose(i, ch, "“"));
      else pair(open, i);
      open = -1;
    } else if (open < 0) {
      open = i;
    } else {
      pair(open, i);
      open = -1;
    }
  }
  if (open >= 0 && (text[open] !== '"' || quotesInChinese(text, open, open))) {
    out.push(unpairedOpen(open, text[open] as string));
  }
}

function checkSingleQuotes(text: string, mask: Uint8Array, out: TextFinding[]): void {
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (mask[i]) continue;
    if (ch === "‘") {
      if (open >= 0) out.push(unpairedOpen(open, "‘"));
      open = i;
    } else if (ch === "’") {
      // ’ alone after a Latin letter is an apostrophe (it’s), not a quote.
      if (open < 0 && !/[A-Za-z]/.test(text[i - 1] ?? "")) out.push(unpairedClose(i, ch, "‘"));
      open = -1;
    }
  }
  if (open >= 0)
    out.push({ ...unpairedOpen(open, "‘"), message: msg("“‘”没有配对的“’”。", `"‘" has no matching "’".`) });
}

/**
 * Straight single quotes in Chinese text, as typed for quotes inside quotes (`“推进'三化'建设”`):
 * a pair becomes ‘’; a lone one is only reported. `'` between Latin letters is an apostrophe.
 */
function checkStraightSingleQuotes(text: string, mask: Uint8Array, out: TextFinding[]): void {
  const quotes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== "'" || mask[i]) continue;
    if (/[A-Za-z]/.test(text[i - 1] ?? "") && /[A-Za-z]/.test(text[i + 1] ?? "")) continue;
    quotes.push(i);
  }
  for (let k = 0; k + 1 < quotes.length; k += 2) {
    const o = quotes[k] as number;
    const c = quotes[k + 1] as number;
    if (!quotesInChinese(text, o, c)) continue;
    for (const [i, to] of [
      [o, "‘"],
      [c, "’"],
    ] as const) {
      out.push({
        start: i,
        end: i + 1,
        message: msg(
          `中文里的半角单引号“'”应改为全角“${to}”。`,
          `half-width single quote in Chinese text: use "${to}".`,
        ),
        fix: { start: i, end: i + 1, text: to },
      });
    }
  }
  const last = quotes.length % 2 === 1 ? quotes.at(-1) : undefined;
  if (last !== undefined && quotesInChinese(text, last, last)) {
    out.push({
      start: last,
      end: last + 1,
      message: msg(
        "半角单引号“'”没有配对的另一半：请补上，并改用全角‘’。",
        `the single quote "'" has no pair: add it, and use ‘’.`,
      ),
    });
  }
}

function checkBrackets(text: string, mask: Uint8Array, out: TextFinding[]): void {
  const numberClosers = new Set<number>();
  for (const m of text.matchAll(HALF_PAREN_NUMBER)) numberClosers.add(m.index + (m[1] as string).length);
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (mask[i]) continue;
    if (ch in OPENERS) {
      stack.push(i);
      continue;
    }
    const accepted = CLOSERS[ch];
    if (!accepted) continue;
    let depth = stack.length - 1;
    while (depth >= 0 && !accepted.includes(text[stack[depth] as number] as string)) depth--;
    if (depth < 0) {
      if (!numberClosers.has(i)) out.push(unpairedClose(i, ch, accepted[0] as string));
      continue;
    }
    const [, ...inner] = stack.splice(depth);
    for (const j of inner) out.push(unpairedOpen(j, text[j] as string));
  }
  for (const i of stack) out.push(unpairedOpen(i, text[i] as string));
}

/** `paired-marks`: quotes and brackets that are unpaired, or paired with a mark of another form. */
export const pairedMarks: TextRule = {
  id: "paired-marks",
  scope: "text",
  severity: "error",
  fixable: true,
  kinds: ["title", "heading", "lead", "text", "paragraph", "caption", "cell", "name"],
  summary: msg(
    '引号、括号、书名号要成对，且左右形式一致（不能“…"）',
    'quotes and brackets come in pairs of the same form (not “…")',
  ),
  rationale:
    "GB/T 15834-2011 第4章：引号（4.8）、括号（4.9）、书名号（4.15）都是成对使用的标号，中文里用全角形式“”‘’（）《》。左右不成对或一半半角一半全角，排版后一眼可见，且常是复制粘贴丢字的信号。可以安全修正的只有形式：半角双引号在中文里成对出现时改为“”，半角单引号（多用于引号里的引号，4.8.3）成对出现时改为‘’，与全角引号混配的半角引号改为对应的全角引号；缺失的一半只报告，由作者补上。",
  wrong: [
    { text: '围绕"强基层、优服务"主线推进改革。', fixed: "围绕“强基层、优服务”主线推进改革。" },
    { text: '开展"健康细胞”培育工程。', fixed: "开展“健康细胞”培育工程。" },
    { text: "围绕“推进'三化'建设”目标。", fixed: "围绕“推进‘三化’建设”目标。" },
    { text: "出台《青溪县育儿补贴实施办法，全年发放补贴583万元。" },
    { text: "设置发热门诊（诊室19个。" },
  ],
  right: [
    { text: "围绕“强基层、优服务”主线，出台《青溪县育儿补贴实施办法》。" },
    { text: 'The motto reads "health for all".' },
    { text: "推广 farmer's market 模式。" },
    { text: "1）完善体系建设。" },
  ],
  check(field) {
    const { text } = field;
    if (!/[“”‘’"'（()）《》【】〔〕〈〉]/.test(text)) return [];
    const mask = protectedMask(text);
    const out: TextFinding[] = [];
    if (/["“”]/.test(text)) checkDoubleQuotes(text, mask, out);
    if (/[‘’]/.test(text)) checkSingleQuotes(text, mask, out);
    if (text.includes("'")) checkStraightSingleQuotes(text, mask, out);
    checkBrackets(text, mask, out);
    return out.sort((a, b) => a.start - b.start);
  },
};
