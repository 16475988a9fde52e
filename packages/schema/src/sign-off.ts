/**
 * The texts of the 附件说明 and the 附注 as every writer prints them (GB/T 9704-2012 §7.3.4 and
 * §7.3.6): what an author typed, cleaned of what the standard does not print there.
 */

/** An attachment's name as the 附件说明 lists it: no closing punctuation, no 《》 around it. */
export function attachmentName(name: string): string {
  return name
    .trim()
    .replace(/[。，；、.,;]+$/u, "")
    .replace(/^《(.*)》$/u, "$1");
}

/**
 * The 附件说明 lines: `附件：名称` for one attachment; `附件：1.名称`, `2.名称` … for several. Each
 * item is `{ lead, label, name }` so a writer can hang wrapped lines under the name.
 */
export function attachmentLines(names: readonly string[]): { lead: string; label: string; name: string }[] {
  return names.map((name, i) => ({
    lead: i === 0 ? ATTACHMENT_LEAD : "",
    label: names.length > 1 ? `${i + 1}.` : "",
    name: attachmentName(name),
  }));
}

/** What opens the 附件说明. */
export const ATTACHMENT_LEAD = "附件：";

/** The 附注 in parentheses: `（此件公开发布）`, parentheses added unless the author wrote them. */
export function noteText(note: string): string {
  return `（${note.trim().replace(/^[（(]\s*(.*?)\s*[）)]$/u, "$1")}）`;
}
