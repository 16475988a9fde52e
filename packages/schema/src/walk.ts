import type { Block, Initiative, Report, Section, TableBlock } from "./model.js";

/** True when a content block is a table. */
export function isTable(block: Block): block is TableBlock {
  return typeof block === "object" && "table" in block;
}

/** True when a content block is a run-in initiative. */
export function isInitiative(block: Block): block is Initiative {
  return typeof block === "object" && !("table" in block);
}

/** A level-1 section of a report with where it sits in the model. */
export interface TopSection {
  section: Section;
  /** The model path of the section: `["body", "summary"]` or `["body", "sections", 2]`. */
  path: (string | number)[];
}

/**
 * The level-1 sections of a report in order: the summary and plan parts of a summary-and-plan
 * report, or body.sections otherwise. Every writer numbers these 一、二、三.
 */
export function reportParts(report: Report): TopSection[] {
  const { body } = report;
  if (body.sections) return body.sections.map((section, i) => ({ section, path: ["body", "sections", i] }));
  const out: TopSection[] = [];
  if (body.summary) out.push({ section: body.summary, path: ["body", "summary"] });
  if (body.plan) out.push({ section: body.plan, path: ["body", "plan"] });
  return out;
}

/** What walkSections passes for each section. */
export interface SectionVisit {
  section: Section;
  /** 1 for 一、, 2 for （一）, 3 for 1., 4 for （1）. */
  level: number;
  /** Position among its siblings, from 1. */
  index: number;
  path: (string | number)[];
}

/** Visits every section of a report depth-first in reading order. */
export function walkSections(report: Report, visit: (v: SectionVisit) => void): void {
  const walk = (section: Section, level: number, index: number, path: (string | number)[]) => {
    visit({ section, level, index, path });
    section.sections.forEach((child, i) => {
      walk(child, level + 1, i + 1, [...path, "sections", i]);
    });
  };
  reportParts(report).forEach(({ section, path }, i) => {
    walk(section, 1, i + 1, path);
  });
}
