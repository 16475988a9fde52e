import { type InitiativeStyle, MAX_LEVEL } from "@gongwen/schema";
import type { Heading, Root, RootContent } from "mdast";
import { headingDepth, isHtmlComment, RUN_IN_COMMENT, STYLE_COMMENT, TITLE_DEPTH } from "../dialect.js";
import { stripHeadingNumber } from "../labels.js";
import { readBlock, sectionSink, textSink } from "./blocks.js";
import { addProblem, positionOf, type ReadContext } from "./context.js";
import type { Draft, DraftSection } from "./draft.js";
import { inlineText } from "./inline-text.js";

function findLastIndex<T>(items: readonly T[], test: (item: T, index: number) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as T, i)) return i;
  return -1;
}

/** True for nodes that are no content: a note in an HTML comment, a thematic break. */
function isDecoration(node: RootContent): boolean {
  return node.type === "thematicBreak" || (node.type === "html" && isHtmlComment(node.value));
}

/**
 * Opens the section a heading starts, below the sections still open. A heading deeper than
 * `#####` or one that skips a level is a problem; it is then read at the deepest level allowed,
 * so that its content is still checked.
 */
function openSection(heading: Heading, stack: DraftSection[], draft: Draft, ctx: ReadContext): void {
  const at = positionOf(heading);
  let level = heading.depth - 1;
  if (level > MAX_LEVEL) {
    addProblem(ctx, "heading_too_deep", at, { depth: heading.depth });
    level = Math.min(MAX_LEVEL, stack.length + 1);
  } else if (level > stack.length + 1) {
    addProblem(ctx, "heading_skipped", at, { depth: heading.depth, expected: headingDepth(stack.length + 1) });
    level = stack.length + 1;
  }
  const section: DraftSection = {
    title: stripHeadingNumber(level, inlineText(heading.children, ctx)),
    at,
    blocks: [],
    sections: [],
  };
  stack.length = level - 1;
  const parent = stack[level - 2];
  (parent ? parent.sections : draft.parts).push(section);
  stack.push(section);
}

/**
 * Reads the body of a Markdown document (everything after the front matter) into a draft:
 * the `# ` title, the opening before the first `## `, sections by heading level with their
 * content, and the closing after the last thematic break that follows the last section heading.
 * Other thematic breaks are decoration and are skipped.
 */
export function readBody(root: Root, ctx: ReadContext): Draft {
  const nodes = root.children.filter((node) => node.type !== "yaml");
  const lastHeading = findLastIndex(nodes, (node) => node.type === "heading" && node.depth > TITLE_DEPTH);
  const closingBreak = findLastIndex(nodes, (node, i) => i > lastHeading && node.type === "thematicBreak");
  const draft: Draft = { opening: [], parts: [], closing: [], bodyAt: positionOf(nodes[0]) };
  const opening = textSink(draft.opening, ctx);
  const closing = textSink(draft.closing, ctx);
  const stack: DraftSection[] = [];
  let started = false;

  for (let i = 0; i < nodes.length; ) {
    const node = nodes[i] as RootContent;
    if (node.type === "heading") {
      if (node.depth === TITLE_DEPTH) {
        if (started) addProblem(ctx, "title_misplaced", positionOf(node), {}, ["meta", "title"]);
        else draft.title = { text: inlineText(node.children, ctx), at: positionOf(node) };
      } else {
        openSection(node, stack, draft, ctx);
      }
      started = true;
      i++;
      continue;
    }
    if (closingBreak >= 0 && i > closingBreak) {
      i += readBlock(nodes, i, closing, ctx);
      continue;
    }
    const current = stack[stack.length - 1];
    const style = node.type === "html" ? STYLE_COMMENT.exec(node.value.trim()) : null;
    if (style && current) current.declaredStyle = style[1] as InitiativeStyle;
    if (current && node.type === "html" && RUN_IN_COMMENT.test(node.value.trim())) current.runIn = true;
    if (!isDecoration(node)) started = true;
    i += node.type === "thematicBreak" ? 1 : readBlock(nodes, i, current ? sectionSink(current, ctx) : opening, ctx);
  }
  return draft;
}
