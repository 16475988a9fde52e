/**
 * Limits that hold under abuse, over real HTTP: a timeout that stops the work (its worker is
 * terminated, and the next request is served), a full queue answered at once with 503 and
 * Retry-After, and a graceful shutdown that lets requests in flight finish.
 */
import { spawn, spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { HEALTH_YAML, post, serve, slowReportYaml } from "./helpers.js";

/** About 0.5 MB of report, well under the 2 MiB body limit: some 300 ms of reading and rendering here. */
const SLOW = slowReportYaml(2500);

describe("limits", () => {
  it("stops work past the timeout (504), terminating its worker, and serves the next request", async () => {
    // Near the model's largest report (MAX_SOURCE_LENGTH): some 250 ms of reading and rendering here,
    // five times the timeout, so that it outlasts it however fast the machine.
    const largest = slowReportYaml(2500, 18);
    const service = await serve({ timeoutMs: 50, bodyLimit: 8 * 1024 * 1024 });
    try {
      const started = Date.now();
      const response = await post(`${service.url}/v1/render?format=docx`, largest, "application/yaml");
      expect(response.status).toBe(504);
      expect(await response.json()).toMatchObject({ code: "timeout", detail: "超过 50 毫秒。" });
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(service.pool.stats().stopped).toBe(1);
      await service.pool.ready();
      // A fresh worker's first render may itself outlast so short a timeout on a loaded machine; the
      // service must answer 200 again within a few tries, not stay broken.
      await expect
        .poll(
          async () => (await post(`${service.url}/v1/render?format=docx`, HEALTH_YAML, "application/yaml")).status,
          {
            timeout: 30_000,
            interval: 100,
          },
        )
        .toBe(200);
    } finally {
      await service.close();
    }
  }, 60_000);

  it("refuses a request at once with 503 and Retry-After when every worker is busy and the queue is full", async () => {
    const service = await serve({ workers: 1, queue: 1, retryAfter: 7, timeoutMs: 60_000 });
    try {
      const first = post(`${service.url}/v1/render`, SLOW, "application/yaml");
      const second = post(`${service.url}/v1/render`, SLOW, "application/yaml");
      await expect.poll(() => service.pool.stats().queued + service.pool.stats().running, { timeout: 10_000 }).toBe(2);
      const third = await post(`${service.url}/v1/render`, HEALTH_YAML, "application/yaml");
      expect(third.status).toBe(503);
      expect(third.headers.get("retry-after")).toBe("7");
      expect(await third.json()).toMatchObject({ code: "busy", title: "服务繁忙，请稍后重试" });
      expect((await first).status).toBe(200);
      expect((await second).status).toBe(200);
    } finally {
      await service.close();
    }
  }, 120_000);

  it("lets a request in flight finish when closed, and takes no new one", async () => {
    const service = await serve({ timeoutMs: 60_000 });
    const inFlight = post(`${service.url}/v1/render`, SLOW, "application/yaml");
    await expect.poll(() => service.pool.stats().running, { timeout: 10_000 }).toBe(1);
    const closed = service.close();
    const late = await post(`${service.url}/v1/render`, HEALTH_YAML, "application/yaml").then(
      (r) => r.status,
      () => "refused",
    );
    expect([503, "refused"]).toContain(late);
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
    await closed;
  }, 120_000);

  it("gongwen serve finishes a request in flight on SIGTERM, then exits 0, logging JSON lines", async () => {
    const bin = fileURLToPath(new URL("../../cli/dist/bin.js", import.meta.url));
    const child = spawn(process.execPath, [bin, "serve", "--port", "0", "--workers", "1", "--body-limit", "8mb"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    await expect
      .poll(() => /listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)?.[1], { timeout: 60_000 })
      .toBeDefined();
    const url = /listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)?.[1] as string;
    // The model's largest report: some 250 ms of work, so the signal comes while it is in flight.
    const inFlight = post(`${url}/v1/render`, slowReportYaml(2500, 18), "application/yaml");
    await new Promise((r) => setTimeout(r, 50));
    child.kill("SIGTERM");
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await exited).toBe(0);
    expect(stderr).toContain("gongwen 服务已启动：http://127.0.0.1:");
    // Nothing else on standard error: no deprecation or other warning at start.
    expect(stderr.trim().split("\n")).toHaveLength(1);
    const lines = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines.some((l) => l.msg === "shutting down: finishing requests in flight" && l.signal === "SIGTERM")).toBe(
      true,
    );
    expect(lines.at(-1)).toMatchObject({ msg: "stopped" });
  }, 120_000);

  it("gongwen serve on a port already taken says so, and exits 1 without a stack or a worker left", async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, "127.0.0.1", resolve));
    const port = (holder.address() as { port: number }).port;
    try {
      const bin = fileURLToPath(new URL("../../cli/dist/bin.js", import.meta.url));
      for (const [lang, text] of [
        ["zh", `端口已被占用：127.0.0.1:${port}。请用 --port`],
        ["en", `the port is already in use: 127.0.0.1:${port}. Choose another with --port`],
      ] as const) {
        const run = spawnSync(
          process.execPath,
          [bin, "serve", "--port", String(port), "--workers", "1", "--lang", lang],
          {
            encoding: "utf8",
            timeout: 60_000,
          },
        );
        expect(run.status).toBe(1);
        expect(run.stderr).toContain(text);
        expect(run.stderr).not.toMatch(/\bat .*\.(js|ts):\d+|内部错误|internal error/);
      }
    } finally {
      holder.close();
    }
  }, 120_000);
});
