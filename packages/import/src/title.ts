import { PLAN_NAMES, type PlanName, type ReportKind } from "@gongwen/schema";
import { readLabel } from "./labels.js";

/** What a report's title says: who wrote it, for which year, and what kind of report it is. */
export interface TitleFacts {
  org: string;
  year: number;
  kind: ReportKind;
  planYear: number;
  planName: PlanName;
  /** The plan's name as written when it is none of PLAN_NAMES (工作任务, 重点工作 …). */
  unknownPlanName?: string;
}

const PLAN_WORDS = "(?:工作)?(?:思路|计划|安排|要点|打算|任务)|重点工作";
const YEAR = "(\\d{4})\\s*年度?";
/**
 * What a summary may be called besides 工作总结: 工作情况（报告）, 工作报告, 年终总结, the
 * 述职（述廉、述责、述法）报告 and 履职（情况）报告 of an organ's leaders.
 */
const SUMMARY_WORDS =
  "(?:工作)?总结|工作情况(?:报告|总结)?|工作报告|年终总结|述职(?:述廉|述责|述法)*报告|履职(?:情况)?报告";
/** A title submitted upward as a 报告 wraps it: `…关于2023年工作总结的报告`. */
const WRAPPED = "(?:的报告)?";

const BOTH = new RegExp(
  `^(.*?)(?:关于)?${YEAR}(?:度)?(?:${SUMMARY_WORDS})(?:和|及|暨|与|、|以及)${YEAR}(${PLAN_WORDS})${WRAPPED}$`,
);
const SUMMARY = new RegExp(`^(.*?)(?:关于)?${YEAR}(?:度)?(${SUMMARY_WORDS})${WRAPPED}$`);
const PLAN = new RegExp(`^(.*?)(?:关于)?${YEAR}(${PLAN_WORDS})${WRAPPED}$`);

const CHINESE_DIGITS = "〇○零一二三四五六七八九";

/** `二〇二三年` → `2023年`: a year written in Chinese numerals (also with ○ or 零), as digits. */
export function yearsAsDigits(text: string): string {
  return text.replace(/[〇○零一二三四五六七八九]{4}(?=年)/g, (digits) =>
    [...digits].map((ch) => String(Math.max(0, CHINESE_DIGITS.indexOf(ch) - 2))).join(""),
  );
}

/** The start of a line that reads as a report title, for cutting it off a line that lost its breaks. */
export const TITLE_AT_START = new RegExp(
  `^[^\\s，。,；;：:]{2,40}?\\d{4}年度?(?:工作总结(?:(?:和|及|暨|与|、)\\d{4}年度?(?:${PLAN_WORDS}))?|${PLAN_WORDS})(?=\\s|$)`,
);

function planNameOf(words: string): { planName: PlanName; unknownPlanName?: string } {
  const name = words.startsWith("工作") ? words : `工作${words}`;
  return (PLAN_NAMES as readonly string[]).includes(name)
    ? { planName: name as PlanName }
    : { planName: "工作思路", unknownPlanName: words };
}

/**
 * Reads a report title: `{org}{year}年工作总结和{year+1}年工作思路` (or 计划/安排/要点/打算; joined
 * by 和, 及, 暨, 与, 、), `{org}{year}年工作总结` (or 工作情况报告, 工作报告, 述职报告 …), or
 * `{org}{year}年工作思路`; `2023年度` as well as `2023年`, the year in Chinese numerals
 * (`二〇二三年`), and wrapped as a 报告 submitted upward (`{org}关于2023年工作总结的报告`). The
 * organ may be missing (`org` is then ""): it stands in the 署名 or the portal's 发布机构.
 * Undefined when the title is none of these.
 */
export function parseTitle(title: string): TitleFacts | undefined {
  const text = yearsAsDigits(title.replace(/\s+/g, ""));
  const both = BOTH.exec(text);
  if (both) {
    const [, org = "", year = "", planYear = "", words = ""] = both;
    return { org, year: Number(year), kind: "summary-and-plan", planYear: Number(planYear), ...planNameOf(words) };
  }
  const summary = SUMMARY.exec(text);
  if (summary) {
    const [, org = "", year = ""] = summary;
    return { org, year: Number(year), kind: "summary", planYear: Number(year) + 1, planName: "工作思路" };
  }
  const plan = PLAN.exec(text);
  if (plan) {
    const [, org = "", year = "", words = ""] = plan;
    return { org, year: Number(year), kind: "plan", planYear: Number(year), ...planNameOf(words) };
  }
  return undefined;
}

/** True when a line reads as the title of a report (see parseTitle) and is not a numbered heading. */
export function looksLikeTitle(text: string): boolean {
  return text.length <= 80 && !/[。；;！？]/.test(text) && !readLabel(text) && parseTitle(text) !== undefined;
}
