// Markdown and YAML figures for `pnpm bench`: reading the ~5,000-character example report from
// YAML, rendering it to Markdown and reading that Markdown back, warm, many times in one process.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { parseMarkdown, renderMarkdown } from "../packages/render-md/dist/index.js";
import { loadReportYaml } from "../packages/schema/dist/index.js";

const EXAMPLE = new URL("../examples/qingxi-health-2023.yaml", import.meta.url);

/** Runs `fn` warm `n` times and returns milliseconds per call. */
function time(fn, n) {
  for (let i = 0; i < Math.min(50, n); i++) fn();
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) fn();
  return Number(process.hrtime.bigint() - start) / 1e6 / n;
}

/** Measures and prints the figures; returns them for other scripts. */
export async function run() {
  const yaml = readFileSync(EXAMPLE, "utf8");
  const report = loadReportYaml(yaml);
  const markdown = renderMarkdown(report);
  const figures = {
    loadYamlMs: time(() => loadReportYaml(yaml), 300),
    renderMarkdownMs: time(() => renderMarkdown(report), 300),
    parseMarkdownMs: time(() => parseMarkdown(markdown), 300),
  };
  console.log("\n## YAML and Markdown (examples/qingxi-health-2023.yaml, warm)");
  console.log(`load YAML + validate   ${figures.loadYamlMs.toFixed(2)} ms/doc`);
  console.log(`render Markdown        ${figures.renderMarkdownMs.toFixed(2)} ms/doc`);
  console.log(`parse Markdown         ${figures.parseMarkdownMs.toFixed(2)} ms/doc`);
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run();
