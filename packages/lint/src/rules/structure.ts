import { type Report, walkSections } from "@gongwen/schema";
import { msg } from "../scan.js";
import type { ReportFinding, ReportRule } from "../types.js";

/** `empty-section`: a section or part with neither content nor subsections. */
export const emptySection: ReportRule = {
  id: "empty-section",
  scope: "report",
  severity: "error",
  fixable: false,
  summary: msg("小节或部分没有内容：既无段落也无下级小节", "a section or part with neither content nor subsections"),
  rationale:
    "一个只有标题、没有内容的小节，排出来是一行孤零零的标题，说明材料还没写完或被误删。GB/T 9704-2012 7.3.3 的层次序数是用来组织正文的，每个层次下都应有内容。“××年工作总结”“××年工作思路”两部分至少要有小节或段落。",
  wrong: [
    { text: "body:\n  summary:\n    sections:\n      - title: 基础设施建设提速增效\n        content: []" },
    { text: "body:\n  plan: {}" },
  ],
  right: [
    {
      text: "body:\n  summary:\n    sections:\n      - title: 基础设施建设提速增效\n        content:\n          - 全年完成卫生健康项目投资1.82亿元。",
    },
  ],
  check(report) {
    const out: ReportFinding[] = [];
    walkSections(report, ({ section, level, path }) => {
      if (section.content.length > 0 || section.sections.length > 0) return;
      const part = level === 1 && (path[1] === "summary" || path[1] === "plan");
      out.push({
        path: [...path, "title"],
        message: part
          ? msg(
              `“${section.title}”部分没有任何内容：请添加小节或段落。`,
              `the part "${section.title}" is empty: add sections or paragraphs.`,
            )
          : msg(
              `小节“${section.title}”没有内容：请添加段落、举措或下级小节，或删除这个小节。`,
              `the section "${section.title}" is empty.`,
            ),
      });
    });
    return out;
  },
};

const SUMMARY_YEAR = /(\d{4})年度?(?:工作)?总结/g;
const PLAN_YEAR = /(\d{4})年度?(?:工作)?(?:思路|计划|安排|要点|打算)/g;

function yearMismatches(
  text: string,
  path: (string | number)[],
  pattern: RegExp,
  expected: number,
  what: "summary" | "plan",
): ReportFinding[] {
  const out: ReportFinding[] = [];
  for (const m of text.matchAll(pattern)) {
    const year = Number(m[1]);
    if (year === expected) continue;
    const [zh, en] =
      what === "summary"
        ? ["总结年度（meta.year）", "summary year (meta.year)"]
        : ["计划年度（meta.planYear）", "plan year (meta.planYear)"];
    out.push({
      path,
      start: m.index,
      end: m.index + 4,
      message: msg(
        `标题里的“${year}年”与${zh} ${expected} 不一致。`,
        `"${year}" in the title differs from the ${en} ${expected}.`,
      ),
    });
  }
  return out;
}

/** `year-consistency`: the years in the titles and the 成文日期 agree with meta.year and planYear. */
export const yearConsistency: ReportRule = {
  id: "year-consistency",
  scope: "report",
  severity: "error",
  fixable: false,
  summary: msg(
    "标题里的年份与 meta 的年度一致，成文日期不早于报告年度",
    "the years in the titles match meta.year and planYear; the date is not before the year",
  ),
  rationale:
    "每年改写上一年的报告时，最容易漏改的是标题里的年份：“2023年工作总结”下写着 meta.year: 2024。文件标题、“××年工作总结”“××年工作思路”部分标题中的年份必须与总结年度、计划年度一致；成文日期（GB/T 9704-2012 7.3.5）早于所总结的年度同样是笔误。哪一处错了要由作者判断，只报告不修改。",
  wrong: [
    { text: "meta:\n  year: 2023\n  title: 青溪县卫生健康局2022年工作总结和2024年工作思路" },
    { text: "meta:\n  year: 2023\n  date: 2022-12-30" },
  ],
  right: [{ text: "meta:\n  year: 2023\n  title: 青溪县卫生健康局2023年工作总结和2024年工作思路\n  date: 2024-01-09" }],
  check(report) {
    const { meta, body } = report;
    const out: ReportFinding[] = [];
    const summaryYear = meta.kind === "plan" ? undefined : meta.year;
    const planYear = meta.kind === "summary" ? undefined : meta.planYear;
    const check = (text: string, path: (string | number)[]) => {
      if (summaryYear !== undefined) out.push(...yearMismatches(text, path, SUMMARY_YEAR, summaryYear, "summary"));
      if (planYear !== undefined) out.push(...yearMismatches(text, path, PLAN_YEAR, planYear, "plan"));
    };
    check(meta.title, ["meta", "title"]);
    if (body.summary) check(body.summary.title, ["body", "summary", "title"]);
    if (body.plan) check(body.plan.title, ["body", "plan", "title"]);
    const dateYear = Number(meta.date.slice(0, 4));
    const earliest = meta.kind === "plan" ? meta.year - 1 : meta.year;
    if (dateYear < earliest) {
      out.push({
        path: ["meta", "date"],
        message: msg(
          `成文日期（${meta.date}）早于报告年度 ${meta.year} 年。`,
          `the date (${meta.date}) is before the report's year ${meta.year}.`,
        ),
      });
    }
    return out;
  },
};

/** `plan-year`: in a summary-and-plan report the plan is for the year after the summary. */
export const planYear: ReportRule = {
  id: "plan-year",
  scope: "report",
  severity: "warning",
  fixable: false,
  summary: msg("工作思路的年度是总结年度加一", "the plan's year is the summary's year + 1"),
  rationale:
    "“2023年工作总结和2024年工作思路”：按此类报告的通行写法，年度工作总结和下一年工作思路一并报送，计划年度总是总结年度的下一年。meta.planYear 不填时程序自动取 year + 1；手工填写了另一个年份，多半是沿用旧文件时漏改。",
  wrong: [{ text: "meta:\n  year: 2023\n  planYear: 2023\n  kind: summary-and-plan" }],
  right: [{ text: "meta:\n  year: 2023\n  kind: summary-and-plan" }],
  check(report: Report) {
    const { meta } = report;
    if (meta.kind !== "summary-and-plan" || meta.planYear === meta.year + 1) return [];
    return [
      {
        path: ["meta", "planYear"],
        message: msg(
          `计划年度 ${meta.planYear} 应为总结年度 ${meta.year} 的下一年（${meta.year + 1}）。`,
          `the plan year ${meta.planYear} should be the year after ${meta.year} (${meta.year + 1}).`,
        ),
      },
    ];
  },
};
