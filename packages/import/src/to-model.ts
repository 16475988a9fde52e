import type { Block, InitiativeStyle, Section } from "@gongwen/schema";
import type { LabelType } from "./labels.js";
import { splitLead } from "./lead.js";
import type { OutlineItem, OutlineNode, Warn } from "./outline.js";

const STYLE_OF: Partial<Record<LabelType, InitiativeStyle>> = {
  ordinal: "ordinal",
  decimal: "decimal",
  paren: "paren",
};

/** Records where each model path came from in the input, for located problems. */
export type LineMap = Map<string, number>;

/** The key of a model path in a LineMap. */
export function pathKey(path: readonly (string | number)[]): string {
  return path.join("\u0000");
}

/** What the model builder needs to know beyond the outline. */
export interface ModelContext {
  warn: Warn;
  lines: LineMap;
  /** The document marks its leads in bold: an initiative without bold has no lead. */
  boldLeads: boolean;
}

/** Turns one item of content into a model block, splitting an initiative's lead from its text. */
export function toBlock(item: OutlineItem, ctx: ModelContext): Block {
  if (item.kind === "paragraph") return item.text;
  if (item.kind === "table") return { table: item.table };
  if (ctx.boldLeads && item.bold === undefined) {
    return { text: item.body.trim() };
  }
  const { initiative, finding } = splitLead(item.body, item.bold);
  if (finding === "none" && !ctx.boldLeads) {
    ctx.warn("lead_not_found", item.line, { label: item.label.text, text: item.body });
  } else if (finding === "no-full-stop") {
    ctx.warn("lead_without_full_stop", item.line, { label: item.label.text, text: item.body });
  }
  return initiative;
}

/** A paragraph for an item that can only be a paragraph where it stands (the opening, the closing). */
export function asParagraphs(item: OutlineItem): string[] {
  if (item.kind === "paragraph") return [item.text];
  if (item.kind === "initiative") return [`${item.label.text}${item.body}`];
  const { caption, header, rows } = item.table;
  return [...(caption ? [caption] : []), ...[header, ...rows].map((row) => row.join(" "))];
}

/** Turns an outline section into a model section (title without number, style, content, subsections). */
export function toSection(node: OutlineNode, path: (string | number)[], ctx: ModelContext): Section {
  ctx.lines.set(pathKey(path), node.line);
  const content = node.content.map((item, i) => {
    ctx.lines.set(pathKey([...path, "content", i]), item.line);
    return toBlock(item, ctx);
  });
  const sections = node.children.map((child, i) => toSection(child, [...path, "sections", i], ctx));
  const style = (node.initiativeType && STYLE_OF[node.initiativeType]) ?? "ordinal";
  const section: Section = { title: node.title, style, content, sections };
  if (keepsRunIn(node.content, ctx)) section.runIn = true;
  return section;
}

/**
 * Whether a section keeps its initiatives run on in one paragraph: every run of consecutive
 * initiatives came whole from one paragraph of the input (`一是……；二是……`) or is one initiative
 * alone, and one run at least has two. When run-in paragraphs and separate initiatives are mixed, they are kept
 * separate, with a warning (`run_in_split`) at the run-in paragraph.
 */
function keepsRunIn(content: OutlineItem[], ctx: ModelContext): boolean {
  const runs: OutlineItem[][] = [];
  let current: OutlineItem[] | undefined;
  for (const item of content) {
    if (item.kind !== "initiative") current = undefined;
    else if (current) current.push(item);
    else {
      current = [item];
      runs.push(current);
    }
  }
  const groupOf = (item: OutlineItem) => (item.kind === "initiative" ? item.runIn : undefined);
  const runIn = runs.filter((run) => run.some((item) => groupOf(item) !== undefined));
  if (runIn.length === 0) return false;
  // A run is whole when it came from one paragraph — or is one initiative alone, as runIn sets it.
  const whole = runs.every((run) => {
    const group = groupOf(run[0] as OutlineItem);
    return run.every((item) => groupOf(item) === group) && (group !== undefined || run.length === 1);
  });
  if (whole) return runs.some((run) => run.length > 1);
  const first = runIn[0]?.find((item) => groupOf(item) !== undefined);
  if (first) ctx.warn("run_in_split", first.line, {});
  return false;
}

/** Whether any initiative of an outline carries a bold lead from its markup. */
export function usesBoldLeads(nodes: OutlineNode[], items: OutlineItem[] = []): boolean {
  const has = (list: OutlineItem[]) => list.some((item) => item.kind === "initiative" && item.bold !== undefined);
  const walk = (node: OutlineNode): boolean => has(node.content) || node.children.some(walk);
  return has(items) || nodes.some(walk);
}
