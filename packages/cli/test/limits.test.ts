import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run, tempDir } from "./helpers.js";

describe("a limit passed is a located problem and exit 1, never an internal error", () => {
  it("validate, render, lint and import on inputs nested or repeated beyond the limits", async () => {
    const dir = tempDir();
    const files: [string, string, RegExp][] = [
      ["deep.yaml", `${"- ".repeat(3000)}x\n`, /deep\.yaml:1:129 lists or mappings nest deeper than 64/],
      ["deep.json", `${"[".repeat(5000)}${"]".repeat(5000)}`, /deep\.json:1:65 lists or mappings nest deeper/],
      ["stars.md", `# 标题\n\n${"a*".repeat(40_000)}\n`, /stars\.md:3:1 this paragraph .* more than 256 marks/],
      ["front.md", `---\n${"- ".repeat(1000)}x\n---\n# 标题\n`, /front\.md:2:129 lists or mappings nest deeper/],
    ];
    for (const [name, text, message] of files) {
      writeFileSync(join(dir, name), text);
      for (const argv of [
        ["validate", join(dir, name)],
        ["render", join(dir, name), "-o", join(dir, "out.docx")],
        ["lint", join(dir, name)],
      ]) {
        const result = await run("--lang", "en", ...argv);
        expect([argv[0], result.code]).toEqual([argv[0], 1]);
        expect(result.err.join("\n")).toMatch(message);
      }
    }
    const sections = Array.from({ length: 150 }, (_, i) => `    - title: 小节${i}`).join("\n");
    writeFileSync(
      join(dir, "many.yaml"),
      `meta:\n  org: 青溪县林业局\n  year: 2023\n  date: 2024-01-09\n  kind: summary\nbody:\n  sections:\n${sections}\n`,
    );
    const many = await run("--lang", "en", "render", join(dir, "many.yaml"), "-o", join(dir, "many.docx"));
    expect(many.code).toBe(1);
    expect(many.err.join("\n")).toMatch(/many\.yaml:8:5 150 sections here, beyond the limit of 100/);
  });
});
