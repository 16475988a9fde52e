import { joinLines, type Position } from "@gongwen/schema";
import type { Paragraph, PhrasingContent, RootContent, Table } from "mdast";
import { CAPTION_PREFIX, isHtmlComment } from "../dialect.js";
import { matchInitiativeLabel } from "../labels.js";
import { addProblem, positionOf, type ReadContext } from "./context.js";
import type { DraftBlock, DraftParagraph, DraftSection, DraftTable } from "./draft.js";
import { flattenInline, inlineText } from "./inline-text.js";

/** How deep lists and block quotes may nest before the reader gives up on them. */
export const MAX_NESTING = 32;

/** Where the blocks of a part of the document go: the opening or closing, or a section. */
export interface BlockSink {
  paragraph(node: Paragraph): void;
  table(node: Table, caption: Paragraph | undefined): void;
}

/**
 * True when a paragraph is written as a table caption: its source (not its text, so an escaped
 * `Table\:` is not one) opens with `Table:`, `表：` or `表:`.
 */
function isCaptionSource(node: Paragraph, ctx: ReadContext): boolean {
  const offset = node.position?.start.offset;
  if (offset === undefined) return false;
  return CAPTION_PREFIX.test(ctx.source.slice(offset, offset + 64));
}

/**
 * Reads the block at `index` among its siblings into the sink and returns how many siblings it
 * took (2 for a caption and its table). Lists and block quotes are unwrapped into their blocks;
 * what the model cannot hold (code, HTML, footnotes, link definitions, headings inside a
 * container) gives a located problem.
 */
export function readBlock(
  nodes: readonly RootContent[],
  index: number,
  sink: BlockSink,
  ctx: ReadContext,
  depth = 0,
): number {
  const node = nodes[index] as RootContent;
  if ((node.type === "list" || node.type === "blockquote") && depth >= MAX_NESTING) {
    addProblem(ctx, "nesting_too_deep", positionOf(node), { limit: MAX_NESTING });
    return 1;
  }
  switch (node.type) {
    case "paragraph": {
      const next = nodes[index + 1];
      if (next?.type === "table" && isCaptionSource(node, ctx)) {
        sink.table(next, node);
        return 2;
      }
      sink.paragraph(node);
      return 1;
    }
    case "table":
      sink.table(node, undefined);
      return 1;
    case "list":
      for (const item of node.children) readFlow(item.children, sink, ctx, depth + 1);
      return 1;
    case "blockquote":
      readFlow(node.children, sink, ctx, depth + 1);
      return 1;
    case "heading":
      addProblem(ctx, "heading_in_container", positionOf(node));
      return 1;
    case "code":
      addProblem(ctx, "unsupported_code", positionOf(node));
      return 1;
    case "html":
      if (!isHtmlComment(node.value)) addProblem(ctx, "unsupported_html", positionOf(node));
      return 1;
    case "definition":
      addProblem(ctx, "unsupported_definition", positionOf(node));
      return 1;
    case "footnoteDefinition":
      addProblem(ctx, "unsupported_footnote", positionOf(node));
      return 1;
    default:
      // thematicBreak (decoration inside a container), yaml (only ever first).
      return 1;
  }
}

/** Reads the sibling blocks of a list item or block quote, `depth` containers deep, into a sink. */
export function readFlow(nodes: readonly RootContent[], sink: BlockSink, ctx: ReadContext, depth: number): void {
  for (let i = 0; i < nodes.length; ) i += readBlock(nodes, i, sink, ctx, depth);
}

/** A sink for the opening or closing: paragraphs of plain text; a table there is a problem. */
export function textSink(out: DraftParagraph[], ctx: ReadContext): BlockSink {
  return {
    paragraph(node) {
      const text = inlineText(node.children, ctx);
      if (text) out.push({ kind: "paragraph", text, at: positionOf(node) });
    },
    table(node, caption) {
      addProblem(ctx, "table_outside_section", positionOf(caption ?? node));
    },
  };
}

/**
 * A paragraph of a section: a run-in initiative when it opens with a strong whose text opens with
 * an initiative label (the rest of the strong is the lead, the rest of the paragraph the text);
 * otherwise a paragraph of plain text. Further strongs that open with an initiative label of the
 * same style start further initiatives run on in the paragraph: the section is then `runIn`.
 */
function sectionParagraph(node: Paragraph, section: DraftSection, ctx: ReadContext): DraftBlock[] {
  const [first] = node.children;
  const at = positionOf(node);
  // Strongs are read once here only to find labels: what they hold is reported (an HTML tag, an
  // image) when the initiative or paragraph that owns them is read, so never twice.
  const probe: ReadContext = { ...ctx, problems: [] };
  if (first?.type === "strong") {
    const label = matchInitiativeLabel(joinLines(flattenInline(first.children, probe)));
    if (label) {
      section.labelStyle ??= label.style;
      const initiatives: DraftBlock[] = [];
      let start = 0;
      const children = node.children;
      for (let i = 1; i <= children.length; i++) {
        const child = children[i];
        const next =
          child?.type === "strong" ? matchInitiativeLabel(joinLines(flattenInline(child.children, probe))) : undefined;
        if (child && next?.style !== label.style) continue;
        initiatives.push(initiativeBlock(children.slice(start, i), positionOf(children[start]), ctx));
        start = i;
      }
      if (initiatives.length > 1) section.runIn = true;
      const [head] = initiatives;
      if (head) head.at = at;
      return initiatives;
    }
  }
  const text = inlineText(node.children, ctx);
  return text ? [{ kind: "paragraph", text, at }] : [];
}

/** One initiative: a strong (label and lead), then its text. */
function initiativeBlock(nodes: PhrasingContent[], at: Position, ctx: ReadContext): DraftBlock {
  const [strongNode, ...rest] = nodes as [PhrasingContent & { children: PhrasingContent[] }, ...PhrasingContent[]];
  const strong = joinLines(flattenInline(strongNode.children, ctx));
  const label = matchInitiativeLabel(strong);
  const lead = strong.slice(label?.length ?? 0).trim();
  const body = joinLines(flattenInline(rest, ctx));
  const leadAt = positionOf(strongNode);
  return {
    kind: "initiative",
    ...(lead ? { lead } : {}),
    ...(body ? { text: body } : {}),
    at,
    leadAt,
    textAt: rest[0] ? positionOf(rest[0]) : leadAt,
  };
}

function sectionTable(node: Table, caption: Paragraph | undefined, ctx: ReadContext): DraftTable {
  const rowsAt = node.children.map((row) => ({ at: positionOf(row), cells: row.children.map(positionOf) }));
  const [header = [], ...rows] = node.children.map((row) => row.children.map((cell) => inlineText(cell.children, ctx)));
  const table: DraftTable = { kind: "table", header, rows, at: positionOf(node), rowsAt };
  if (caption) {
    const text = inlineText(caption.children, ctx).replace(CAPTION_PREFIX, "");
    if (text) {
      table.caption = text;
      table.captionAt = positionOf(caption);
    }
  }
  return table;
}

/** A sink for a section's content: paragraphs, initiatives and tables. */
export function sectionSink(section: DraftSection, ctx: ReadContext): BlockSink {
  return {
    paragraph(node) {
      section.blocks.push(...sectionParagraph(node, section, ctx));
    },
    table(node, caption) {
      section.blocks.push(sectionTable(node, caption, ctx));
    },
  };
}
