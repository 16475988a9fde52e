import { type RenderContext, useStyle } from "../context.js";
import { runXml } from "./runs.js";
import { TextParagraph } from "./text-paragraph.js";

/** A paragraph of body text (style Normal: 仿宋, two characters in, on the grid). */
export function bodyParagraph(text: string): TextParagraph {
  return new TextParagraph({ runs: [runXml(text)] });
}

/**
 * A paragraph of the closing (此外，持续抓好……): set like the body, in the style 结尾段 (Closing)
 * so that the closing can be told apart from the last section's text when the DOCX is read back.
 */
export function closingParagraph(context: RenderContext, text: string): TextParagraph {
  return new TextParagraph({ style: useStyle(context, "Closing"), runs: [runXml(text)] });
}
