import { msg } from "../scan.js";
import type { TextFinding, TextRule } from "../types.js";
import { docNumbersInText } from "./doc-number-spans.js";

/** A 发文字号 as written in meta: agency code, bracketed year, 第?, number, 号. */
const DOC_NUMBER = /^(.*?)([[【［（(〔﹝])\s*(\d+)\s*([\]】］）)〕﹞])\s*(第?)(0*)(\d+)(号?)$/u;

function bracketFinding(open: number, close: number, year: string): TextFinding {
  return {
    start: open,
    end: close + 1,
    message: msg(
      `发文字号的年份用六角括号：应写作“〔${year}〕”。`,
      `the year of a document number takes six-cornered brackets: "〔${year}〕".`,
    ),
    fix: { start: open, end: close + 1, text: `〔${year}〕` },
  };
}

function yearFinding(at: number, year: string): TextFinding {
  return {
    start: at,
    end: at + year.length,
    message: msg(
      `发文字号的年份应标全称（四位数），不能写作“${year}”。`,
      `the year of a document number is written in full, not "${year}".`,
    ),
  };
}

function checkDocNumberField(text: string): TextFinding[] {
  const m = DOC_NUMBER.exec(text);
  if (!m) {
    return [
      {
        start: 0,
        end: text.length,
        message: msg(
          "发文字号应写作“机关代字〔年份〕序号号”，如“青卫〔2024〕3号”。",
          'a document number reads "agency〔year〕number号", e.g. "青卫〔2024〕3号".',
        ),
      },
    ];
  }
  const [, agency = "", open = "", year = "", close = "", di = "", zeros = "", num = "", hao = ""] = m;
  const out: TextFinding[] = [];
  const openAt = agency.length;
  const closeAt = text.indexOf(close, openAt + 1);
  if (open !== "〔" || close !== "〕" || closeAt !== openAt + 1 + year.length) {
    // Spaces inside the brackets go too; the year itself is kept as it is.
    out.push(bracketFinding(openAt, closeAt, year));
  }
  if (year.length !== 4) out.push(yearFinding(text.indexOf(year, openAt), year));
  const numberAt = text.length - hao.length - num.length;
  if (di) {
    const at = numberAt - zeros.length - 1;
    out.push({
      start: at,
      end: at + 1,
      message: msg("发文字号的序号前不加“第”字。", 'no "第" before the number of a document number.'),
      fix: { start: at, end: at + 1, text: "" },
    });
  }
  if (zeros) {
    const at = numberAt - zeros.length;
    out.push({
      start: at,
      end: numberAt + num.length,
      message: msg(
        `发文字号的序号不编虚位：“${zeros}${num}”应写作“${num}”。`,
        `no zero padding: "${zeros}${num}" should be "${num}".`,
      ),
      fix: { start: at, end: numberAt, text: "" },
    });
  }
  if (!hao) {
    out.push({
      start: text.length,
      end: text.length,
      message: msg("发文字号的序号后要加“号”。", 'a document number ends with "号".'),
      fix: { start: text.length, end: text.length, text: "号" },
    });
  }
  return out;
}

/** `doc-number`: the 发文字号 with six-cornered brackets around a full year, no 第, no padding. */
export const docNumber: TextRule = {
  id: "doc-number",
  scope: "text",
  severity: "error",
  fixable: true,
  kinds: ["docNumber", "title", "heading", "lead", "text", "paragraph", "caption", "cell", "name"],
  summary: msg(
    "发文字号写作“青卫〔2024〕3号”：六角括号、年份标全、不加“第”、不编虚位",
    "document numbers as 青卫〔2024〕3号: six-cornered brackets, full year, no 第, no padding",
  ),
  rationale:
    "GB/T 9704-2012 7.2.4：发文字号由发文机关代字、年份、发文顺序号组成；“年份、发文顺序号用阿拉伯数字标注；年份应标全称，用六角括号“〔〕”括入；发文顺序号不加“第”字，不编虚位（即1不编为01），在阿拉伯数字后加“号”字”。方括号“[]”、鱼尾号“【】”、圆括号“（）”以及字形相近的小六角括号“﹝﹞”（U+FE5D、U+FE5E，多见于从网页复制的文号）都是常见错误。正文里引用的文号同样检查。换括号、去“第”、去虚位都不改变文号；简写的年份只报告。",
  wrong: [
    { text: "青卫[2024]3号", kind: "docNumber", fixed: "青卫〔2024〕3号" },
    { text: "青卫【2024】第03号", kind: "docNumber", fixed: "青卫〔2024〕3号" },
    { text: "青卫﹝2024﹞3号", kind: "docNumber", fixed: "青卫〔2024〕3号" },
    { text: "按照青政办发﹝2023﹞12号文件执行。", fixed: "按照青政办发〔2023〕12号文件执行。" },
    { text: "青卫〔24〕3号", kind: "docNumber" },
    { text: "根据青政办发(2023)12号文件要求，推进落实。", fixed: "根据青政办发〔2023〕12号文件要求，推进落实。" },
  ],
  right: [{ text: "青卫〔2024〕3号", kind: "docNumber" }, { text: "根据青政办发〔2023〕12号文件要求，推进落实。" }],
  check(field) {
    if (field.kind === "docNumber") return checkDocNumberField(field.text);
    const out: TextFinding[] = [];
    for (const m of docNumbersInText(field.text)) {
      if (field.text[m.open] !== "〔" || field.text[m.close] !== "〕")
        out.push(bracketFinding(m.open, m.close, m.year));
      if (m.year.length !== 4) out.push(yearFinding(m.open + 1, m.year));
    }
    return out;
  },
};
