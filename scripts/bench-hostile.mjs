// Hostile-input figures for `pnpm bench` (issue 13): the worst inputs of each kind, how long each
// reader takes to answer (a model, or a located problem) and the heap it grew by. Runs standalone
// against the built packages: `pnpm build && node scripts/bench-hostile.mjs`.
import { createRequire } from "node:module";
import { importReport, importText } from "../packages/import/dist/index.js";
import { lintText } from "../packages/lint/dist/index.js";
import { renderDocx } from "../packages/render-docx/dist/index.js";
import { parseMarkdown } from "../packages/render-md/dist/index.js";
import { loadReportYaml } from "../packages/schema/dist/index.js";

// fflate is the importer's dependency, not the workspace's.
const { strToU8, unzipSync, zipSync } = createRequire(new URL("../packages/import/package.json", import.meta.url))(
  "fflate",
);

const FRONT =
  "---\norg: 青溪县林业局\nyear: 2023\ndate: 2024-01-09\nkind: summary\n---\n\n# 青溪县林业局2023年工作总结\n\n## 一、造林\n\n";
const YAML_HEAD = "meta:\n  org: 青溪县林业局\n  year: 2023\n  date: 2024-01-09\n  kind: summary\nbody:\n";

async function docx() {
  const report = loadReportYaml(
    `${YAML_HEAD}  opening: 开头。\n  sections:\n    - title: 造林\n      content: [正文。]\n`,
  );
  return unzipSync(await renderDocx(report));
}

/** [name, build, work] — each the worst of its kind that issue 13 names, at or near the size limit. */
async function cases() {
  const parts = await docx();
  return [
    [
      "custom.xml: 100,000 unclosed <property",
      () => zipSync({ ...parts, "docProps/custom.xml": strToU8(`<Properties>${"<property ".repeat(100_000)}`) }),
      (bytes) => importReport(bytes, { format: "docx" }),
    ],
    [
      "zip bomb: 400 MiB document.xml",
      () => zipSync({ ...parts, "word/document.xml": new Uint8Array(400 * 1024 * 1024) }),
      (bytes) => importReport(bytes, { format: "docx" }),
    ],
    [
      "pasted text, 1.9 M characters, lost breaks",
      () => `青溪县林业局2023年工作总结\n${"造林 一是完成 2023年1月2日 ".repeat(110_000)}`,
      (text) => importText(text, { format: "text" }),
    ],
    [
      "Markdown heading of 1.9 M spaces (import)",
      () => `# a${" ".repeat(1_900_000)}x\n`,
      (text) => importText(text, { format: "markdown" }),
    ],
    ["front matter `- - -` 100,000 deep", () => `---\n${"- ".repeat(100_000)}x\n---\n# t\n`, parseMarkdown],
    ["YAML `[` 1,000,000 deep", () => "[".repeat(1_000_000), loadReportYaml],
    ["Markdown 500,000 `a*`", () => FRONT + "a*".repeat(500_000), parseMarkdown],
    [
      "Markdown 10,000 marks just under the limits",
      () => FRONT + Array.from({ length: 100 }, () => "a*".repeat(100)).join("\n\n"),
      parseMarkdown,
    ],
    [
      "YAML 100,000 sections",
      () => `${YAML_HEAD}  sections:\n${"    - title: 小节\n".repeat(100_000)}`,
      loadReportYaml,
    ],
    [
      "lint: a 19,000-character paragraph, 6,000 findings",
      () => `${YAML_HEAD}  opening: 甲${"，丙,丁".repeat(4700)}。\n  sections:\n    - title: 造林\n`,
      (text) => lintText(text, { format: "yaml" }),
    ],
  ];
}

export async function run() {
  console.log("\nHostile inputs (issue 13): time to a model or a located problem, heap growth");
  for (const [name, build, work] of await cases()) {
    const input = build();
    globalThis.gc?.();
    const heap = process.memoryUsage().heapUsed;
    const start = performance.now();
    let outcome = "model";
    try {
      await work(input);
    } catch (error) {
      outcome = error?.problems?.[0]?.code ?? `EXCEPTION ${error?.name}`;
    }
    const ms = performance.now() - start;
    const mb = (process.memoryUsage().heapUsed - heap) / 1024 / 1024;
    console.log(`  ${name.padEnd(52)} ${ms.toFixed(0).padStart(6)} ms  ${mb.toFixed(0).padStart(4)} MB  ${outcome}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
