// Speed of `gongwen batch` (`pnpm bench` runs this through scripts/bench.mjs; `node scripts/bench-batch.mjs`
// runs it alone): the whole command as users run it — the bundled command (packages/cli/bundle/gongwen.cjs,
// made by pnpm build) started as a process: start, read the CSV, fill the example template
// (examples/batch/template.yaml, about 4,400 characters of body text plus a table), write each DOCX
// atomically — for 1,000 rows with 1 and with 2 worker threads, runs alternating so both see the same
// machine; and its peak memory (maximum resident set, all threads) at 100 and at 1,000 rows, and once at
// 3,000 rows to show whether it keeps rising.
// Target (issue 11): at least 300 documents per second with 2 workers.
// Figures: median and spread (min–max) of `runs` runs each, and the CPU time (user + system, all
// threads) per document, which a loaded machine changes less than the wall time.
// NODE_EXTRA_CA_CERTS is unset for the runs (a user's machine does not have it; with it, Node parses a
// whole CA bundle at each start): `--with-ca-certs` keeps it, and the figures say which.
// `--against OTHER/gongwen.cjs` runs another build of the command too (an older commit's bundle), its
// runs alternating with these, and prints its figures beside them. Each build has a code cache of
// its own in the bench's folder, made by a first small batch, as after a user's first run.
// Needs the packages built (pnpm build) and GNU time (/usr/bin/time) for the memory and CPU figures.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const BIN = join(root, "packages/cli/bundle/gongwen.cjs");
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
function batch(bin, data, jobs, dir, env) {
  const out = join(dir, `out-${jobs}-${Math.random().toString(36).slice(2)}`);
  const args = [bin, "batch", TEMPLATE, "--data", data, "-o", out, "--jobs", String(jobs)];
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

/** The figures of one command's runs: rates, CPU per document and peak memory, each median (min–max). */
function figuresOf(runs, count) {
  const { one, two, small } = runs;
  const rate = (list) => stats(list.map((r) => count / r.seconds));
  const cpu = (list) =>
    list[0].cpuSeconds === undefined ? undefined : stats(list.map((r) => (1000 * r.cpuSeconds) / count));
  const peak = (list) => (list[0].peakMiB === undefined ? undefined : stats(list.map((r) => r.peakMiB)));
  return {
    oneWorker: { docsPerSecond: rate(one), cpuMsPerDoc: cpu(one) },
    twoWorkers: { docsPerSecond: rate(two), cpuMsPerDoc: cpu(two) },
    peakMiB100: peak(small),
    peakMiB1000: peak(two),
    peakMiBLong: runs.long?.peakMiB,
  };
}

/** Prints one command's figures. */
function print(log, label, figures, count) {
  const f = (s, digits = 0) => `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
  const line = (workers, w) =>
    `  ${workers}  ${f(w.docsPerSecond)} docs/s` +
    (w.cpuMsPerDoc ? `, CPU ${f(w.cpuMsPerDoc, 2)} ms/doc (all threads)` : "");
  log(label);
  log(line("1 worker ", figures.oneWorker));
  log(
    `${line("2 workers", figures.twoWorkers)}  [target ≥ ${TARGET}: ${figures.twoWorkers.docsPerSecond.median >= TARGET ? "met" : "MISSED"}]`,
  );
  if (figures.peakMiB100 && figures.peakMiB1000) {
    log(
      `  peak memory (2 workers): ${f(figures.peakMiB100)} MiB at 100 rows, ${f(figures.peakMiB1000)} MiB at ${count} rows` +
        (figures.peakMiBLong === undefined
          ? ""
          : `, ${figures.peakMiBLong.toFixed(0)} MiB at ${3 * count} rows (one run)`),
    );
  }
}

/**
 * Runs the benchmark, prints its figures and returns them (`against`: the other command's too).
 * @param {{ log?: (line: string) => void, count?: number, runs?: number, withCaCerts?: boolean, against?: string }} [options]
 */
export async function run(options = {}) {
  const argv = process.argv;
  const {
    log = console.log,
    count = 1000,
    runs = 3,
    withCaCerts = argv.includes("--with-ca-certs"),
    against = argv.includes("--against") ? argv[argv.indexOf("--against") + 1] : undefined,
  } = options;
  if (!existsSync(BIN)) throw new Error("bench-batch: build the packages first (pnpm build)");
  if (against !== undefined && !existsSync(against)) throw new Error(`bench-batch: no command at ${against}`);
  const env = { ...process.env };
  if (!withCaCerts) delete env.NODE_EXTRA_CA_CERTS;
  const dir = mkdtempSync(join(tmpdir(), "gongwen-bench-batch-"));
  try {
    const many = rows(count, dir);
    const few = rows(100, dir);
    const bins = against === undefined ? [BIN] : [BIN, against];
    // Each command's code cache (packages/cli/src/code-cache.ts) in the bench's own folder, not in
    // the user's: made by the warm-up below, as by a user's first batch.
    const envs = bins.map((_, b) => ({ ...env, XDG_CACHE_HOME: join(dir, `cache-${b}`) }));
    const results = bins.map(() => ({ one: [], two: [], small: [] }));
    // Warms the file cache and makes the code caches, as a user's first batch does.
    for (const [b, bin] of bins.entries()) batch(bin, few, 2, dir, envs[b]);
    const longest = rows(3 * count, dir);
    for (const [b, bin] of bins.entries()) results[b].long = batch(bin, longest, 2, dir, envs[b]);
    for (let i = 0; i < runs; i++) {
      for (const [b, bin] of bins.entries()) results[b].one.push(batch(bin, many, 1, dir, envs[b]));
      for (const [b, bin] of bins.entries()) results[b].two.push(batch(bin, many, 2, dir, envs[b]));
      for (const [b, bin] of bins.entries()) results[b].small.push(batch(bin, few, 2, dir, envs[b]));
    }
    log(`\n## gongwen batch (examples/batch/template.yaml → DOCX, ${count} rows, the whole bundled command)`);
    const load = loadavg()[0] ?? 0;
    log(
      `machine: ${availableParallelism()} cores, load average ${load.toFixed(1)} (figures scale down with load); ` +
        `NODE_EXTRA_CA_CERTS ${withCaCerts ? "kept" : "unset"}; ${runs} alternating runs, median (min–max)`,
    );
    const figures = { rows: count, runs, caCerts: withCaCerts, ...figuresOf(results[0], count) };
    print(log, "this build:", figures, count);
    if (against !== undefined) {
      figures.against = { bin: against, ...figuresOf(results[1], count) };
      print(log, `against ${against}:`, figures.against, count);
    }
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
}
