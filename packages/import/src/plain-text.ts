import {
  type Block,
  formatChineseDate,
  headingLabel,
  initiativeLabel,
  isInitiative,
  isTable,
  type Report,
  type Section,
  stripForbiddenCharacters,
  walkSections,
} from "@gongwen/schema";

/**
 * The lines of a section's content: paragraphs, run-in initiatives with their labels, tables. In
 * a `runIn` section consecutive initiatives share one line, as they share one paragraph.
 */
function contentLines(section: Section): string[] {
  const out: string[] = [];
  let n = 0;
  let previous: Block | undefined;
  for (const block of section.content) {
    const runsOn = section.runIn && isInitiative(block) && previous !== undefined && isInitiative(previous);
    previous = block;
    if (runsOn) {
      n++;
      out[out.length - 1] += `${initiativeLabel(section.style, n)}${block.lead ?? ""}${block.text ?? ""}`;
    } else if (typeof block === "string") out.push(block);
    else if (isTable(block)) {
      const { caption, header, rows } = block.table;
      if (caption) out.push(caption);
      for (const row of [header, ...rows]) out.push(row.map((cell) => cell.replace(/[\t\n]/g, " ")).join("\t"));
      // A blank line ends the table: two tables in a row stay two.
      out.push("");
    } else {
      n++;
      out.push(`${initiativeLabel(section.style, n)}${block.lead ?? ""}${block.text ?? ""}`);
    }
  }
  return out;
}

/**
 * Writes a report as plain text, the way a portal page reads once copied: the title, the
 * opening, each heading with its number (一、 （一） 1. （1）), paragraphs and run-in initiatives
 * (`一是` + lead + text) one per line, tables as tab-separated rows under their caption (a blank line after), the
 * closing, the signature and the date. importReport reads it back.
 */
export function renderPlainText(report: Report): string {
  const { meta, body } = report;
  const out: string[] = [meta.title, "", ...body.opening];
  walkSections(report, ({ section, level, index }) => {
    out.push(`${headingLabel(level, index)}${section.title}`);
    out.push(...contentLines(section));
  });
  out.push(...body.closing, "", meta.signature, formatChineseDate(meta.date));
  return `${stripForbiddenCharacters(out.join("\n"))}\n`;
}
