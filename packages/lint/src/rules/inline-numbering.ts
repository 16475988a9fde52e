import { fromChineseNumeral } from "@gongwen/schema";
import { msg } from "../scan.js";
import type { TextFinding, TextRule } from "../types.js";

/** An item number typed after the end of a clause: `；二是`, `。2.`, `；（2）`. */
const TYPED_ITEM =
  /(?<=[。；;：:])[ \t\u3000]*(?:([二三四五六七八九十]{1,2})是(?=\p{Script=Han})|(\d{1,2})[.．、](?![0-9０-９])|[（(](\d{1,2})[）)])/gu;

const QUOTES: Record<string, string> = { "“": "”", "《": "》", "‘": "’", "「": "」", "『": "』" };

/** For each offset of a text, whether it stands inside quotes or book-title marks. */
function quoted(text: string): boolean[] {
  const inside: boolean[] = [];
  const closers: string[] = [];
  for (const ch of text) {
    if (closers.length > 0 && ch === closers[closers.length - 1]) closers.pop();
    else if (QUOTES[ch]) closers.push(QUOTES[ch] as string);
    if (closers.length > 8) closers.length = 0;
    for (let k = 0; k < ch.length; k++) inside.push(closers.length > 0);
  }
  return inside;
}

/** The label of item `n` in the form of the match: 一是, 1., （1）. */
function previousLabel(m: RegExpMatchArray, n: number): RegExp {
  if (m[1]) return new RegExp(`(?:^|[。；;：:])[ \\t\\u3000]*${"一二三四五六七八九十".charAt(n - 2) || "一"}是`);
  if (m[2]) return new RegExp(`(?:^|[。；;：:])[ \\t\\u3000]*${n - 1}[.．、](?![0-9０-９])`);
  return new RegExp(`(?:^|[。；;：:])[ \\t\\u3000]*[（(]${n - 1}[）)]`);
}

/**
 * `inline-numbering`: an item number typed in the middle of a paragraph or an initiative's text
 * (`……；二是……`), which the writers cannot renumber.
 */
export const inlineNumbering: TextRule = {
  id: "inline-numbering",
  scope: "text",
  severity: "warning",
  fixable: false,
  kinds: ["paragraph", "text"],
  summary: msg(
    "正文中间手写的“二是”“2.”“（2）”：应拆成单独的举措，或设为举措接排（runIn）",
    "an item number typed in running text (二是, 2., （2）): make it an initiative of its own, or a run-in section",
  ),
  rationale:
    "GB/T 9704-2012 7.3.3 规定结构层次序数依次为“一、”“（一）”“1.”“（1）”；gongwen 自动给举措编号（一是、1.、（1）），增删一项时序号随之更新；写在段落中间的“二是”“2.”“（2）”不会更新，删掉前面一项就错号。几项举措接排在一段里（“一是……；二是……。”）是常见写法，请把它们写成单独的举措（lead/text），并在小节上写 runIn: true，排版时仍接排成一段。只报告跟在句号、分号、冒号之后、前面有上一个序号（举措正文本身就是上一项）的序号；引号、书名号里的不算。",
  wrong: [
    { text: "全年重点抓了三件事：一是完善制度；二是强化培训；三是严格考核。" },
    { text: "建成服务站点12个；二是开展业务培训46场。", kind: "text" },
    { text: "主要措施：1.完善制度；2.强化培训。" },
    { text: "（1）完善预案；（2）加强演练。" },
  ],
  right: [
    { text: "坚持“一是一；二是二”的工作作风。" },
    { text: "收入增长12.5%；2.5万户群众受益。" },
    { text: "全年完成任务；二是指标超额完成的第二年。" },
    { text: "一、二季度完成投资3.2亿元。" },
  ],
  check(field) {
    const { text } = field;
    const inside = quoted(text);
    const out: TextFinding[] = [];
    for (const m of text.matchAll(TYPED_ITEM)) {
      const digits = m[1] ?? m[2] ?? m[3] ?? "";
      const n = m[1] ? fromChineseNumeral(digits) : Number(digits);
      const start = m.index + (m[0].length - m[0].trimStart().length);
      if (n === undefined || n < 2 || inside[start]) continue;
      // The item before it stands earlier in the text — or is the initiative this text belongs to.
      const before = text.slice(0, m.index);
      const follows = previousLabel(m, n).test(before) || (field.kind === "text" && m[1] !== undefined);
      if (!follows) continue;
      const label = m[0].trim();
      out.push({
        start,
        end: m.index + m[0].length,
        message: msg(
          `正文中间手写了序号“${label}”：请拆成单独的一项举措，需要接排时在小节上写 runIn: true。`,
          `the item number "${label}" is typed in running text: make it an initiative of its own (runIn: true keeps them in one paragraph).`,
        ),
      });
    }
    return out;
  },
};
