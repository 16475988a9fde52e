// Lint figures for `pnpm bench`: proofreading the ~5,000-character example report, warm, many
// times in one process. The budget is 20 ms a report (issue 5). Runs standalone against the built
// packages: `npx tsc -p packages/lint && node scripts/bench-lint.mjs`.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
// The modules themselves, not the package entry: linting a model needs neither Markdown nor remark.
import { lintReport } from "../packages/lint/dist/lint.js";
import { yamlSourceMap } from "../packages/lint/dist/source/yaml-source.js";
import { loadReportYaml } from "../packages/schema/dist/index.js";

const EXAMPLE = new URL("../examples/qingxi-health-2023.yaml", import.meta.url);
const BUDGET_MS = 20;

/** Runs `fn` warm `n` times and returns milliseconds per call (the median of 5 rounds). */
function time(fn, n) {
  for (let i = 0; i < Math.min(50, n); i++) fn();
  const rounds = [];
  for (let round = 0; round < 5; round++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < n; i++) fn();
    rounds.push(Number(process.hrtime.bigint() - start) / 1e6 / n);
  }
  return rounds.sort((a, b) => a - b)[2];
}

/** Counts the characters of the report's text (what a reader reads), not of the YAML around it. */
function characters(report) {
  let n = 0;
  const walk = (value) => {
    if (typeof value === "string") n += [...value].length;
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  walk(report.body);
  return n;
}

/** The report as pasted from a portal: its commas and brackets half-width, so that every rule has work. */
function pasted(value) {
  if (typeof value === "string") return value.replace(/，/g, ",").replace(/（/g, "(").replace(/）/g, ")");
  if (Array.isArray(value)) return value.map(pasted);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pasted(v)]));
  return value;
}

/** Measures and prints the figures; returns them for other scripts. */
export async function run() {
  const yaml = readFileSync(EXAMPLE, "utf8");
  const report = loadReportYaml(yaml);
  const faulty = pasted(report);
  const figures = {
    characters: characters(report),
    diagnostics: lintReport(report).length,
    lintMs: time(() => lintReport(report), 200),
    lintWithPositionsMs: time(() => lintReport(report, { source: yamlSourceMap(yaml) }), 100),
    pastedDiagnostics: lintReport(faulty).length,
    lintPastedMs: time(() => lintReport(faulty), 100),
  };
  console.log(`\n## Lint (examples/qingxi-health-2023.yaml, ${figures.characters} characters, warm)`);
  console.log(
    `lint the report        ${figures.lintMs.toFixed(2)} ms/doc (budget ${BUDGET_MS} ms: ${figures.lintMs < BUDGET_MS ? "ok" : "OVER"})`,
  );
  console.log(`with exact positions   ${figures.lintWithPositionsMs.toFixed(2)} ms/doc (YAML source map included)`);
  console.log(
    `as pasted (${figures.pastedDiagnostics} findings) ${figures.lintPastedMs.toFixed(2)} ms/doc (budget ${BUDGET_MS} ms: ${figures.lintPastedMs < BUDGET_MS ? "ok" : "OVER"})`,
  );
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run();
