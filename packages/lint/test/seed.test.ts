import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { importText, reportToYaml } from "@gongwen/import";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { fixText, lintText, RULE_IDS, type RuleConfig } from "../src/index.js";
import { FULL_WIDTH } from "../src/rules/punctuation-width.js";

/**
 * The seed report (a real published report, read at run time and never copied into the project)
 * has the faults this linter exists for: half-width commas and brackets lost on the way to the
 * portal, next to figures that must not change. When it is absent, a fixture of our own with the
 * same traits stands in, so the test always runs.
 */
const SEED = fileURLToPath(new URL("../../../../shared/seeds/county-health-bureau-2023.txt", import.meta.url));
const FIGURES = ["1.46亿元", "294.47%", "12.33%"];

interface Sample {
  headings: string[];
  paragraphs: string[];
}

function fromSeed(): Sample | undefined {
  if (!existsSync(SEED)) return undefined;
  const lines = readFileSync(SEED, "utf8")
    .split(/\r?\n/)
    .map((line) => line.trim());
  const headings = lines.filter((line) => /^\([一二三四五六七八九十]+\)\S/.test(line)).slice(0, 2);
  const paragraphs = lines.filter((line) => FIGURES.some((figure) => line.includes(figure)));
  return headings.length > 0 && paragraphs.length > 0 ? { headings, paragraphs } : undefined;
}

const FALLBACK: Sample = {
  headings: ["(一)青溪县疾病防控体系更加健全", "(二)县域医疗项目建设提速"],
  paragraphs: [
    "全年争取上级补助资金1.46亿元,新建县疾控中心实验楼(二期)、溪口分院发热门诊等项目,年度投资计划完成率达294.47%。",
    "1-10月全县门诊总人次同比增长12.33%,其中医保基金支出1,163.33万元,药品采购费用下降-29.8%。",
  ],
};

const seed = fromSeed();
const samples: [string, Sample][] = seed
  ? [
      ["shared/seeds", seed],
      ["fallback fixture", FALLBACK],
    ]
  : [["fallback fixture", FALLBACK]];

function reportYaml({ headings, paragraphs }: Sample): string {
  const sections = headings.map((title, i) => ({ title, content: i === 0 ? paragraphs : ["全年各项工作有序推进。"] }));
  return stringify(
    {
      meta: { org: "青溪县卫生健康局", year: 2023, kind: "summary-and-plan", date: "2024-01-09" },
      body: { summary: { sections }, plan: { content: ["持续推进各项工作。"] } },
    },
    { lineWidth: 0 },
  );
}

const onlyPunctuation: RuleConfig = Object.fromEntries(
  RULE_IDS.map((id) => [id, id === "punctuation-width" ? "error" : "off"]),
);

describe.each(samples)("the seed report (%s)", (_name, sample) => {
  const yaml = reportYaml(sample);

  it("has the traits the test is about", () => {
    const all = sample.paragraphs.join("");
    expect(all).toMatch(/[^\d],|,[^\d]/);
    expect(sample.headings.join("") + all).toMatch(/[()]/);
    for (const figure of FIGURES) expect(all).toContain(figure);
  });

  it("reports its half-width commas and brackets, each at its own line and column", () => {
    const { diagnostics } = lintText(yaml, { format: "yaml" });
    const marks = diagnostics.filter((d) => d.rule === "punctuation-width");
    expect(marks.some((d) => d.excerpt === ",")).toBe(true);
    expect(marks.some((d) => d.excerpt === "(")).toBe(true);
    expect(marks.some((d) => d.excerpt === ")")).toBe(true);
    const lines = yaml.split("\n");
    for (const d of marks) expect(lines[(d.line as number) - 1]?.[(d.column as number) - 1]).toBe(d.excerpt);
  });

  it("fixes them and leaves 1.46亿元, 294.47% and 12.33% exactly as they were", () => {
    const { report, text } = fixText(yaml, { format: "yaml" });
    const content = report.body.summary?.sections[0]?.content as string[];
    const before = sample.paragraphs.join("\n");
    const after = content.join("\n");
    for (const figure of FIGURES) expect(after.split(figure).length).toBe(before.split(figure).length);
    expect(after).not.toMatch(/[^\d],|,[^\d]|[()]/);
    expect(text).not.toMatch(/[\u4e00-\u9fff],|,[\u4e00-\u9fff]/);
    expect(report.body.summary?.sections.map((s) => s.title)).toEqual(
      sample.headings.map((h) => h.replace(/^\([^)]+\)/, "")),
    );
  });

  it("with only the punctuation rule on, changes nothing but the marks it targets", () => {
    const { report } = fixText(yaml, { format: "yaml", rules: onlyPunctuation });
    const content = report.body.summary?.sections[0]?.content as string[];
    content.forEach((after, k) => {
      const before = sample.paragraphs[k] as string;
      expect(after.length).toBe(before.length);
      for (let i = 0; i < before.length; i++) {
        if (after[i] !== before[i]) expect(FULL_WIDTH[before[i] as string]).toBe(after[i]);
      }
    });
  });

  it("finds nothing to fix on a second run", () => {
    const once = fixText(yaml, { format: "yaml" });
    expect(once.applied.length).toBeGreaterThan(0);
    expect(fixText(once.text, { format: "yaml" }).applied).toEqual([]);
  });
});

/** The fallback as a page pasted from a portal, for the importer: same traits, our own words. */
const FALLBACK_PAGE = [
  "青溪县卫生健康局2023年工作总结和2024年工作思路",
  "",
  "一、2023年工作总结",
  "",
  ...FALLBACK.headings.flatMap((heading, i) => [
    heading,
    "",
    ...(i === 0 ? FALLBACK.paragraphs : ["全年各项工作有序推进。"]),
    "",
  ]),
  "二、2024年工作思路",
  "",
  "一是推进医共体建设。新增床位86张,其中重症床位12张。",
  "",
  "青溪县卫生健康局",
  "2024年1月9日",
  "",
].join("\n");

const pages: [string, string][] = existsSync(SEED)
  ? [
      ["shared/seeds", readFileSync(SEED, "utf8")],
      ["fallback page", FALLBACK_PAGE],
    ]
  : [["fallback page", FALLBACK_PAGE]];

describe.each(pages)("the seed imported whole (%s)", (_name, page) => {
  it("gets its half-width commas and brackets reported, and fixed, with its figures untouched", () => {
    const yaml = reportToYaml(importText(page, { format: "text" }).report);
    const marks = lintText(yaml, { format: "yaml" }).diagnostics.filter((d) => d.rule === "punctuation-width");
    const found = new Set(marks.map((d) => d.excerpt));
    for (const mark of [",", "(", ")"]) expect(found.has(mark)).toBe(true);
    const { text, applied } = fixText(yaml, { format: "yaml" });
    expect(applied.length).toBeGreaterThanOrEqual(marks.length);
    expect(text).not.toMatch(/\p{Script=Han},|,\p{Script=Han}|\p{Script=Han}\(|\)\p{Script=Han}/u);
    for (const figure of FIGURES) {
      expect(text.split(figure).length).toBe(yaml.split(figure).length);
      expect(text).toContain(figure);
    }
    expect(fixText(text, { format: "yaml" }).applied).toEqual([]);
  });
});
