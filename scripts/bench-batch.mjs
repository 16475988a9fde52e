// Speed of `gongwen batch` (`pnpm bench` runs this through scripts/bench.mjs; `node scripts/bench-batch.mjs`
// runs it alone): the whole command, as users run it — start, read the CSV, fill the example template
// (examples/batch/template.yaml, about 4,400 characters of body text plus a table), write each DOCX
// atomically — for 1,000 rows with 1 and with 2 worker threads, and its peak memory (maximum resident
// set, all threads) at 100 and at 1,000 rows. Target: at least 300 documents per second with 2 workers.
// Needs the packages built (pnpm build) and GNU time (/usr/bin/time) for the memory figures.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const BIN = join(root, "packages/cli/dist/bin.js");
const TEMPLATE = join(root, "examples/batch/template.yaml");
const TARGET = 300;

/** `n` rows made from the example's twelve counties, each with its own name. */
function rows(n, dir) {
  const [header, ...records] = readFileSync(join(root, "examples/batch/counties.csv"), "utf8")
    .replace(/^\uFEFF/, "")
    .trim()
    .split(/\r?\n/);
  const out = [header];
  for (let i = 0; i < n; i++) {
    const cells = records[i % records.length].split(",");
    cells[0] = `${cells[0]}${i + 1}`;
    out.push(cells.join(","));
  }
  const file = join(dir, `rows-${n}.csv`);
  writeFileSync(file, out.join("\r\n"));
  return file;
}

/** Runs the command once; returns seconds and peak memory (MiB), or throws when it failed. */
function batch(data, jobs, dir) {
  const out = join(dir, `out-${jobs}-${Math.random().toString(36).slice(2)}`);
  const args = [BIN, "batch", TEMPLATE, "--data", data, "-o", out, "--jobs", String(jobs)];
  const timed = existsSync("/usr/bin/time");
  const start = performance.now();
  const run = timed
    ? spawnSync("/usr/bin/time", ["-f", "GWTIME %M", process.execPath, ...args], { encoding: "utf8" })
    : spawnSync(process.execPath, args, { encoding: "utf8" });
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0) throw new Error(`bench-batch: the batch failed\n${run.stderr}`);
  const kb = Number(/GWTIME (\d+)/.exec(run.stderr ?? "")?.[1]);
  rmSync(out, { recursive: true, force: true });
  return { seconds, peakMiB: Number.isFinite(kb) ? kb / 1024 : undefined };
}

/** Runs the benchmark, prints its figures and returns them. */
export async function run(options = {}) {
  const { log = console.log, count = 1000 } = options;
  if (!existsSync(BIN)) throw new Error("bench-batch: build the packages first (pnpm build)");
  const dir = mkdtempSync(join(tmpdir(), "gongwen-bench-batch-"));
  try {
    const many = rows(count, dir);
    const few = rows(100, dir);
    batch(few, 2, dir); // warm the file cache
    const one = batch(many, 1, dir);
    const two = batch(many, 2, dir);
    const small = batch(few, 2, dir);
    const figures = {
      rows: count,
      oneWorker: { seconds: one.seconds, docsPerSecond: count / one.seconds },
      twoWorkers: { seconds: two.seconds, docsPerSecond: count / two.seconds },
      peakMiB100: small.peakMiB,
      peakMiB1000: two.peakMiB,
    };
    log(`\n## gongwen batch (examples/batch/template.yaml → DOCX, ${count} rows, the whole command)`);
    const load = loadavg()[0] ?? 0;
    log(`machine: ${availableParallelism()} cores, load average ${load.toFixed(1)} (figures scale down with load)`);
    log(`1 worker    ${one.seconds.toFixed(2)} s, ${figures.oneWorker.docsPerSecond.toFixed(0)} docs/s`);
    log(
      `2 workers   ${two.seconds.toFixed(2)} s, ${figures.twoWorkers.docsPerSecond.toFixed(0)} docs/s` +
        `  [target ≥ ${TARGET}: ${figures.twoWorkers.docsPerSecond >= TARGET ? "met" : "MISSED"}]`,
    );
    if (small.peakMiB !== undefined) {
      log(`peak memory ${small.peakMiB.toFixed(0)} MiB at 100 rows, ${two.peakMiB?.toFixed(0)} MiB at ${count} rows`);
    }
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
}
