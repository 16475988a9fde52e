import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type Block,
  type Initiative,
  isInitiative,
  isTable,
  loadReportYaml,
  type Report,
  reportJsonSchema,
  reportParts,
  type Section,
  type Table,
  walkSections,
} from "@gongwen/schema";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SCHEMA_LINE = "# yaml-language-server: $schema=../schema/report.schema.json";

/** The `.yaml` files of a folder of the repository, as paths relative to the root. */
function yamlFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder))
    .filter((name) => name.endsWith(".yaml"))
    .sort()
    .map((name) => `${folder}/${name}`);
}

function source(file: string): string {
  return readFileSync(join(ROOT, file), "utf8");
}

function load(file: string): Report {
  return loadReportYaml(source(file), file);
}

/** The section and every section below it, depth first. */
function selfAndDescendants(section: Section): Section[] {
  return [section, ...section.sections.flatMap(selfAndDescendants)];
}

function initiativesUnder(section: Section): Initiative[] {
  return selfAndDescendants(section).flatMap((s) => s.content.filter(isInitiative));
}

function tablesOf(report: Report): Table[] {
  const tables: Table[] = [];
  walkSections(report, ({ section }) => {
    for (const block of section.content) if (isTable(block)) tables.push(block.table);
  });
  return tables;
}

function blockTexts(block: Block): string[] {
  if (typeof block === "string") return [block];
  if (isTable(block)) return [block.table.caption ?? "", ...block.table.header, ...block.table.rows.flat()];
  return [block.lead ?? "", block.text ?? ""];
}

/** Every text of the body a reader sees, numbering labels and meta excluded. */
function bodyTexts(report: Report): string[] {
  const texts = [...report.body.opening];
  walkSections(report, ({ section }) => {
    texts.push(section.title, ...section.content.flatMap(blockTexts));
  });
  texts.push(...report.body.closing);
  return texts;
}

/** Characters of body text, whitespace not counted (what a clerk's word count shows). */
function bodyCharacters(report: Report): number {
  return [...bodyTexts(report).join("").replace(/\s/gu, "")].length;
}

function allInitiatives(report: Report): Initiative[] {
  return reportParts(report).flatMap(({ section }) => initiativesUnder(section));
}

function allTitles(report: Report): string[] {
  const titles: string[] = [];
  walkSections(report, ({ section }) => {
    titles.push(section.title);
  });
  return titles;
}

/** A numbering label typed by hand: 一、 （一） (1) 1. 1、 一是 — the writers add these. */
const TYPED_NUMBER = /^(?:[一二三四五六七八九十]+[、是]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、])/u;

/** Turns `# key: value` lines (and `#   - item`) into live YAML, as a clerk who uses every option would. */
function uncommentOptionalFields(text: string): string {
  return text.replace(/^(\s+)# (?=\s*(?:[A-Za-z$]+:|- ))/gmu, "$1");
}

interface JsonObject {
  properties?: Record<string, JsonObject>;
}

const metaSchema = (reportJsonSchema() as JsonObject).properties?.meta;
const META_KEYS = Object.keys(metaSchema?.properties ?? {});
const DISCLOSURE_KEYS = Object.keys(metaSchema?.properties?.disclosure?.properties ?? {});

const EXAMPLES = yamlFiles("examples");
const TEMPLATES = yamlFiles("templates");

describe("bundled YAML files", () => {
  it("finds the examples and the templates", () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(3);
    expect(TEMPLATES.map((f) => f.replace("templates/", ""))).toEqual(
      expect.arrayContaining(["plan.yaml", "summary-and-plan.yaml", "summary.yaml"]),
    );
    expect(META_KEYS).toContain("docNumber");
  });

  it.each([...EXAMPLES, ...TEMPLATES])("%s loads without problems", (file) => {
    const report = load(file);
    expect(reportParts(report).length).toBeGreaterThan(0);
  });

  it.each([...EXAMPLES, ...TEMPLATES])("%s types no numbering into titles and leads", (file) => {
    const report = load(file);
    const typed = [...allTitles(report), ...allInitiatives(report).map((i) => i.lead ?? "")].filter((t) =>
      TYPED_NUMBER.test(t),
    );
    expect(typed).toEqual([]);
  });

  it.each(EXAMPLES)("%s: every initiative has a lead sentence ending with 。", (file) => {
    const initiatives = allInitiatives(load(file));
    expect(initiatives.length).toBeGreaterThan(0);
    for (const initiative of initiatives) {
      expect(initiative.lead).toMatch(/^[^。]+。$/u);
      expect(initiative.text?.length ?? 0).toBeGreaterThan(0);
    }
  });
});

