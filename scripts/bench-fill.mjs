// Template filling for `pnpm bench`: one row of examples/batch/counties.csv filled into
// examples/batch/template.yaml (safeRenderTemplate, warm, in one thread), and the model's validation
// of the filled report alone (safeParseReport), so the fill's own share is their difference.
// Figures: CPU milliseconds per row (user + system of this process, which a loaded machine changes
// less than the wall time), median and spread (min–max) of `rounds` rounds of `rows` rows each.
// `--against OTHER_ROOT` measures another checkout's built packages too (its dist), rounds alternating.
// Needs the packages built (pnpm build).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

/** CPU milliseconds per call of `fn`, called `n` times. */
function cpuPerCall(fn, n) {
  const start = process.cpuUsage();
  for (let i = 0; i < n; i++) fn(i);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / n;
}

/** The fill and the validation of one checkout's built packages, ready to time. */
async function subject(root) {
  const template = await import(pathToFileURL(join(root, "packages/template/dist/index.js")).href);
  const schema = await import(pathToFileURL(join(root, "packages/schema/dist/index.js")).href);
  const table = template.csvTable(readFileSync(join(root, "examples/batch/counties.csv")), "counties.csv");
  const loaded = template.loadTemplate(readFileSync(join(root, "examples/batch/template.yaml"), "utf8"), {
    fileName: "template.yaml",
  });
  const options = { row: 2, fields: table.fields };
  const rows = table.rows.map((r) => r.values);
  const reports = rows.map((row) => template.safeRenderTemplate(loaded, row, options).report);
  return {
    root,
    fill: (i) => template.safeRenderTemplate(loaded, rows[i % rows.length], options),
    validate: (i) => schema.safeParseReport(reports[i % reports.length]),
    fills: [],
    validations: [],
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const spread = (xs) => `${median(xs).toFixed(3)} (${Math.min(...xs).toFixed(3)}–${Math.max(...xs).toFixed(3)})`;

/** Measures and prints the figures; returns them for other scripts. */
export async function run({ rows = 1000, rounds = 9, against } = {}) {
  const subjects = [await subject(ROOT)];
  if (against) subjects.push(await subject(against));
  for (const s of subjects) {
    cpuPerCall(s.fill, rows);
    cpuPerCall(s.validate, rows);
  }
  for (let round = 0; round < rounds; round++) {
    for (const s of round % 2 ? [...subjects].reverse() : subjects) {
      s.fills.push(cpuPerCall(s.fill, rows));
      s.validations.push(cpuPerCall(s.validate, rows));
    }
  }
  console.log("\n## template fill (examples/batch/template.yaml, one counties.csv row, warm, one thread)");
  console.log(`${rounds} rounds of ${rows} rows, alternating; CPU ms per row, median (min–max)`);
  for (const s of subjects) {
    const own = median(s.fills) - median(s.validations);
    console.log(s === subjects[0] ? "this build:" : `against ${s.root}:`);
    console.log(`  safeRenderTemplate   ${spread(s.fills)}`);
    console.log(`  safeParseReport      ${spread(s.validations)}   fill alone ≈ ${own.toFixed(3)}`);
  }
  return subjects.map((s) => ({ root: s.root, fillMs: median(s.fills), validateMs: median(s.validations) }));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const argv = process.argv;
  await run({ against: argv.includes("--against") ? argv[argv.indexOf("--against") + 1] : undefined });
}
