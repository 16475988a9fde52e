import { joinLines } from "@gongwen/schema";
import type { Nodes } from "mdast";
import { toString as mdastToString } from "mdast-util-to-string";
import { isHtmlComment } from "../dialect.js";
import { addProblem, positionOf, type ReadContext } from "./context.js";

function flatten(node: Nodes, ctx: ReadContext): string {
  switch (node.type) {
    case "text":
    case "inlineCode":
      return node.value;
    case "break":
      return "\n";
    case "html":
      if (!isHtmlComment(node.value)) addProblem(ctx, "unsupported_html", positionOf(node));
      return "";
    case "image":
    case "imageReference":
      addProblem(ctx, "unsupported_image", positionOf(node));
      return "";
    case "footnoteReference":
      addProblem(ctx, "unsupported_footnote", positionOf(node));
      return "";
    default:
      return "children" in node ? flattenInline(node.children, ctx) : mdastToString(node);
  }
}

/**
 * The raw text of inline content: emphasis, links, code and strikethrough are flattened to their
 * text (as mdast-util-to-string does), a hard break becomes a line break. Images, HTML and
 * footnote references cannot be represented: each gives a located problem. HTML comments are
 * notes and are skipped.
 */
export function flattenInline(nodes: readonly Nodes[], ctx: ReadContext): string {
  let out = "";
  for (const node of nodes) out += flatten(node, ctx);
  return out;
}

/** The text of inline content (see flattenInline), its lines joined and ends trimmed as the model does. */
export function inlineText(nodes: readonly Nodes[], ctx: ReadContext): string {
  return joinLines(flattenInline(nodes, ctx));
}
