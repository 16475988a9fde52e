import { headingLabel, initiativeLabel, isTable, type Report, type Section } from "@gongwen/schema";

function contentLines(section: Section, indent: string): string[] {
  const out: string[] = [];
  let n = 0;
  for (const block of section.content) {
    if (typeof block === "string") out.push(`${indent}¶ ${block}`);
    else if (isTable(block)) {
      const { caption, header, rows } = block.table;
      out.push(`${indent}表 ${caption ?? ""} | ${[header, ...rows].map((r) => r.join(" ")).join(" | ")}`);
    } else {
      n++;
      out.push(`${indent}${initiativeLabel(section.style, n)}【${block.lead ?? ""}】${block.text ?? ""}`);
    }
  }
  return out;
}

function sectionLines(section: Section, level: number, index: number): string[] {
  const indent = "  ".repeat(level - 1);
  return [
    `${indent}${headingLabel(level, index)}${section.title}`,
    ...contentLines(section, `${indent}  `),
    ...section.sections.flatMap((s, i) => sectionLines(s, level + 1, i + 1)),
  ];
}

/**
 * The outline of a report as lines a reader can check at a glance: every heading with the number
 * the writers give it (so levels and numbering show), paragraphs as `¶ …`, initiatives as
 * `一是【lead】text` in their section's style, tables as `表 caption | rows`, then the closing.
 */
export function outline(report: Report): string[] {
  const { body } = report;
  const parts = body.sections ?? [body.summary, body.plan].filter((s): s is Section => s !== undefined);
  return [
    ...body.opening.map((p) => `开头 ${p}`),
    ...parts.flatMap((s, i) => sectionLines(s, 1, i + 1)),
    ...body.closing.map((p) => `结尾 ${p}`),
  ];
}
