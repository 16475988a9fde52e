import type { HtmlContext, ModelPath } from "../context.js";
import { pathAttribute } from "../context.js";
import { textElement } from "../markup.js";

/** A paragraph of body text, two characters in (the page style sheet's text-indent). */
export function bodyParagraph(context: HtmlContext, text: string, path: ModelPath, className?: string): string {
  return textElement("p", { class: className, ...pathAttribute(context, path) }, text);
}

/** The 主送机关 below the title, flush left, ending with a full-width colon: `县人民政府：`. */
export function recipientsParagraph(context: HtmlContext, recipients: string): string {
  const text = recipients.trim().replace(/[：:]$/u, "");
  return textElement("p", { class: "recipients", ...pathAttribute(context, ["meta", "recipients"]) }, `${text}：`);
}
