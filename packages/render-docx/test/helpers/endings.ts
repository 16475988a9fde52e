/**
 * Reports whose text ends at every line of a page, for the tests of the last page: a fixed
 * opening, `fillers` one-line paragraphs and a last paragraph of a chosen number of lines. Each
 * filler adds exactly one grid line, so 22 consecutive filler counts end the text on each of the
 * 22 lines of a page, and the signature meets every page end once.
 */
import { parseReport, type Report, type ReportInput } from "@gongwen/schema";

/** The text of every filler paragraph but its number: one line (under 26 characters). */
export const FILLER = "项工作按年度计划推进。";
const PROSE = "全县水利工程建设稳步推进，防汛抗旱体系不断完善，农村供水保障水平持续提升";

/** A paragraph of exactly `lines` lines of 28 characters (26 on the first, after the indent). */
export function paragraphOfLines(lines: number): string {
  const length = 26 + 28 * (lines - 1) - 4;
  let text = "";
  while ([...text].length < length) text += PROSE;
  return `${[...text].slice(0, length).join("")}。`;
}

/** What a generated report holds besides its text. */
export interface EndingOptions {
  fillers: number;
  /** Lines of the paragraph that ends the text. */
  lastLines: number;
  attachments?: string[];
  /** 抄送 names and the 印发机关: the report gets a 版记. */
  cc?: string[];
  issuer?: string;
  note?: string;
  /** The organ (default 青溪县水利局) and the title (default its 2023年工作总结). */
  org?: string;
  title?: string;
}

/** A report (of the 青溪县水利局 unless told) whose text ends `fillers + lastLines` lines after a fixed start. */
export function endingReport(options: EndingOptions): Report {
  const content = [
    ...Array.from({ length: options.fillers }, (_, i) => `第${i + 1}${FILLER}`),
    paragraphOfLines(options.lastLines),
  ];
  return parseReport({
    meta: {
      org: options.org ?? "青溪县水利局",
      year: 2023,
      kind: "summary",
      title: options.title ?? `${options.org ?? "青溪县水利局"}2023年工作总结`,
      date: "2024-01-09",
      attachments: options.attachments,
      cc: options.cc,
      issuer: options.issuer,
      note: options.note,
    },
    body: {
      opening: "全年水利工作总体平稳，各项目标任务顺利完成。",
      sections: [{ title: "水利工程建设有序推进", content }],
    },
  } as ReportInput);
}
