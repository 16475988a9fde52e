import { msg } from "../scan.js";
import type { ReportFinding, ReportRule } from "../types.js";

/** The earliest month (1-based) a summary of a year is dated in that same year: year-end summaries start in November. */
export const SUMMARY_EARLIEST_MONTH = 11;

/** `date-in-year`: a 成文日期 that cannot belong to the report's year. */
export const dateInYear: ReportRule = {
  id: "date-in-year",
  scope: "report",
  severity: "warning",
  fixable: false,
  summary: msg(
    "成文日期与报告年度对不上：年度还没过完就总结，或事隔多年",
    "a date that cannot belong to the report's year: a summary before the year ends, or years later",
  ),
  rationale:
    "GB/T 9704-2012 7.3.5.4：成文日期是负责人签发或会议通过的日期。年度工作总结要在年末或次年初写成：一份“2024年工作总结”落款2024年1月，多半是沿用去年文件时只改了年度、漏改了日期（或反之）。总结（summary、summary-and-plan）的成文日期早于本年度11月、或晚于次年年底，计划（plan）的成文日期晚于计划年度，都报告为警告，由作者核对。",
  wrong: [
    { text: "meta:\n  year: 2024\n  date: 2024-01-09" },
    { text: "meta:\n  year: 2022\n  date: 2024-01-09" },
    { text: "meta:\n  year: 2024\n  date: 2024-06-30" },
  ],
  right: [{ text: "meta:\n  year: 2023\n  date: 2024-01-09" }, { text: "meta:\n  year: 2023\n  date: 2023-12-28" }],
  check(report) {
    const { meta } = report;
    const [y, m] = meta.date.split("-").map(Number) as [number, number];
    const out: ReportFinding[] = [];
    const finding = (zh: string, en: string) => out.push({ path: ["meta", "date"], message: msg(zh, en) });
    if (meta.kind === "plan") {
      if (y > meta.planYear) {
        finding(
          `成文日期 ${meta.date} 晚于计划年度 ${meta.planYear} 年：请核对日期或年度。`,
          `the date ${meta.date} is after the plan's year ${meta.planYear}: check the date or the year.`,
        );
      }
      return out;
    }
    if (y === meta.year && m < SUMMARY_EARLIEST_MONTH) {
      finding(
        `${meta.year}年的工作总结，成文日期却是 ${meta.date}（年度还没有过完）：请核对日期或年度。`,
        `a summary of ${meta.year} dated ${meta.date}, before the year is over: check the date or the year.`,
      );
    } else if (y > meta.year + 1) {
      finding(
        `${meta.year}年的工作总结，成文日期却是 ${meta.date}（已过去一年多）：请核对日期或年度。`,
        `a summary of ${meta.year} dated ${meta.date}, more than a year later: check the date or the year.`,
      );
    }
    return out;
  },
};
