import { bodyTextTwips } from "../body-width.js";
import { type RenderContext, useStyle } from "../context.js";
import { cleanText } from "../sanitize.js";
import { runXml } from "./runs.js";
import { TextParagraph } from "./text-paragraph.js";

const LEAD = "附件：";

/**
 * The 附件说明, one blank line below the text, two characters in: `附件：名称` for one attachment,
 * `附件：1.名称` then `2.名称` under the `1.` for several. Wrapped lines align with the first
 * character of the name (a hanging indent as wide as what precedes the name). Names lose closing
 * punctuation and 《》, which the standard does not put there.
 */
export function attachmentParagraphs(context: RenderContext, attachments: readonly string[]): TextParagraph[] {
  const { char, linePitch } = context.geometry;
  const style = useStyle(context, "Attachment");
  const indent = 2 * char;
  const leadWidth = bodyTextTwips(context, LEAD);
  const names = attachments.map((name) =>
    cleanText(name)
      .replace(/[。，；、.,;]+$/u, "")
      .replace(/^《(.*)》$/u, "$1"),
  );
  return names.map((name, i) => {
    const label = names.length > 1 ? `${i + 1}.` : "";
    const labelWidth = bodyTextTwips(context, label);
    const first = i === 0;
    const left = indent + leadWidth + labelWidth;
    return new TextParagraph({
      style,
      spacing: first ? { before: linePitch } : undefined,
      indent: { left, hanging: first ? leadWidth + labelWidth : labelWidth, firstLineChars: 0 },
      runs: [runXml((first ? LEAD : "") + label + name)],
    });
  });
}
