import { parseReport, type Report, type ReportInput } from "@gongwen/schema";

/** A small summary-and-plan report of an invented county bureau, as an author writes it. */
export const SAMPLE_INPUT: ReportInput = {
  meta: { org: "青溪县卫生健康局", year: 2023, date: "2024-01-09", docNumber: "青卫〔2024〕3号" },
  body: {
    opening: "2023年，我局坚持以人民健康为中心，各项工作取得新成效。",
    summary: {
      sections: [
        {
          title: "健康县城建设成果丰硕",
          content: [
            "全年新建健康村32个，健康素养水平达31.2%。",
            { lead: "深化改革。", text: "正文第一项。" },
            { lead: "完善体系建设。", text: "新增床位120张。" },
            { text: "只有正文的举措。" },
            {
              table: {
                caption: "2023年主要指标完成情况",
                header: ["指标", "目标", "完成"],
                rows: [["签约率", "45%", "45.77%"]],
              },
            },
          ],
          sections: [
            {
              title: "应急指挥",
              style: "decimal",
              content: [{ lead: "完善体系建设，强化应急指挥能力。", text: "建成指挥平台1个。" }],
              sections: [{ title: "演练", style: "paren", content: [{ lead: "开展演练。" }] }],
            },
          ],
        },
      ],
    },
    plan: { content: [{ lead: "推进健康青溪建设。", text: "力争签约率达50%。" }] },
    closing: "此外，持续抓好安全生产工作。",
  },
};

/** The sample, normalised. */
export const SAMPLE: Report = parseReport(SAMPLE_INPUT);
