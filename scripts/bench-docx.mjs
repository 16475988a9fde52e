// Speed of the DOCX writer (`pnpm bench` runs this through scripts/bench.mjs; `node scripts/bench-docx.mjs`
// runs it alone): render the ~5,000-character benchmark report, and a long report (its sections four
// times over, with a 版记), warm, many times in one process, with the default compressor (fflate) and
// with Node's zlib passed as `deflateRaw`, the two alternating round by round so that both meet the
// same load; report the median ms per document over the rounds and their spread. Then, when pandoc
// is installed, pandoc converting the same report's Markdown to DOCX, one process per document as
// users run it. Targets: under 8 ms per document, and at least ten times pandoc's documents per
// second. Needs the packages built (pnpm build).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { deflateRawSync } from "node:zlib";

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

/** Node's raw DEFLATE, as Node callers of renderDocx pass it (one function, reused). */
const nativeDeflateRaw = deflateRawSync;

/** The benchmark report with its sections four times over and a 版记 (抄送, 印发机关): a long report. */
function longReport(schema, report) {
  const input = JSON.parse(JSON.stringify(report));
  for (const part of [input.body.summary, input.body.plan, input.body]) {
    if (Array.isArray(part?.sections)) part.sections = [1, 2, 3, 4].flatMap(() => part.sections);
  }
  input.meta.cc = ["县委办公室", "县人大常委会办公室", "县政府办公室", "县政协办公室"];
  input.meta.issuer = `${report.meta.org}办公室`;
  input.meta.issueDate = report.meta.date;
  return schema.parseReport(input);
}

/**
 * Times renderDocx on a report, with fflate and with zlib alternating: `rounds` rounds of
 * `perRound` documents each; returns each way's ms per document, sorted, one figure per round —
 * of the clock (`wall`) and of the process's CPU time (`cpu`, user and system: what a loaded,
 * shared machine inflates least).
 */
async function timeRenders(docx, report, rounds, perRound) {
  const ways = { fflate: {}, zlib: { deflateRaw: nativeDeflateRaw } };
  const times = { fflate: { wall: [], cpu: [] }, zlib: { wall: [], cpu: [] } };
  for (let r = 0; r < rounds; r++) {
    for (const [name, options] of Object.entries(ways)) {
      const t = performance.now();
      const cpu = process.cpuUsage();
      for (let i = 0; i < perRound; i++) await docx.renderDocx(report, options);
      const used = process.cpuUsage(cpu);
      times[name].wall.push((performance.now() - t) / perRound);
      times[name].cpu.push((used.user + used.system) / 1000 / perRound);
    }
  }
  for (const way of Object.values(times)) for (const list of Object.values(way)) list.sort((a, b) => a - b);
  return times;
}

/** `1.23 ms/doc (min 1.10, p25 1.20, p75 1.31, max 1.62; 813 docs/s), CPU 1.05 ms/doc (…)` */
function spread({ wall, cpu }) {
  const figures = (sorted) => {
    const q = (p) => percentile(sorted, p).toFixed(2);
    return `${q(0.5)} ms/doc (min ${q(0)}, p25 ${q(0.25)}, p75 ${q(0.75)}, max ${q(1)})`;
  };
  return `${figures(wall)}, ${(1000 / percentile(wall, 0.5)).toFixed(0)} docs/s; CPU ${figures(cpu)}`;
}

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

  const long = longReport(schema, report);
  for (let i = 0; i < warmup; i++) {
    await docx.renderDocx(report);
    await docx.renderDocx(report, { deflateRaw: nativeDeflateRaw });
    await docx.renderDocx(long, { deflateRaw: nativeDeflateRaw });
  }
  const bytes = (await docx.renderDocx(report)).length;
  const rounds = 21;
  const example = await timeRenders(docx, report, rounds, Math.max(1, Math.round(iterations / rounds)));
  const longTimes = await timeRenders(docx, long, rounds, Math.max(1, Math.round(iterations / rounds / 4)));
  const msPerDoc = percentile(example.fflate.wall, 0.5);
  const result = {
    report: "examples/qingxi-health-2023.yaml",
    characters,
    iterations,
    bytes,
    msPerDoc,
    p50: msPerDoc,
    p95: percentile(example.fflate.wall, 0.95),
    docsPerSecond: 1000 / msPerDoc,
    zlibMsPerDoc: percentile(example.zlib.wall, 0.5),
    cpuMsPerDoc: { fflate: percentile(example.fflate.cpu, 0.5), zlib: percentile(example.zlib.cpu, 0.5) },
    long: {
      characters: bodyCharacters(schema, long),
      fflateMsPerDoc: percentile(longTimes.fflate.wall, 0.5),
      zlibMsPerDoc: percentile(longTimes.zlib.wall, 0.5),
    },
    pandoc: undefined,
  };
  log(`DOCX writer (@gongwen/render-docx), warm, medians of ${rounds} rounds (fflate and zlib alternating):`);
  log(
    `  ${characters} characters, fflate (default): ${spread(example.fflate)}, ${(bytes / 1024).toFixed(1)} KiB` +
      `  [target < ${TARGET_MS} ms: ${msPerDoc < TARGET_MS ? "met" : "MISSED"}]`,
  );
  log(`  ${characters} characters, zlib (deflateRaw): ${spread(example.zlib)}`);
  log(`  long report, ${result.long.characters} characters with 版记, fflate: ${spread(longTimes.fflate)}`);
  log(`  long report, ${result.long.characters} characters with 版记, zlib: ${spread(longTimes.zlib)}`);

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
