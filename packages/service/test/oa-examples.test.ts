/**
 * The OA examples of examples/oa run against a started service: the Java client (JDK HttpClient,
 * `java RenderReport.java`, one file, no build tool) and the curl script. Both need their tool:
 * scripts/install-test-tools.sh installs a JDK (default-jdk-headless) and curl when missing.
 */
import { execFile, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningService } from "../src/index.js";
import { serve } from "./helpers.js";

const EXAMPLES = fileURLToPath(new URL("../../../examples/oa/", import.meta.url));
let service: RunningService;
/** Runs a command without blocking the event loop, which serves the command's requests. */
const run = promisify(execFile);

function requireTool(command: string, hint: string): void {
  if (spawnSync("sh", ["-c", `command -v ${command}`]).status !== 0) {
    throw new Error(`${command} is not installed (${hint}): run scripts/install-test-tools.sh`);
  }
}

beforeAll(async () => {
  service = await serve({ workers: 1 });
}, 60_000);

afterAll(async () => {
  await service?.close();
});

describe("examples/oa", () => {
  it("RenderReport.java renders a DOCX named after the title, shows a located 422, and imports pasted text", async () => {
    requireTool("java", "the Java example runs with the JDK");
    const out = mkdtempSync(join(tmpdir(), "gongwen-java-"));
    const { stdout } = await run("java", [join(EXAMPLES, "RenderReport.java"), service.url, out], {
      encoding: "utf8",
      timeout: 170_000,
    });
    expect(stdout).toContain("render: 200, wrote");
    const docx = join(out, "鹤川县水利局2023年工作总结.docx");
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe("PK");
    expect(stdout).toContain("validate: 422 application/problem+json");
    expect(stdout).toMatch(/line 2, column \d+: meta\.year（年度）：应为数字，实际是文本“二〇二三”。/);
    expect(readFileSync(join(out, "imported.yaml"), "utf8")).toContain("org: 鹤川县水利局");
  }, 180_000);

  it("curl.sh renders, validates and imports", async () => {
    requireTool("curl", "the curl example");
    const out = mkdtempSync(join(tmpdir(), "gongwen-curl-"));
    const { stdout } = await run("bash", [join(EXAMPLES, "curl.sh"), service.url, out], {
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(stdout).toContain("filename*=UTF-8''");
    expect(stdout).toContain("HTTP 422");
    expect(stdout).toContain("应为数字");
    expect(readdirSync(out).sort()).toEqual([
      "imported.json",
      "portal.html",
      "portal.md",
      "render.headers",
      "report.docx",
    ]);
    expect(existsSync(join(out, "report.docx"))).toBe(true);
    expect(JSON.parse(readFileSync(join(out, "imported.json"), "utf8")).report.meta.org).toBe("青溪县卫生健康局");
  }, 180_000);
});
