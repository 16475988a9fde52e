/**
 * The bundled examples (examples/*.yaml) through Markdown: their headings carry the official
 * numbering, level by level and in order, and the Markdown reads back to the same report.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { fromChineseNumeral, loadReportYaml } from "@gongwen/schema";
import { describe, expect, it } from "vitest";
import { parseMarkdown, renderMarkdown } from "../src/index.js";

const EXAMPLES = fileURLToPath(new URL("../../../examples/", import.meta.url));
const FILES = readdirSync(EXAMPLES)
  .filter((name) => name.endsWith(".yaml"))
  .sort();

/** The number of each heading level as GB/T 9704 writes it: 一、 （一） 1. （1）, read back as an integer. */
const LEVELS: [RegExp, (text: string) => number | undefined][] = [
  [/^## ([一二三四五六七八九十]+)、\S/u, fromChineseNumeral],
  [/^### （([一二三四五六七八九十]+)）\S/u, fromChineseNumeral],
  [/^#### (\d+)\. ?\S/u, Number],
  [/^##### （(\d+)）\S/u, Number],
];

/** Every heading below the title, checked against its level's form; returns how deep the headings go. */
function checkNumbering(markdown: string): number {
  const counters = [0, 0, 0, 0];
  let deepest = 0;
  for (const line of markdown.split("\n").filter((l) => /^#{2,} /.test(l))) {
    const level = (/^#+/.exec(line)?.[0].length ?? 0) - 1;
    const [form, read] = LEVELS[level - 1] ?? [];
    expect(form, line).toBeDefined();
    const match = form?.exec(line);
    expect(match, line).not.toBeNull();
    counters[level - 1] = (counters[level - 1] ?? 0) + 1;
    counters.fill(0, level);
    expect(read?.(match?.[1] ?? ""), line).toBe(counters[level - 1]);
    deepest = Math.max(deepest, level);
  }
  return deepest;
}

describe.each(FILES)("examples/%s through Markdown", (name) => {
  const report = loadReportYaml(readFileSync(`${EXAMPLES}${name}`, "utf8"), name);
  const markdown = renderMarkdown(report);

  it("numbers every heading in the official form, in order at each level", () => {
    expect(markdown.split("\n")).toContain(`# ${report.meta.title}`);
    expect(checkNumbering(markdown)).toBeGreaterThanOrEqual(report.meta.kind === "summary-and-plan" ? 2 : 1);
  });

  it("reads back to the same report", () => {
    expect(parseMarkdown(markdown, { fileName: `${name}.md` })).toStrictEqual(report);
  });
});

describe("the examples", () => {
  it("include the two the foundation asks for, the deepest reaching level 4", () => {
    expect(FILES).toEqual(expect.arrayContaining(["qingxi-health-2023.yaml", "yunling-stats-summary-2023.yaml"]));
    const deep = renderMarkdown(loadReportYaml(readFileSync(`${EXAMPLES}yunling-stats-summary-2023.yaml`, "utf8")));
    expect(checkNumbering(deep)).toBe(4);
    const county = renderMarkdown(loadReportYaml(readFileSync(`${EXAMPLES}qingxi-health-2023.yaml`, "utf8")));
    expect(county).toContain("\n## 一、2023年工作总结\n");
    expect(county).toContain("\n## 二、2024年工作思路\n");
    expect(county).toMatch(/\n### （六）\S/u);
  });
});
