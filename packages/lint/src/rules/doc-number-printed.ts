import { msg } from "../scan.js";
import type { ReportRule } from "../types.js";

/** `doc-number-printed`: a 发文字号 given while nothing prints it (no 版头). */
export const docNumberPrinted: ReportRule = {
  id: "doc-number-printed",
  scope: "report",
  severity: "warning",
  fixable: false,
  summary: msg("填了发文字号，却没有版头，文号不会印出", "a 发文字号 is given, but without a 版头 nothing prints it"),
  rationale:
    "GB/T 9704-2012 7.2.4：发文字号编排在发文机关标志下空二行的位置，是版头的一部分。没有版头（letterhead: false，默认）时，DOCX 不印文号，作者填的 docNumber 悄悄不见了。要印出文号请写 letterhead: true；不需要文号时删去 docNumber。（政府信息公开属性表另有“文号”一栏。）",
  wrong: [{ text: "meta:\n  docNumber: 青卫〔2024〕3号\n  letterhead: false" }],
  right: [{ text: "meta:\n  docNumber: 青卫〔2024〕3号\n  letterhead: true" }],
  check(report) {
    const { meta } = report;
    if (meta.docNumber === undefined || meta.letterhead) return [];
    return [
      {
        path: ["meta", "docNumber"],
        message: msg(
          `发文字号“${meta.docNumber}”只印在版头里，而这份报告没有版头：要印出请写 letterhead: true，不需要时删去 docNumber。`,
          `the 发文字号 "${meta.docNumber}" prints only in the 版头, which this report does not have: write letterhead: true to print it, or remove docNumber.`,
        ),
      },
    ];
  },
};
