import { formatChineseDate, parseDate } from "@gongwen/schema";
import { msg } from "../scan.js";
import type { TextFinding, TextRule } from "../types.js";

const PROSE = ["title", "heading", "lead", "text", "paragraph", "caption", "name"] as const;

/** `01月`, `09日`: a month or day padded with a zero. */
const PADDED = /(?<![\d.０-９])0([1-9])(?=[月日])/g;

/** `date-padding`: months and days written with a leading zero, in text and in 成文日期. */
export const datePadding: TextRule = {
  id: "date-padding",
  scope: "text",
  severity: "error",
  fixable: true,
  kinds: [...PROSE, "cell", "date"],
  summary: msg(
    "日期的月、日不编虚位：写“2024年1月9日”，不写“2024年01月09日”",
    "no zero padding in dates: 2024年1月9日",
  ),
  rationale:
    "GB/T 9704-2012 7.3.5.4：成文日期“用阿拉伯数字将年、月、日标全，年份应标全称，月、日不编虚位（即1不编为01）”。正文中的日期按 GB/T 15835-2011 同样书写。去掉虚位“0”不改变日期。成文日期在 YAML 里也可以写作 ISO 形式 2024-01-09，由程序排成“2024年1月9日”，不报告。",
  wrong: [
    { text: "于2024年01月09日召开专题会议。", fixed: "于2024年1月9日召开专题会议。" },
    { text: "2024年01月09日", kind: "date", fixed: "2024年1月9日" },
    { text: "截至11月05日，完成投资1.82亿元。", fixed: "截至11月5日，完成投资1.82亿元。" },
  ],
  right: [{ text: "于2024年1月9日召开专题会议，10月20日完成验收。" }, { text: "2024-01-09", kind: "date" }],
  check(field) {
    if (!field.text.includes("0")) return [];
    const out: TextFinding[] = [];
    for (const m of field.text.matchAll(PADDED)) {
      const unit = field.text[m.index + 2] as string;
      out.push({
        start: m.index,
        end: m.index + 3,
        message: msg(
          `日期不编虚位：“0${m[1]}${unit}”应写作“${m[1]}${unit}”。`,
          `no zero padding in dates: "0${m[1]}${unit}" should be "${m[1]}${unit}".`,
        ),
        fix: { start: m.index, end: m.index + 1, text: "" },
      });
    }
    return out;
  },
};

/** `2024-01-09`, `2024/1/9`, `2024.1.9` in running text (not inside longer codes). */
const NUMERIC_DATE = /(?<![\w./\-－])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\w./\-－])/g;

/** `date-style`: dates in running text written with dashes, slashes or dots. */
export const dateStyle: TextRule = {
  id: "date-style",
  scope: "text",
  severity: "warning",
  fixable: true,
  kinds: PROSE,
  summary: msg(
    "正文中的日期写作“2024年1月9日”，不写“2024-01-09”“2024/1/9”“2024.1.9”",
    "dates in running text as 2024年1月9日, not 2024-01-09, 2024/1/9 or 2024.1.9",
  ),
  rationale:
    "GB/T 15835-2011 允许在表格等处用“-”连接的全数字日期，但公文正文按 GB/T 9704-2012 7.3.5.4 的写法以“年月日”表示日期，阿拉伯数字标全、不编虚位。只改写真实存在的日期（`2024-02-30` 不动），表格单元格不检查。",
  wrong: [
    { text: "项目于2023-12-28通过验收。", fixed: "项目于2023年12月28日通过验收。" },
    { text: "截至2023/11/30，累计完成投资1.82亿元。", fixed: "截至2023年11月30日，累计完成投资1.82亿元。" },
  ],
  right: [{ text: "项目于2023年12月28日通过验收。" }, { text: "执行GB/T 9704-2012，索引号001008/2024-00001。" }],
  check(field) {
    if (!/\d{4}[-/.]/.test(field.text)) return [];
    const out: TextFinding[] = [];
    for (const m of field.text.matchAll(NUMERIC_DATE)) {
      const iso = parseDate(`${m[1]}-${m[3]}-${m[4]}`);
      if (!iso) continue;
      const to = formatChineseDate(iso);
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        message: msg(`日期“${m[0]}”应写作“${to}”。`, `write the date "${m[0]}" as "${to}".`),
        fix: { start: m.index, end: m.index + m[0].length, text: to },
      });
    }
    return out;
  },
};

/** `'23年`, `23年12月`, `23年度`: a year written with two digits. */
const SHORT_YEAR =
  /(?<![\d０-９.])(?:['’‘](\d{2})年|(\d{2})年(?=\d{1,2}月|度|底|初|末|上半年|下半年|前三季度|第[一二三四]季度|[一二三四]季度))/g;

/** `abbreviated-year`: years written with two digits. */
export const abbreviatedYear: TextRule = {
  id: "abbreviated-year",
  scope: "text",
  severity: "error",
  fixable: false,
  kinds: [...PROSE, "cell"],
  summary: msg("年份不能简写：写“2023年”，不写“23年”", "years are written in full: 2023年, not 23年"),
  rationale:
    "GB/T 15835-2011 规定年份不能简写（“2008年”不写作“08年”）；GB/T 9704-2012 7.3.5.4 要求“年份应标全称”。两位数年份补成哪个世纪要由作者确认，所以只报告、不自动修改。为避免把“近10年”这样的时长当成年份，只在两位数后面紧跟月份、“度”“底”“初”“末”、季度或半年时报告，以及带撇号的“'23年”。",
  wrong: [{ text: "23年12月底前全面完成改造。" }, { text: "'23年度考核获评优秀。" }, { text: "23年度考核获评优秀。" }],
  right: [{ text: "2023年12月底前全面完成改造。" }, { text: "近10年来累计投入1.46亿元，连续15年保持优秀。" }],
  check(field) {
    if (!field.text.includes("年")) return [];
    const out: TextFinding[] = [];
    for (const m of field.text.matchAll(SHORT_YEAR)) {
      const digits = (m[1] ?? m[2]) as string;
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        message: msg(
          `年份不能简写：“${m[0]}”应写全，如“20${digits}年”。`,
          `years are written in full: "${m[0]}" should read like "20${digits}年".`,
        ),
      });
    }
    return out;
  },
};
