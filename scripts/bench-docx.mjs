// Speed of the DOCX writer (`pnpm bench` runs this through scripts/bench.mjs; `node scripts/bench-docx.mjs`
// runs it alone): render the ~5,000-character benchmark report warm, many times in one process, and
// report ms per document and documents per second; then, when pandoc is installed, pandoc converting
// the same report's Markdown to DOCX, one process per document as users run it. Targets: under 8 ms
// per document, and at least ten times pandoc's documents per second. Needs the packages built
// (pnpm build).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const REPORT = join(root, "examples/qingxi-health-2023.yaml");
const TARGET_MS = 8;
const TARGET_RATIO = 10;

async function importBuilt(name) {
  const file = join(root, `packages/${name}/dist/index.js`);
  if (!existsSync(file)) return undefined;
  return import(pathToFileURL(file).href);
}

/**
 * A stand-in Markdown writer, used only when @gongwen/render-md is not built: the same headings,
 * paragraphs, bold run-in leads and pipe tables, enough to time pandoc on the same text.
 */
function standInMarkdown(schema, report) {
  const out = [`# ${report.meta.title}`, ""];
  const blocks = (section) => {
    let n = 0;
    for (const block of section.content) {
      if (typeof block === "string") out.push(block, "");
      else if (schema.isTable(block)) {
        const { header, rows } = block.table;
        out.push(
          `| ${header.join(" | ")} |`,
          `|${header.map(() => "---").join("|")}|`,
          ...rows.map((r) => `| ${r.join(" | ")} |`),
          "",
        );
      } else {
        const label = schema.initiativeLabel(section.style, ++n);
        out.push(block.lead ? `**${label}${block.lead}**${block.text ?? ""}` : `${label}${block.text ?? ""}`, "");
      }
    }
  };
  const walk = (section, level, index) => {
    out.push(`${"#".repeat(level + 1)} ${schema.headingLabel(level, index)}${section.title}`, "");
    blocks(section);
    section.sections.forEach((child, i) => {
      walk(child, level + 1, i + 1);
    });
  };
  for (const p of report.body.opening) out.push(p, "");
  schema.reportParts(report).forEach(({ section }, i) => {
    walk(section, 1, i + 1);
  });
  for (const p of report.body.closing) out.push(p, "");
  return out.join("\n");
}

/** Characters of body text, without whitespace: the size of the report. */
function bodyCharacters(schema, report) {
  let text = report.body.opening.join("") + report.body.closing.join("");
  schema.walkSections(report, ({ section }) => {
    text += section.title;
    for (const block of section.content) {
      if (typeof block === "string") text += block;
      else if (!schema.isTable(block)) text += (block.lead ?? "") + (block.text ?? "");
    }
  });
  return text.replace(/\s/g, "").length;
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

/**
 * Runs the benchmark, prints its figures and returns them.
 * @param {{ iterations?: number, warmup?: number, pandocRuns?: number, log?: (line: string) => void }} [options]
 */
export async function run(options = {}) {
  const { iterations = 2000, warmup = 300, pandocRuns = 20, log = console.log } = options;
  const schema = await importBuilt("schema");
  const docx = await importBuilt("render-docx");
  if (!schema || !docx) throw new Error("bench-docx: build the packages first (pnpm build)");
  const report = schema.loadReportYaml(readFileSync(REPORT, "utf8"), REPORT);
  const characters = bodyCharacters(schema, report);

  for (let i = 0; i < warmup; i++) await docx.renderDocx(report);
  const times = new Float64Array(iterations);
  let bytes = 0;
  const start = performance.now();
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    bytes = (await docx.renderDocx(report)).length;
    times[i] = performance.now() - t;
  }
  const total = performance.now() - start;
  const msPerDoc = total / iterations;
  const sorted = Array.from(times).sort((a, b) => a - b);
  const result = {
    report: "examples/qingxi-health-2023.yaml",
    characters,
    iterations,
    bytes,
    msPerDoc,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    docsPerSecond: 1000 / msPerDoc,
    pandoc: undefined,
  };
  log(`DOCX writer (@gongwen/render-docx), ${characters} characters of body text, ${iterations} renders warm:`);
  log(
    `  ${msPerDoc.toFixed(2)} ms/doc (p50 ${result.p50.toFixed(2)}, p95 ${result.p95.toFixed(2)}), ` +
      `${result.docsPerSecond.toFixed(0)} docs/s, ${(bytes / 1024).toFixed(1)} KiB each` +
      `  [target < ${TARGET_MS} ms: ${msPerDoc < TARGET_MS ? "met" : "MISSED"}]`,
  );

  if (spawnSync("pandoc", ["--version"]).status !== 0) {
    log("  pandoc is not installed: no comparison");
    return result;
  }
  const md = await importBuilt("render-md");
  const markdown = md ? md.renderMarkdown(report) : standInMarkdown(schema, report);
  const source = md ? "@gongwen/render-md" : "a stand-in writer in this script (render-md not built)";
  const dir = mkdtempSync(join(tmpdir(), "gongwen-bench-"));
  try {
    const input = join(dir, "report.md");
    writeFileSync(input, markdown);
    const convert = () =>
      execFileSync("pandoc", ["-f", "markdown", "-t", "docx", "-o", join(dir, "report.docx"), input]);
    convert();
    const t = performance.now();
    for (let i = 0; i < pandocRuns; i++) convert();
    const pandocMs = (performance.now() - t) / pandocRuns;
    const ratio = pandocMs / msPerDoc;
    result.pandoc = {
      markdownSource: source,
      runs: pandocRuns,
      msPerDoc: pandocMs,
      docsPerSecond: 1000 / pandocMs,
      ratio,
    };
    log(`pandoc ${pandocVersion()} (Markdown from ${source}), ${pandocRuns} runs, a process per document:`);
    log(`  ${pandocMs.toFixed(1)} ms/doc, ${(1000 / pandocMs).toFixed(1)} docs/s`);
    log(
      `  render-docx is ${ratio.toFixed(1)}× pandoc  [target ≥ ${TARGET_RATIO}×: ${ratio >= TARGET_RATIO ? "met" : "MISSED"}]`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return result;
}

function pandocVersion() {
  return (spawnSync("pandoc", ["--version"], { encoding: "utf8" }).stdout.split("\n")[0] ?? "").replace(
    /^pandoc\s*/,
    "",
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
}
