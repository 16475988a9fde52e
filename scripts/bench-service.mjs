// Load on the HTTP service (`pnpm bench` runs this through scripts/bench.mjs; `node scripts/bench-service.mjs`
// runs it alone): `gongwen serve` on a free loopback port in its own process, then autocannon POSTs the
// ~5,000-character example report as JSON to /v1/render?format=docx at 8 connections, in rounds of 10,000
// requests (after 500 to warm up; 2 rounds, or BENCH_SERVICE_ROUNDS), to show the spread. Reports each
// round's requests per second, p50 and p99 latency, errors and non-2xx answers, then the medians with
// their range, the service's memory (RSS, heap) before the first round and after each, and its CPU time
// per request (Linux: all its threads), which depends less on the other load of the machine than the
// rate does; autocannon runs on the same cores and its own CPU per request is shown too. Targets: at
// least 250 requests per second with p99 under 100 ms, no errors, memory flat. Loopback only; bounded by
// the request count. Needs the packages built (pnpm build).
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import autocannon from "autocannon";

const root = fileURLToPath(new URL("../", import.meta.url));
const REQUESTS = 10_000;
const ROUNDS = Number(process.env.BENCH_SERVICE_ROUNDS ?? 2);
const WARM_UP = 500;
const CONNECTIONS = 8;
const TARGET_RPS = 250;
const TARGET_P99_MS = 100;

/** CPU milliseconds a process (all its threads) has used, from /proc (Linux); undefined elsewhere. */
function cpuMs(pid) {
  const file = `/proc/${pid}/stat`;
  if (!existsSync(file)) return undefined;
  const fields = readFileSync(file, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return Number.isInteger(middle)
    ? ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
    : sorted[Math.floor(middle)];
};
/** `180 (170–190)`: the median of the rounds and their range. */
const spread = (values, digits = 0) =>
  `${median(values).toFixed(digits)} (${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)})`;

/** `gongwen serve` on a free loopback port, in its own process; resolves with the process and its URL. */
async function startService() {
  const child = spawn(
    process.execPath,
    [join(root, "packages/cli/dist/bin.js"), "serve", "--port", "0", "--host", "127.0.0.1"],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  const url = await new Promise((resolve, reject) => {
    let err = "";
    child.stderr.on("data", (data) => {
      err += data;
      const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(err);
      if (match) resolve(match[1]);
    });
    child.on("exit", (code) => reject(new Error(`gongwen serve exited with ${code}: ${err}`)));
  });
  return { child, url };
}

/**
 * Runs the load, prints its figures and returns them.
 * @param {{ rounds?: number, log?: (line: string) => void }} [options]
 */
export async function run(options = {}) {
  const { rounds = ROUNDS, log = console.log } = options;
  const { loadReportYaml } = await import(pathToFileURL(join(root, "packages/schema/dist/index.js")).href);
  const body = JSON.stringify(loadReportYaml(readFileSync(join(root, "examples/qingxi-health-2023.yaml"), "utf8")));
  const { child, url } = await startService();
  const memory = async () => (await (await fetch(`${url}/healthz`)).json()).memory;
  const load = (amount) =>
    autocannon({
      url: `${url}/v1/render?format=docx`,
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
      connections: CONNECTIONS,
      amount,
    });
  try {
    await load(WARM_UP);
    const before = await memory();
    log(
      `service (gongwen serve, ${CONNECTIONS} connections, ${rounds} rounds of ${REQUESTS} DOCX renders of the 5,000-character report over loopback):`,
    );
    log(`  memory before: ${mb(before.rss)} RSS / ${mb(before.heapUsed)} heap`);
    const results = [];
    for (let round = 1; round <= rounds; round++) {
      const cpuBefore = cpuMs(child.pid);
      const ownBefore = process.cpuUsage();
      const result = await load(REQUESTS);
      const cpuAfter = cpuMs(child.pid);
      const own = process.cpuUsage(ownBefore);
      const after = await memory();
      const figures = {
        rps: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        failed: result.errors + result.timeouts + result.non2xx,
        rss: after.rss,
        heapUsed: after.heapUsed,
        cpuMs: cpuBefore === undefined || cpuAfter === undefined ? undefined : (cpuAfter - cpuBefore) / REQUESTS,
        autocannonCpuMs: (own.user + own.system) / 1000 / REQUESTS,
      };
      results.push(figures);
      const cpu = figures.cpuMs === undefined ? "" : `, ${figures.cpuMs.toFixed(2)} ms CPU/request`;
      log(
        `  round ${round}: ${figures.rps.toFixed(0)} requests/s, p50 ${figures.p50} ms, p99 ${figures.p99} ms, ${figures.failed} errors or non-2xx${cpu}; memory after ${mb(figures.rss)} RSS / ${mb(figures.heapUsed)} heap`,
      );
    }
    const rps = results.map((r) => r.rps);
    const p99 = results.map((r) => r.p99);
    const failed = results.reduce((sum, r) => sum + r.failed, 0);
    log(
      `  median (range) of ${rounds} rounds: ${spread(rps)} requests/s, p50 ${spread(results.map((r) => r.p50))} ms, p99 ${spread(p99)} ms, ${failed} errors or non-2xx (target ≥ ${TARGET_RPS}/s, p99 < ${TARGET_P99_MS} ms, 0 errors)`,
    );
    const cpu = results.map((r) => r.cpuMs).filter((ms) => ms !== undefined);
    if (cpu.length > 0) {
      // CPU time per request depends less on what else the machine runs: it bounds the rate idle cores reach.
      const cores = availableParallelism();
      const own = median(results.map((r) => r.autocannonCpuMs));
      log(
        `  CPU per request: service ${spread(cpu, 2)} ms (all threads), autocannon ${own.toFixed(2)} ms: at most ${Math.round((cores * 1000) / (median(cpu) + own))} requests/s on ${cores} idle cores`,
      );
    }
    if (median(rps) < TARGET_RPS || median(p99) >= TARGET_P99_MS || failed > 0) log("  BELOW TARGET");
    return { results, before };
  } finally {
    child.kill("SIGTERM");
    await new Promise((resolve) => (child.exitCode === null ? child.once("exit", resolve) : resolve()));
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await run();
