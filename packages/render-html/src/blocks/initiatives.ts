import { type Initiative, type InitiativeStyle, initiativeLabel } from "@gongwen/schema";
import type { HtmlContext, ModelPath } from "../context.js";
import { pathAttribute } from "../context.js";
import { escapeHtml } from "../escape.js";
import { element, textElement } from "../markup.js";

/**
 * A run-in initiative, one paragraph: its label (`一是` `1.` `（1）`, schema initiativeLabel) and lead
 * sentence in `<strong class="lead">`, then its text. Without a lead the label runs straight into
 * the text, not bold, as in the DOCX.
 */
export function initiativeParagraph(
  context: HtmlContext,
  style: InitiativeStyle,
  index: number,
  initiative: Initiative,
  path: ModelPath,
): string {
  const label = initiativeLabel(style, index);
  const inner =
    initiative.lead !== undefined
      ? textElement("strong", { class: "lead" }, label + initiative.lead) + escapeHtml(initiative.text ?? "")
      : escapeHtml(label + (initiative.text ?? ""));
  return element("p", { class: "initiative", ...pathAttribute(context, path) }, inner);
}
