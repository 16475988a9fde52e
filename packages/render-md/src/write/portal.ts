import { attachmentLines, formatChineseDate, type Meta, noteText, stripForbiddenCharacters } from "@gongwen/schema";
import type { RootContent } from "mdast";

/**
 * How much of a report the Markdown writer writes: `dialect` (default), the gongwen dialect with
 * its YAML front matter, which reads back to the same report; `portal`, what a portal editor pastes
 * into a government website: no front matter and no thematic break; what the front matter held
 * and a reader sees is written out as plain paragraphs — the 主送机关 under the title, and at the
 * end the 附件说明, 署名, 成文日期 and 附注. A portal text is not meant to be read back.
 */
export type MarkdownFlavor = "dialect" | "portal";

/** Options of renderMarkdown and reportToMdast. */
export interface RenderMarkdownOptions {
  /** `dialect` (default) or `portal`; see MarkdownFlavor. */
  flavor?: MarkdownFlavor;
}

const paragraph = (value: string): RootContent => ({
  type: "paragraph",
  children: [{ type: "text", value: stripForbiddenCharacters(value) }],
});

/** The closing paragraphs of a portal text: `附件：1.名称` …, then 署名, 成文日期 and `（附注）`. */
export function portalSignOff(meta: Meta): RootContent[] {
  const out = attachmentLines(meta.attachments ?? []).map(({ lead, label, name }) => paragraph(lead + label + name));
  out.push(paragraph(meta.signature), paragraph(formatChineseDate(meta.date)));
  if (meta.note !== undefined) out.push(paragraph(noteText(meta.note)));
  return out;
}

/** The 主送机关 under the title of a portal text: `县人民政府：`. */
export function portalRecipients(recipients: string): RootContent {
  return paragraph(`${recipients.trim().replace(/[：:]$/u, "")}：`);
}
