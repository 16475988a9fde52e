import { Paragraph } from "docx";
import { textRun } from "./runs.js";

/** A paragraph of body text (style Normal: 仿宋, two characters in, on the grid). */
export function bodyParagraph(text: string): Paragraph {
  return new Paragraph({ children: [textRun(text)] });
}
