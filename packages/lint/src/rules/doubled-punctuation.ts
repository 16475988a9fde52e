import { msg } from "../scan.js";
import type { TextFinding, TextRule } from "../types.js";

const RUN = /[，。、；：？！]{2,}/g;
const PAUSES_THEN_END = /^[，、；：]+([。？！])\1*$/;

function finding(start: number, run: string, to?: string): TextFinding {
  const base = {
    start,
    end: start + run.length,
    message:
      to === undefined
        ? msg(`标点连用“${run}”：一处只用一个标点。`, `doubled punctuation "${run}": use one mark.`)
        : msg(`标点连用“${run}”，应为“${to}”。`, `doubled punctuation "${run}": write "${to}".`),
  };
  return to === undefined ? base : { ...base, fix: { start, end: start + run.length, text: to } };
}

/** `doubled-punctuation`: `。。`, `，，`, `，。` and other marks typed twice. */
export const doubledPunctuation: TextRule = {
  id: "doubled-punctuation",
  scope: "text",
  severity: "error",
  fixable: true,
  kinds: ["title", "heading", "lead", "text", "paragraph", "caption", "cell", "name"],
  summary: msg("标点连用：`。。` `，，` `，。` 等", "doubled punctuation: `。。`, `，，`, `，。`"),
  rationale:
    "GB/T 15834-2011 第4章规定每种点号的用法：一个停顿或一句话的结尾只用一个点号。`。。`、`，，` 是重复输入，`，。`、`、。` 是改句时留下的残余，修正时保留句末点号。问号与叹号连用（`？！`）表示疑问兼感叹，是允许的；三个以上句号多半是想写省略号“……”，只报告不修改。",
  wrong: [
    { text: "全面完成年度任务。。", fixed: "全面完成年度任务。" },
    { text: "新建村卫生室17家，，改造公厕58座。", fixed: "新建村卫生室17家，改造公厕58座。" },
    { text: "巩固提升创建成果，。", fixed: "巩固提升创建成果。" },
    { text: "等等。。。" },
  ],
  right: [{ text: "这难道不是群众最关心的问题吗？！" }, { text: "着力解决“急难愁盼”问题。" }],
  check(field) {
    const out: TextFinding[] = [];
    for (const match of field.text.matchAll(RUN)) {
      const run = match[0];
      if (run === "？！" || run === "！？") continue;
      const first = run[0] as string;
      if ([...run].every((ch) => ch === first)) {
        out.push(first === "。" && run.length >= 3 ? finding(match.index, run) : finding(match.index, run, first));
        continue;
      }
      const end = PAUSES_THEN_END.exec(run);
      out.push(end ? finding(match.index, run, end[1]) : finding(match.index, run));
    }
    return out;
  },
};
