// Whole-process figures for `pnpm bench` (`node scripts/bench-start.mjs` runs it alone, after
// pnpm build): how long the installed command takes as a user runs it, start-up included, side by
// side and alternating with what it is measured against, so that both see the same machine:
//   gongwen render example.yaml -o x.docx   against   pandoc example.md -o x.docx
//   gongwen --version                       against   node -e 0
// Targets (issue 12): render within 1.5× pandoc's time, --version within 1.5× a bare Node start.
// Prints the median and the spread (min–max) of each, the ratio of the medians and the median of
// the run-by-run ratios, and a bare Node start against pandoc: the least any Node program can take.
// Without pandoc the pandoc pairs are skipped, and it says so.
//
// The headline runs without NODE_EXTRA_CA_CERTS, as on a user's machine: with it, Node 20 parses the
// whole CA bundle it names at every start, before any JavaScript (~100 ms here), which says nothing
// of gongwen. When it is set, the pairs are run again with it, labelled. The command's code cache
// (packages/cli/src/code-cache.ts) is in a folder of the bench's own, made by the warm-up runs, as
// it is after a user's first run; one more pair shows a first run, with no cache yet.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const BIN = join(root, "packages/cli/bundle/gongwen.cjs");
const EXAMPLE = join(root, "examples/qingxi-health-2023.yaml");
const TARGET = 1.5;
const PANDOC = "pandoc example.md -o x.docx";

/** Wall milliseconds of one run of a command in `env`; a failed run stops the bench. */
function time(command, args, cwd, env) {
  const start = performance.now();
  const r = spawnSync(command, args, { cwd, env, stdio: ["ignore", "ignore", "pipe"] });
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`${command} ${args.join(" ")} failed: ${r.stderr}`);
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/**
 * Runs A and B in turn, `runs` times each after `warmup` unmeasured pairs, and returns the figures.
 * `a.before`, when given, runs before each run of A, untimed.
 */
function pair(a, b, { runs, warmup, cwd, env }) {
  for (let i = 0; i < warmup; i++) {
    a.before?.();
    time(a.command, a.args, cwd, env);
    time(b.command, b.args, cwd, env);
  }
  const as = [];
  const bs = [];
  for (let i = 0; i < runs; i++) {
    a.before?.();
    as.push(time(a.command, a.args, cwd, env));
    bs.push(time(b.command, b.args, cwd, env));
  }
  const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });
  return {
    a: stats(as),
    b: stats(bs),
    ratio: median(as) / median(bs),
    pairedRatio: median(as.map((x, i) => x / bs[i])),
  };
}

/** Prints a pair: both medians and spreads, and their ratio against `target` (none: no verdict). */
function print(log, label, a, b, figures, target = TARGET) {
  const f = (s) => `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
  log(`  ${a.padEnd(40)} ${f(figures.a)}`);
  log(`  ${b.padEnd(40)} ${f(figures.b)}`);
  const verdict = target ? `  [target ≤ ${target}×: ${figures.ratio <= target ? "met" : "MISSED"}]` : "";
  log(`  ${label}: ${figures.ratio.toFixed(2)}× (run by run ${figures.pairedRatio.toFixed(2)}×)${verdict}`);
}

/**
 * Measures and prints the pairs in one environment; returns `{ render, firstRender, floor, version }`
 * (render, firstRender and floor, a bare Node start against pandoc, undefined without pandoc).
 */
function measure(env, dir, { runs, warmup, log }) {
  const node = process.execPath;
  const cache = join(dir, "cache");
  const result = { render: undefined, firstRender: undefined, floor: undefined, version: undefined };
  const options = { runs, warmup, cwd: dir, env: { ...env, XDG_CACHE_HOME: cache } };
  if (spawnSync("pandoc", ["--version"]).status === 0) {
    // pandoc reads the same report, as Markdown written by gongwen.
    time(node, [BIN, "render", EXAMPLE, "-o", join(dir, "example.md")], dir, options.env);
    const pandoc = { command: "pandoc", args: [join(dir, "example.md"), "-o", join(dir, "p.docx")] };
    const gongwen = { command: node, args: [BIN, "render", EXAMPLE, "-o", join(dir, "x.docx")] };
    result.render = pair(gongwen, pandoc, options);
    print(log, "render / pandoc", "gongwen render example.yaml -o x.docx", PANDOC, result.render);
    // The first run after an install or an upgrade: no code cache yet (this run makes it).
    const first = { ...gongwen, before: () => rmSync(cache, { recursive: true, force: true }) };
    result.firstRender = pair(first, pandoc, options);
    print(log, "first render / pandoc", "the same, first run (no code cache)", PANDOC, result.firstRender, null);
    // The floor of any Node program: a bare Node start against the same pandoc run.
    result.floor = pair({ command: node, args: ["-e", "0"] }, pandoc, options);
    print(log, "node -e 0 / pandoc: the floor for Node", "node -e 0", PANDOC, result.floor, null);
  } else {
    log("  pandoc is not installed: the render pair (gongwen render against pandoc) is SKIPPED.");
    log("  Install it (apt-get install pandoc) to measure it.");
  }
  result.version = pair({ command: node, args: [BIN, "--version"] }, { command: node, args: ["-e", "0"] }, options);
  print(log, "--version / node -e 0", "gongwen --version", "node -e 0", result.version);
  return result;
}

/**
 * Measures and prints the pairs without NODE_EXTRA_CA_CERTS (the headline), then with it when it is
 * set; returns the headline's `{ render, firstRender, floor, version }` and, when measured,
 * `withExtraCaCerts` with the same figures.
 * @param {{ runs?: number, warmup?: number, log?: (line: string) => void }} [options]
 */
export async function run(options = {}) {
  const { runs = 15, warmup = 2, log = console.log } = options;
  if (!existsSync(BIN)) throw new Error("bench-start: build first (pnpm build makes the bundled command)");
  const dir = mkdtempSync(join(tmpdir(), "gongwen-bench-start-"));
  try {
    const { NODE_EXTRA_CA_CERTS: caCerts, ...without } = process.env;
    log("\n## The command as a whole process (examples/qingxi-health-2023.yaml), alternating runs");
    log(`  ${runs} runs each after ${warmup} warm-up pairs; median (min–max)`);
    log("  Without NODE_EXTRA_CA_CERTS, as on a user's machine:");
    const result = measure(without, dir, { runs, warmup, log });
    if (caCerts) {
      log(`  With NODE_EXTRA_CA_CERTS=${caCerts} (this machine's setting; Node parses it at every start):`);
      result.withExtraCaCerts = measure(process.env, dir, { runs, warmup, log });
    }
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await run();
