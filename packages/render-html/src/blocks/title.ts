import type { HtmlContext } from "../context.js";
import { pathAttribute } from "../context.js";
import { textElement } from "../markup.js";

/**
 * The title as the one `<h1>`. The page style sheet sets it in 二号 小标宋, centred, at most
 * `title.maxLineChars` characters a line, its lines balanced (CSS `text-wrap: balance`, as the
 * DOCX breaks long titles into a trapezoid), one blank line below.
 */
export function titleHeading(context: HtmlContext): string {
  return textElement("h1", { class: "title", ...pathAttribute(context, ["meta", "title"]) }, context.report.meta.title);
}
