import { readFileSync } from "node:fs";
import { loadReportYaml } from "@gongwen/schema";
import { describe, expect, it } from "vitest";

const README = readFileSync(new URL("../README.md", import.meta.url), "utf8");

/** The text of a `## title` section of the README, up to the next one. */
function section(title: string): string {
  const start = README.indexOf(`## ${title}`);
  expect(start, title).toBeGreaterThanOrEqual(0);
  const end = README.indexOf("\n## ", start + 1);
  return README.slice(start, end < 0 ? undefined : end);
}

describe("README", () => {
  it("shows a report in YAML that is valid", () => {
    const yaml = /```yaml\n([\s\S]*?)```/.exec(README)?.[1];
    expect(yaml).toBeDefined();
    const report = loadReportYaml(yaml as string, "README.md");
    expect(report.meta.title).toBe("青溪县卫生健康局2023年工作总结和2024年工作思路");
  });

  it("holds exactly two set-up commands: the demo and the tests", () => {
    const blocks = [...section("Set up").matchAll(/```sh\n([^\n]*)\n```/g)].map((m) => m[1]);
    expect(blocks).toEqual([
      "npm install -g pnpm@10 && pnpm install && pnpm demo",
      "npm install -g pnpm@10 && pnpm install && pnpm run setup:test && pnpm test",
    ]);
  });

  it("runs the README's test command in CI", () => {
    const ci = readFileSync(new URL("../.ci/run", import.meta.url), "utf8");
    for (const step of ["pnpm install", "pnpm run setup:test", "pnpm test"]) expect(ci).toContain(step);
  });

  it("tells a clerk and a developer how to install, in the commands the pack-and-install test runs", () => {
    const blocks = [...section("Install").matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => (m[1] as string).trim());
    expect(blocks[0]).toBe("npm install -g @gongwen/cli\ngongwen --version");
    expect(blocks[1]?.split("\n").every((line) => line.startsWith("gongwen "))).toBe(true);
    expect(blocks[1]).toContain("gongwen render 报告.yaml -o 报告.docx");
    expect(blocks[2]).toMatch(/^npm install( @gongwen\/[a-z-]+)+$/);
    const test = readFileSync(new URL("./install/pack-install.test.ts", import.meta.url), "utf8");
    expect(test).toContain("installSection()");
    const ci = readFileSync(new URL("../.ci/run", import.meta.url), "utf8");
    expect(ci).toContain("pnpm test:install");
  });
});
