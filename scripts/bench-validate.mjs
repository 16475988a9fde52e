// Validation figures for `pnpm bench` (`node scripts/bench-validate.mjs` alone, after pnpm build): the
// model's safeParseReport, warm, on the reports a batch validates — the example template
// (examples/batch/template.yaml) filled with each county of counties.csv — and on the three example
// reports (examples/*.yaml) as data. Beside it, the same inputs read by zod alone
// (the limits, then ReportSchema.safeParse, as safeParseReport did before the direct reading of
// well-formed reports, packages/schema/src/well-formed.ts), rounds alternating so both see the same
// machine. Figures: microseconds of CPU time a report (user + system: a loaded machine changes it less
// than the wall time), median and spread (min–max) of the rounds.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { loadReportYaml, ReportSchema, safeParseReport } from "../packages/schema/dist/index.js";
import { inputLimitProblems } from "../packages/schema/dist/input-limits.js";
import { csvTable, loadTemplate, renderTemplate } from "../packages/template/dist/index.js";

const at = (path) => new URL(`../${path}`, import.meta.url);
const ROUNDS = 9;

/** The reports a batch of the example template validates: each county's row filled in. */
function filledReports() {
  const table = csvTable(readFileSync(at("examples/batch/counties.csv")), "counties.csv");
  const template = loadTemplate(readFileSync(at("examples/batch/template.yaml"), "utf8"), {
    fileName: "template.yaml",
  });
  // A filled report read back as data: what the model receives, its texts as the template wrote them.
  return table.rows.map((row) => JSON.parse(JSON.stringify(renderTemplate(template, row.values))));
}

/** The three example reports, read and written back as data. */
const examples = ["qingxi-health-2023", "qingxi-township-plan-2024", "yunling-stats-summary-2023"].map((name) =>
  JSON.parse(JSON.stringify(loadReportYaml(readFileSync(at(`examples/${name}.yaml`), "utf8"), `${name}.yaml`))),
);

/** The reading before well-formed.ts: the limits, then zod. */
function throughZod(input) {
  if (inputLimitProblems(input, "zh").length > 0) return false;
  return ReportSchema.safeParse(input, { reportInput: true }).success;
}

/** Microseconds of CPU a call of `fn` over `inputs`, one figure per round, the two functions alternating. */
function rounds(inputs, fns, calls) {
  const figures = fns.map(() => []);
  for (const fn of fns) for (let i = 0; i < calls; i++) fn(inputs[i % inputs.length]);
  for (let round = 0; round < ROUNDS; round++) {
    fns.forEach((fn, f) => {
      const start = process.cpuUsage();
      for (let i = 0; i < calls; i++) fn(inputs[i % inputs.length]);
      const used = process.cpuUsage(start);
      figures[f].push((used.user + used.system) / calls);
    });
  }
  return figures.map((list) => list.sort((a, b) => a - b));
}

const show = (list) =>
  `${list[ROUNDS >> 1].toFixed(1)} µs (${list[0].toFixed(1)}–${list[ROUNDS - 1].toFixed(1)})`.padEnd(26);

export async function run() {
  console.log("\nValidation (safeParseReport, warm; CPU µs a report, median and min–max of 9 rounds)");
  const direct = (input) => {
    if (!safeParseReport(input).success) throw new Error("an example report has problems");
  };
  const zod = (input) => {
    if (!throughZod(input)) throw new Error("an example report has problems");
  };
  for (const [name, inputs, calls] of [
    ["filled batch template", filledReports(), 2000],
    ["examples/*.yaml", examples, 2000],
  ]) {
    const [fast, slow] = rounds(inputs, [direct, zod], calls);
    const ratio = slow[ROUNDS >> 1] / fast[ROUNDS >> 1];
    console.log(`  ${name.padEnd(24)} ${show(fast)} zod alone ${show(slow)} ×${ratio.toFixed(1)}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run();
