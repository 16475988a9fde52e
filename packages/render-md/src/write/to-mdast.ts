import {
  type Block,
  headingLabel,
  type Initiative,
  type InitiativeStyle,
  initiativeLabel,
  isInitiative,
  isTable,
  type Report,
  reportParts,
  type Section,
  stripForbiddenCharacters,
  type Table,
} from "@gongwen/schema";
import type { Heading, Table as MdastTable, Paragraph, PhrasingContent, Root, RootContent, TableRow } from "mdast";
import { CAPTION_LABEL, headingDepth, joinLabel, styleComment, TITLE_DEPTH } from "../dialect.js";
import { frontMatterYaml } from "./front-matter.js";
import { portalRecipients, portalSignOff, type RenderMarkdownOptions } from "./portal.js";

function text(value: string): PhrasingContent {
  return { type: "text", value: stripForbiddenCharacters(value) };
}

function heading(depth: number, value: string): Heading {
  return { type: "heading", depth: depth as Heading["depth"], children: [text(value)] };
}

function paragraph(value: string): Paragraph {
  return { type: "paragraph", children: [text(value)] };
}

/** `**一是深化改革。**正文`: the label and lead in one strong, the text after it. */
function initiativeParagraph(initiative: Initiative, style: InitiativeStyle, index: number): Paragraph {
  const label = joinLabel(initiativeLabel(style, index), initiative.lead ?? "");
  const children: PhrasingContent[] = [{ type: "strong", children: [text(label)] }];
  if (initiative.text !== undefined) children.push(text(initiative.text));
  return { type: "paragraph", children };
}

function tableRow(cells: string[]): TableRow {
  return {
    type: "tableRow",
    children: cells.map((cell) => ({ type: "tableCell", children: cell ? [text(cell)] : [] })),
  };
}

/** A GFM table, preceded by its caption paragraph `Table: 标题` when it has one. */
function tableNodes(table: Table): RootContent[] {
  const out: RootContent[] = [];
  if (table.caption !== undefined) {
    out.push({ type: "paragraph", data: { gongwenCaption: true }, children: [text(CAPTION_LABEL + table.caption)] });
  }
  const node: MdastTable = {
    type: "table",
    align: table.header.map(() => null),
    children: [tableRow(table.header), ...table.rows.map(tableRow)],
  };
  out.push(node);
  return out;
}

function contentNodes(content: Block[], style: InitiativeStyle, out: RootContent[]): void {
  let initiatives = 0;
  for (const block of content) {
    if (typeof block === "string") out.push(paragraph(block));
    else if (isTable(block)) out.push(...tableNodes(block.table));
    else out.push(initiativeParagraph(block, style, ++initiatives));
  }
}

function sectionNodes(section: Section, level: number, index: number, out: RootContent[]): void {
  out.push(heading(headingDepth(level), joinLabel(headingLabel(level, index), section.title)));
  // Only an initiative shows the style; without one, a comment keeps a style that is not the default.
  if (section.style !== "ordinal" && !section.content.some(isInitiative)) {
    out.push({ type: "html", value: styleComment(section.style) });
  }
  contentNodes(section.content, section.style, out);
  section.sections.forEach((child, i) => {
    sectionNodes(child, level + 1, i + 1, out);
  });
}

/**
 * The mdast tree of a report in the gongwen Markdown dialect: YAML front matter with the meta,
 * `# 标题`, opening paragraphs, numbered section headings `##`–`#####` with their content
 * (paragraphs, `**一是…。**…` initiatives, captioned GFM tables), and, after a thematic break,
 * the closing paragraphs. The `portal` flavour leaves the front matter and the thematic break out,
 * writes the 主送机关 under the title and ends with the 落款 (portalSignOff).
 */
export function reportToMdast(report: Report, options: RenderMarkdownOptions = {}): Root {
  const portal = options.flavor === "portal";
  const children: RootContent[] = portal ? [] : [{ type: "yaml", value: frontMatterYaml(report.meta) }];
  children.push(heading(TITLE_DEPTH, report.meta.title));
  if (portal && report.meta.recipients !== undefined) children.push(portalRecipients(report.meta.recipients));
  for (const opening of report.body.opening) children.push(paragraph(opening));
  reportParts(report).forEach(({ section }, i) => {
    sectionNodes(section, 1, i + 1, children);
  });
  if (report.body.closing.length > 0) {
    if (!portal) children.push({ type: "thematicBreak" });
    for (const closing of report.body.closing) children.push(paragraph(closing));
  }
  if (portal) children.push(...portalSignOff(report.meta));
  return { type: "root", children };
}
