import { Paragraph } from "docx";
import { type RenderContext, useStyle } from "../context.js";
import { cleanText } from "../sanitize.js";
import { textRun } from "./runs.js";

/** The 主送机关 below the title, flush left, ending with a full-width colon: `县人民政府：`. */
export function salutationParagraph(context: RenderContext, recipients: string): Paragraph {
  const text = cleanText(recipients).replace(/[：:]$/u, "");
  return new Paragraph({ style: useStyle(context, "Salutation"), children: [textRun(`${text}：`)] });
}
