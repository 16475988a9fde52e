import { type RenderContext, useStyle } from "../context.js";
import { cleanText } from "../sanitize.js";
import { breakTitle } from "../title-lines.js";
import { runXml } from "./runs.js";
import { TextParagraph } from "./text-paragraph.js";

/**
 * The title (二号 小标宋, centred): one paragraph, its lines broken where the author broke them
 * (meta.titleLines) or else where breakTitle says (line breaks inside the paragraph, so it stays
 * one title when copied), then one blank line.
 */
export function titleParagraph(context: RenderContext): TextParagraph {
  const { meta } = context.report;
  const { title } = context.profile;
  const text = cleanText(meta.title);
  const lines = meta.titleLines
    ? meta.titleLines.map((line) => cleanText(line))
    : breakTitle(text, title.maxLineChars, title.shape, cleanText(meta.org));
  return new TextParagraph({
    style: useStyle(context, "Title"),
    runs: lines.map((line, i) => runXml(line, { breakBefore: i > 0 ? 1 : 0 })),
  });
}
