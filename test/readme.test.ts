import { readFileSync } from "node:fs";
import { loadReportYaml } from "@gongwen/schema";
import { describe, expect, it } from "vitest";

const README = readFileSync(new URL("../README.md", import.meta.url), "utf8");

describe("README", () => {
  it("shows a report in YAML that is valid", () => {
    const yaml = /```yaml\n([\s\S]*?)```/.exec(README)?.[1];
    expect(yaml).toBeDefined();
    const report = loadReportYaml(yaml as string, "README.md");
    expect(report.meta.title).toBe("青溪县卫生健康局2023年工作总结和2024年工作思路");
  });

  it("holds exactly two set-up commands: the demo and the tests", () => {
    const blocks = [...README.matchAll(/```sh\n([^\n]*)\n```/g)].map((m) => m[1]);
    expect(blocks).toEqual([
      "npm install -g pnpm@10 && pnpm install && pnpm demo",
      "npm install -g pnpm@10 && pnpm install && pnpm run setup:test && pnpm test",
    ]);
  });

  it("runs the README's test command in CI", () => {
    const ci = readFileSync(new URL("../.ci/run", import.meta.url), "utf8");
    for (const step of ["pnpm install", "pnpm run setup:test", "pnpm test"]) expect(ci).toContain(step);
  });
});
