import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { isInitiative } from "@gongwen/schema";
import { describe, expect, it } from "vitest";
import { importText } from "../src/index.js";
import { expectNothingDropped, textLines } from "./helpers/nothing-dropped.js";

/**
 * The real report scraped from a portal lives outside the project (../shared/seeds, beside the
 * repository). When it is there the test reads it as it is; a fixture of the same shape written
 * in our own words is always read too, so the suite asserts the same things when the seed is
 * absent. What is expected is read off the source itself line by line (an independent, naive
 * reading), so no sentence of the seed is copied here.
 */
const repoRoot = resolve(fileURLToPath(new URL(".", import.meta.url)), "../../..");
const seed = resolve(repoRoot, "../shared/seeds/county-health-bureau-2023.txt");
const ownFixture = fileURLToPath(new URL("./fixtures/seed-like.txt", import.meta.url));
const sources = existsSync(seed) ? [seed, ownFixture] : [ownFixture];

/** A naive reading of the source: theme lines, and per theme the initiative lines under it. */
function naiveOutline(lines: string[]) {
  const themes: { title: string; initiatives: string[] }[] = [];
  const plan: string[] = [];
  let inPlan = false;
  for (const line of lines.map((l) => l.trim())) {
    if (/^二、\d{4}年工作思路$/.test(line)) inPlan = true;
    const theme = /^[（(]([一二三四五六七八九十])[）)](.+)$/.exec(line);
    if (theme && !inPlan) themes.push({ title: theme[2] as string, initiatives: [] });
    else if (/^[一二三四五六七八九十]是/.test(line)) (inPlan ? plan : (themes.at(-1)?.initiatives ?? [])).push(line);
  }
  return { themes, plan };
}

describe.each(sources)("a report as scraped from a portal: %s", (source) => {
  const text = readFileSync(source, "utf8");
  const result = importText(text, { format: "text" });
  const { report } = result;
  const naive = naiveOutline(text.split("\n"));

  it("recovers the title, the organ, the year and the date from the metadata block", () => {
    const title = text
      .split("\n")
      .find((l) => /\d{4}年工作总结和\d{4}年工作思路$/.test(l.trim()))
      ?.trim();
    expect(report.meta.title).toBe(title);
    expect(title?.startsWith(report.meta.org)).toBe(true);
    expect(report.meta.org).toMatch(/局$/);
    expect(report.meta).toMatchObject({ year: 2023, kind: "summary-and-plan", planYear: 2024 });
    const listedDate = /成文日期:\s*\n\s*•\s*(\d{4}-\d{2}-\d{2})/.exec(text)?.[1];
    expect(report.meta.date).toBe(listedDate);
    expect(report.meta.disclosure).toMatchObject({ category: "计划总结", openness: "主动公开" });
    expect(report.meta.disclosure?.indexNo).toMatch(/^\w+\/2024-\d+$/);
  });

  it("recovers the two parts and the six （一） themes of the summary", () => {
    expect(report.body.summary?.title).toMatch(/^2023年?工作总结$/);
    expect(report.body.plan?.title).toBe("2024年工作思路");
    expect(naive.themes).toHaveLength(6);
    expect(report.body.summary?.sections.map((s) => s.title)).toEqual(naive.themes.map((t) => t.title));
  });

  it("recovers the 一是 initiatives of each theme and of the plan, each lead split from its text", () => {
    const expectInitiatives = (content: unknown[], lines: string[]) => {
      const initiatives = content.filter((b) => typeof b === "object" && b !== null && isInitiative(b as never));
      expect(initiatives).toHaveLength(lines.length);
      initiatives.forEach((block, i) => {
        const line = (lines[i] as string).slice(2);
        const lead = line.slice(0, line.indexOf("。") + 1);
        expect(block).toEqual({ lead, text: line.slice(lead.length) });
      });
    };
    report.body.summary?.sections.forEach((section, i) => {
      expectInitiatives(section.content, naive.themes[i]?.initiatives ?? []);
      expect(section.style).toBe("ordinal");
    });
    expect(naive.plan.length).toBeGreaterThan(0);
    expectInitiatives(report.body.plan?.content ?? [], naive.plan);
    const counts = naive.themes.map((t) => t.initiatives.length);
    expect(counts.filter((n) => n === 0).length).toBeGreaterThan(0);
    expect(counts.filter((n) => n > 1).length).toBeGreaterThan(2);
  });

  it("recovers the closing paragraph", () => {
    const closing = text.split("\n").find((l) => l.startsWith("此外"));
    expect(report.body.closing).toEqual([closing?.trim()]);
  });

  it("gives the same report when the page lost every line break", () => {
    const flat = text.replace(/\n+/g, " ");
    const lost = importText(flat, { format: "text" });
    expect(lost.report).toEqual(report);
    // Only the headings that carry a paragraph had to be cut from it.
    const withParagraph = (report.body.summary?.sections ?? []).filter((s) => typeof s.content[0] === "string");
    expect(lost.warnings.map((w) => w.code)).toEqual(withParagraph.map(() => "heading_text_split"));
    expectNothingDropped(textLines(flat), lost);
  });

  it("lists the portal clutter as removed, guesses nothing, and drops no body text", () => {
    const kinds = new Set(result.removed.map((r) => r.kind));
    expect([...kinds].sort()).toEqual(["footer", "metadata", "portal-info", "print-links"]);
    expect(
      result.removed
        .filter((r) => r.kind === "portal-info")
        .map((r) => r.text)
        .join(" "),
    ).toMatch(/发布日期.*浏览次数/);
    expect(result.removed.some((r) => r.kind === "footer" && r.text.trim() === "0")).toBe(true);
    expect(result.warnings).toEqual([]);
    expectNothingDropped(textLines(text), result);
  });
});