describe("examples/qingxi-health-2023.yaml (the benchmark report)", () => {
  const report = load("examples/qingxi-health-2023.yaml");
  const summary = report.body.summary!;
  const plan = report.body.plan!;

  it("is a summary with next year's plan, dated and ready for the disclosure portal", () => {
    expect(report.meta.kind).toBe("summary-and-plan");
    expect(report.meta.title).toBe("青溪县卫生健康局2023年工作总结和2024年工作思路");
    expect(report.meta.date).toBe("2024-01-09");
    expect(report.meta.disclosure).toMatchObject({ category: "计划总结", openness: "主动公开" });
    expect(report.meta.attachments).toBeUndefined();
    expect(report.body.opening.length).toBeGreaterThan(0);
  });

  it("has six （一） themes and twenty initiatives in the summary part", () => {
    expect(summary.sections).toHaveLength(6);
    expect(initiativesUnder(summary)).toHaveLength(20);
    const perTheme = summary.sections.map((s) => initiativesUnder(s).length);
    expect(perTheme.filter((n) => n === 0).length).toBeGreaterThan(0);
    expect(perTheme.every((n) => n <= 5)).toBe(true);
  });

  it("writes each summary initiative in 80–200 characters", () => {
    for (const { text } of initiativesUnder(summary)) {
      expect([...(text ?? "")].length).toBeGreaterThanOrEqual(80);
      expect([...(text ?? "")].length).toBeLessThanOrEqual(200);
    }
  });

  it("lists the plan as five to seven 推进……化。 initiatives without sections", () => {
    expect(plan.sections).toEqual([]);
    const initiatives = plan.content.filter(isInitiative);
    expect(initiatives.length).toBe(plan.content.length);
    expect(initiatives.length).toBeGreaterThanOrEqual(5);
    expect(initiatives.length).toBeLessThanOrEqual(7);
    for (const { lead } of initiatives) expect(lead).toMatch(/^推进.+化。$/u);
  });

  it("closes with a 此外 paragraph", () => {
    expect(report.body.closing).toHaveLength(1);
    expect(report.body.closing[0]).toMatch(/^此外，持续抓好/u);
  });

  it("holds 4,500–5,500 characters of body text", () => {
    const count = bodyCharacters(report);
    expect(count).toBeGreaterThanOrEqual(4500);
    expect(count).toBeLessThanOrEqual(5500);
  });
});

