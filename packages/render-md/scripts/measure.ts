/**
 * Measures renderMarkdown and parseMarkdown on a report of about 5,000 Chinese characters
 * (six themes, twenty initiatives, a table), warm, in one process. Run from the repository root:
 * `npx tsx --tsconfig packages/render-md/scripts/tsconfig.json packages/render-md/scripts/measure.ts`
 */
import { parseReport, type ReportInput } from "@gongwen/schema";
import { parseMarkdown, renderMarkdown } from "../src/index.js";

const SENTENCE =
  "坚持以人民健康为中心，统筹推进医疗卫生体制改革，全年完成投资1.46亿元，同比增长12.33%，群众满意度达到95.2%。";

function initiative(i: number) {
  return { lead: `推进第${i}项重点工作提质增效。`, text: SENTENCE.repeat(3) };
}

const input: ReportInput = {
  meta: { org: "青溪县卫生健康局", year: 2023, date: "2024-01-09", docNumber: "青卫〔2024〕3号" },
  body: {
    opening: SENTENCE.repeat(2),
    summary: {
      sections: Array.from({ length: 4 }, (_, t) => ({
        title: `第${t + 1}个主题建设成果丰硕`,
        content: [
          SENTENCE,
          ...Array.from({ length: 4 }, (_, i) => initiative(t * 4 + i + 1)),
          ...(t === 0
            ? [
                {
                  table: {
                    caption: "主要指标完成情况",
                    header: ["指标", "目标", "完成"],
                    rows: [["签约率", "45%", "45.77%"]],
                  },
                },
              ]
            : []),
        ],
      })),
    },
    plan: {
      sections: Array.from({ length: 2 }, (_, t) => ({
        title: `第${t + 5}个主题`,
        style: "decimal" as const,
        content: Array.from({ length: 2 }, (_, i) => initiative(16 + t * 2 + i + 1)),
      })),
    },
    closing: SENTENCE,
  },
};

const report = parseReport(input);
const markdown = renderMarkdown(report);

function perCall(label: string, run: () => unknown, n = 300): void {
  for (let i = 0; i < 50; i++) run();
  const start = performance.now();
  for (let i = 0; i < n; i++) run();
  const ms = (performance.now() - start) / n;
  console.log(`${label}: ${ms.toFixed(2)} ms per call (${Math.round(1000 / ms)} per second)`);
}

console.log(`report: ${markdown.length} characters of Markdown`);
perCall("renderMarkdown", () => renderMarkdown(report));
perCall("parseMarkdown", () => parseMarkdown(markdown));
