// Load on the HTTP service (`pnpm bench` runs this through scripts/bench.mjs; `node scripts/bench-service.mjs`
// runs it alone): `gongwen serve` on a free loopback port in its own process, then autocannon POSTs the
// ~5,000-character example report as JSON to /v1/render?format=docx at 8 connections for 10,000
// requests (after 500 to warm up). Reports requests per second, p50 and p99 latency, errors and
// non-2xx answers, and the service's memory (RSS, heap) before and after. Targets: at least 250
// requests per second with p99 under 100 ms, no errors, memory flat. Loopback only; bounded by the
// request count. Also the service's CPU time per request (Linux), which does not depend on the other
// load of the machine. Needs the packages built (pnpm build).
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import autocannon from "autocannon";

const root = fileURLToPath(new URL("../", import.meta.url));
const REQUESTS = 10_000;
const WARM_UP = 500;
const CONNECTIONS = 8;
const TARGET_RPS = 250;
const TARGET_P99_MS = 100;

const { loadReportYaml } = await import(pathToFileURL(join(root, "packages/schema/dist/index.js")).href);
const body = JSON.stringify(loadReportYaml(readFileSync(join(root, "examples/qingxi-health-2023.yaml"), "utf8")));

const child = spawn(
  process.execPath,
  [join(root, "packages/cli/dist/bin.js"), "serve", "--port", "0", "--host", "127.0.0.1"],
  {
    stdio: ["ignore", "ignore", "pipe"],
  },
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

/** CPU seconds the service process (all its threads) has used, from /proc (Linux); undefined elsewhere. */
function cpuSeconds() {
  const file = `/proc/${child.pid}/stat`;
  if (!existsSync(file)) return undefined;
  const fields = readFileSync(file, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const memory = async () => (await (await fetch(`${url}/healthz`)).json()).memory;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
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
  const cpuBefore = cpuSeconds();
  const result = await load(REQUESTS);
  const cpuAfter = cpuSeconds();
  const after = await memory();
  const rps = result.requests.average;
  const { p50, p99 } = result.latency;
  const failed = result.errors + result.timeouts + result.non2xx;
  console.log(
    `service (gongwen serve, ${CONNECTIONS} connections, ${REQUESTS} DOCX renders of the 5,000-character report over loopback):`,
  );
  console.log(
    `  ${rps.toFixed(0)} requests/s, p50 ${p50} ms, p99 ${p99} ms, ${failed} errors or non-2xx (target ≥ ${TARGET_RPS}/s, p99 < ${TARGET_P99_MS} ms, 0 errors)`,
  );
  console.log(
    `  memory before ${mb(before.rss)} RSS / ${mb(before.heapUsed)} heap, after ${mb(after.rss)} RSS / ${mb(after.heapUsed)} heap`,
  );
  if (cpuBefore !== undefined && cpuAfter !== undefined) {
    // CPU time per request does not depend on what else the machine runs: it bounds the rate an idle machine reaches.
    const cpuMs = ((cpuAfter - cpuBefore) * 1000) / REQUESTS;
    const cores = availableParallelism();
    console.log(
      `  ${cpuMs.toFixed(2)} ms of CPU per request in the service (all threads): at most ${Math.round((cores * 1000) / cpuMs)} requests/s on ${cores} idle cores`,
    );
  }
  if (rps < TARGET_RPS || p99 >= TARGET_P99_MS || failed > 0) console.log("  BELOW TARGET");
} finally {
  child.kill("SIGTERM");
}
