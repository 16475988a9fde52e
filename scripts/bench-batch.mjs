// Speed of `gongwen batch` (`pnpm bench` runs this through scripts/bench.mjs; `node scripts/bench-batch.mjs`
// runs it alone): the whole command as users run it — the bundled command (packages/cli/bundle/gongwen.js,
// made by pnpm build) started as a process: start, read the CSV, fill the example template
// (examples/batch/template.yaml, about 4,400 characters of body text plus a table), write each DOCX
// atomically — for 1,000 rows with 1 and with 2 worker threads, runs alternating so both see the same
// machine; and its peak memory (maximum resident set, all threads) at 100 and at 1,000 rows.
// Target (issue 11): at least 300 documents per second with 2 workers.
// Figures: median and spread (min–max) of `runs` runs each, and the CPU time (user + system, all
// threads) per document, which a loaded machine changes less than the wall time.
// NODE_EXTRA_CA_CERTS is unset for the runs (a user's machine does not have it; with it, Node parses a
// whole CA bundle at each start): `--with-ca-certs` keeps it, and the figures say which.
// Needs the packages built (pnpm build) and GNU time (/usr/bin/time) for the memory and CPU figures.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const BIN = join(root, "packages/cli/bundle/gongwen.js");
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

/** Runs the command once; returns wall seconds, CPU seconds and peak memory (MiB), or throws when it failed. */
function batch(data, jobs, dir, env) {
  const out = join(dir, `out-${jobs}-${Math.random().toString(36).slice(2)}`);
  const args = [BIN, "batch", TEMPLATE, "--data", data, "-o", out, "--jobs", String(jobs)];
  const timed = existsSync("/usr/bin/time");
  const start = performance.now();
  const run = timed
    ? spawnSync("/usr/bin/time", ["-f", "GWTIME %M %U %S", process.execPath, ...args], { encoding: "utf8", env })
    : spawnSync(process.execPath, args, { encoding: "utf8", env });
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0) throw new Error(`bench-batch: the batch failed\n${run.stderr}`);
  const [kb, user, system] = (/GWTIME (\d+) ([\d.]+) ([\d.]+)/.exec(run.stderr ?? "") ?? []).slice(1).map(Number);
  rmSync(out, { recursive: true, force: true });
  return {
    seconds,
    cpuSeconds: timed ? user + system : undefined,
    peakMiB: Number.isFinite(kb) ? kb / 1024 : undefined,
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });

/**
 * Runs the benchmark, prints its figures and returns them.
 * @param {{ log?: (line: string) => void, count?: number, runs?: number, withCaCerts?: boolean }} [options]
 */
export async function run(options = {}) {
  const { log = console.log, count = 1000, runs = 3, withCaCerts = process.argv.includes("--with-ca-certs") } = options;
  if (!existsSync(BIN)) throw new Error("bench-batch: build the packages first (pnpm build)");
  const env = { ...process.env };
  if (!withCaCerts) delete env.NODE_EXTRA_CA_CERTS;
  const dir = mkdtempSync(join(tmpdir(), "gongwen-bench-batch-"));
  try {
    const many = rows(count, dir);
    const few = rows(100, dir);
    batch(few, 2, dir, env); // warm the file cache
    const one = [];
    const two = [];
    const small = [];
    for (let i = 0; i < runs; i++) {
      one.push(batch(many, 1, dir, env));
      two.push(batch(many, 2, dir, env));
      small.push(batch(few, 2, dir, env));
    }
    const rate = (list) => stats(list.map((r) => count / r.seconds));
    const cpu = (list) =>
      list[0].cpuSeconds === undefined ? undefined : stats(list.map((r) => (1000 * r.cpuSeconds) / count));
    const peak = (list) => (list[0].peakMiB === undefined ? undefined : stats(list.map((r) => r.peakMiB)));
    const figures = {
      rows: count,
      runs,
      caCerts: withCaCerts,
      oneWorker: { docsPerSecond: rate(one), cpuMsPerDoc: cpu(one), peakMiB: peak(one) },
      twoWorkers: { docsPerSecond: rate(two), cpuMsPerDoc: cpu(two), peakMiB: peak(two) },
      peakMiB100: peak(small),
      peakMiB1000: peak(two),
    };
    log(`\n## gongwen batch (examples/batch/template.yaml → DOCX, ${count} rows, the whole bundled command)`);
    const load = loadavg()[0] ?? 0;
    log(
      `machine: ${availableParallelism()} cores, load average ${load.toFixed(1)} (figures scale down with load); ` +
        `NODE_EXTRA_CA_CERTS ${withCaCerts ? "kept" : "unset"}; ${runs} alternating runs, median (min–max)`,
    );
    const f = (s, digits = 0) => `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
    const line = (label, w) =>
      `${label}  ${f(w.docsPerSecond)} docs/s` +
      (w.cpuMsPerDoc ? `, CPU ${f(w.cpuMsPerDoc, 2)} ms/doc (all threads)` : "");
    log(line("1 worker ", figures.oneWorker));
    log(
      `${line("2 workers", figures.twoWorkers)}  [target ≥ ${TARGET}: ${figures.twoWorkers.docsPerSecond.median >= TARGET ? "met" : "MISSED"}]`,
    );
    if (figures.peakMiB100 && figures.peakMiB1000) {
      log(
        `peak memory (2 workers): ${f(figures.peakMiB100)} MiB at 100 rows, ${f(figures.peakMiB1000)} MiB at ${count} rows`,
      );
    }
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
}