describe("examples/yunling-stats-summary-2023.yaml (a summary alone with every meta field of a 公文)", () => {
  const report = load("examples/yunling-stats-summary-2023.yaml");

  it("is a summary whose level-1 sections are themes", () => {
    expect(report.meta.kind).toBe("summary");
    expect(report.body.summary).toBeUndefined();
    expect(report.body.sections?.length).toBeGreaterThanOrEqual(3);
  });

  it("has a table with a caption, 4–8 rows of figures and a negative rate", () => {
    const [table] = tablesOf(report);
    expect(table?.caption).toBeTruthy();
    expect(table?.rows.length).toBeGreaterThanOrEqual(4);
    expect(table?.rows.length).toBeLessThanOrEqual(8);
    const cells = table?.rows.flat() ?? [];
    expect(cells.some((c) => /^-\d+(?:\.\d+)?%$/u.test(c))).toBe(true);
    expect(cells.some((c) => /^\d+(?:\.\d+)?%$/u.test(c))).toBe(true);
  });

  it("numbers initiatives in decimal style and reaches a level-4 section", () => {
    const styles: string[] = [];
    let deepest = 0;
    walkSections(report, ({ section, level }) => {
      if (section.content.some(isInitiative)) styles.push(section.style);
      deepest = Math.max(deepest, level);
    });
    expect(styles.length).toBeGreaterThan(0);
    expect(styles.every((s) => s === "decimal")).toBe(true);
    expect(deepest).toBe(4);
  });

  it("carries a letterhead, a 发文字号 with 〔〕, recipients, copies, issuer, note and an attachment", () => {
    const { meta } = report;
    expect(meta.letterhead).toBe(true);
    expect(meta.docNumber).toMatch(/^\S+〔\d{4}〕\d+号$/u);
    expect(meta.recipients).toBeTruthy();
    expect(meta.cc?.length).toBeGreaterThanOrEqual(2);
    expect(meta.cc?.length).toBeLessThanOrEqual(3);
    expect(meta.issuer).toBeTruthy();
    expect(meta.issueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    expect(meta.note).toBe("此件公开发布");
    expect(meta.attachments).toHaveLength(1);
  });

  it("holds 3,000–4,000 characters of body text", () => {
    const count = bodyCharacters(report);
    expect(count).toBeGreaterThanOrEqual(3000);
    expect(count).toBeLessThanOrEqual(4000);
  });
});

describe("examples/qingxi-township-plan-2024.yaml (a short plan alone)", () => {
  const report = load("examples/qingxi-township-plan-2024.yaml");

  it("is a 工作要点 whose year is the plan's year", () => {
    expect(report.meta.kind).toBe("plan");
    expect(report.meta.planName).toBe("工作要点");
    expect(report.meta.planYear).toBe(report.meta.year);
    expect(report.meta.title).toMatch(/2024年工作要点$/u);
  });

  it("numbers the initiatives of at least one section （1）（2）", () => {
    const paren = (report.body.sections ?? []).filter((s) => s.style === "paren" && s.content.some(isInitiative));
    expect(paren.length).toBeGreaterThan(0);
  });

  it("holds about 1,500 characters of body text", () => {
    const count = bodyCharacters(report);
    expect(count).toBeGreaterThanOrEqual(1200);
    expect(count).toBeLessThanOrEqual(1800);
  });
});

describe("templates", () => {
  it.each(TEMPLATES)("%s starts with the yaml-language-server line", (file) => {
    expect(source(file).split(/\r?\n/u)[0]).toBe(SCHEMA_LINE);
  });

  it.each(TEMPLATES)("%s explains itself in Chinese comments", (file) => {
    const chineseComments = source(file)
      .split(/\r?\n/u)
      .filter((line) => /^\s*#.*\p{Script=Han}/u.test(line));
    expect(chineseComments.length).toBeGreaterThan(20);
  });

  it.each(TEMPLATES)("%s is of the kind its file name says", (file) => {
    expect(load(file).meta.kind).toBe(file.replace(/^templates\//u, "").replace(/\.yaml$/u, ""));
  });

  it.each(TEMPLATES)("%s shows every meta field, and stays valid with all of them filled in", (file) => {
    const text = source(file);
    for (const key of [...META_KEYS, ...DISCLOSURE_KEYS]) {
      expect(text, key).toMatch(new RegExp(`^\\s*(?:#\\s*)?${key.replace("$", "\\$")}:`, "mu"));
    }
    const filled = loadReportYaml(uncommentOptionalFields(text), file);
    const present = Object.keys(filled.meta);
    for (const key of META_KEYS) expect(present, key).toContain(key);
    expect(Object.keys(filled.meta.disclosure ?? {}).sort()).toEqual([...DISCLOSURE_KEYS].sort());
  });
});
