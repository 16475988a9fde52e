import { type RenderContext, useStyle } from "../context.js";
import { cleanText } from "../sanitize.js";
import { runXml } from "./runs.js";
import { TextParagraph } from "./text-paragraph.js";

/** The 主送机关 below the title, flush left, ending with a full-width colon: `县人民政府：`. */
export function salutationParagraph(context: RenderContext, recipients: string): TextParagraph {
  const text = cleanText(recipients).replace(/[：:]$/u, "");
  return new TextParagraph({ style: useStyle(context, "Salutation"), runs: [runXml(`${text}：`)] });
}
