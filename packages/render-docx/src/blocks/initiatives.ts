import { type Initiative, type InitiativeStyle, initiativeLabel } from "@gongwen/schema";
import { Paragraph, type ParagraphChild } from "docx";
import { type RenderContext, useStyle } from "../context.js";
import { textRun } from "./runs.js";

/**
 * A run-in initiative: its label (`一是` `1.` `（1）`) and lead sentence in the lead character
 * style (bold when the profile says so), then its text, all in one body paragraph. Without a lead
 * the label runs straight into the text.
 */
export function initiativeParagraph(
  context: RenderContext,
  style: InitiativeStyle,
  index: number,
  initiative: Initiative,
): Paragraph {
  const label = initiativeLabel(style, index);
  const children: ParagraphChild[] = [];
  if (initiative.lead !== undefined) {
    children.push(textRun(label + initiative.lead, { style: useStyle(context, "RunInLead") }));
    if (initiative.text !== undefined) children.push(textRun(initiative.text));
  } else {
    children.push(textRun(label + (initiative.text ?? "")));
  }
  return new Paragraph({ children });
}
