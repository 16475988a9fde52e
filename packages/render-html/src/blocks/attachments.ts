import { ATTACHMENT_LEAD, attachmentLines } from "@gongwen/schema";
import type { HtmlContext } from "../context.js";
import { chars, pathAttribute } from "../context.js";
import { element, textElement } from "../markup.js";
import { emWidth } from "../text-width.js";

/**
 * The 附件说明 (GB/T 9704-2012 §7.3.4), one blank line below the text, two characters in:
 * `附件：名称` for one attachment, `附件：1.名称` then `2.名称` under the `1.` for several (schema
 * attachmentLines); wrapped lines hang under the first character of the name.
 */
export function attachmentsBlock(context: HtmlContext, attachments: readonly string[]): string {
  const leadWidth = emWidth(ATTACHMENT_LEAD);
  const items = attachmentLines(attachments).map(({ lead, label, name }, i) => {
    const labelWidth = emWidth(label);
    const hanging = emWidth(lead) + labelWidth;
    const style = `text-indent: calc(-1 * ${chars(hanging)}); padding-left: ${chars(2 + leadWidth + labelWidth)}`;
    return textElement("p", { style, ...pathAttribute(context, ["meta", "attachments", i]) }, lead + label + name);
  });
  const margin = `margin-top: ${Number(context.metrics.linePitch.toFixed(2))}pt`;
  return element("div", { class: "attachments", style: margin }, items.join(""));
}
