/**
 * STAND-IN for the HTML writer's page flavour (`@gongwen/render-html`, being written on another
 * branch): the report as one flow of HTML for the pages view to paginate. It writes only what the
 * pages need to look like the DOCX — title lines, numbered headings, run-in initiatives, tables,
 * signature and date — with the class names pages.css styles. When the HTML writer is merged, the
 * pages use it instead and this file goes.
 */
import { breakTitle } from "@gongwen/render-docx";
import {
  type Block,
  formatChineseDate,
  headingLabel,
  initiativeLabel,
  isInitiative,
  isTable,
  type Report,
  reportParts,
  type Section,
} from "@gongwen/schema";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c] as string);

function blocks(content: readonly Block[], style: Section["style"]): string[] {
  let n = 0;
  return content.map((block) => {
    if (isTable(block)) {
      const { caption, header, rows } = block.table;
      const head = `<tr>${header.map((c) => `<th>${escapeHtml(c)}</th>`).join("")}</tr>`;
      const body = rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`).join("");
      return `${caption ? `<p class="gw-caption">${escapeHtml(caption)}</p>` : ""}<table class="gw-table"><thead>${head}</thead><tbody>${body}</tbody></table>`;
    }
    if (isInitiative(block)) {
      n += 1;
      const lead = `<strong class="gw-lead">${escapeHtml(initiativeLabel(style, n))}${escapeHtml(block.lead ?? "")}</strong>`;
      return `<p class="gw-p">${lead}${escapeHtml(block.text ?? "")}</p>`;
    }
    return `<p class="gw-p">${escapeHtml(block)}</p>`;
  });
}

function section(s: Section, level: number, index: number, out: string[]): void {
  out.push(
    `<h${level + 1} class="gw-h${level}">${escapeHtml(headingLabel(level, index))}${escapeHtml(s.title)}</h${level + 1}>`,
  );
  out.push(...blocks(s.content, s.style));
  for (const [i, sub] of s.sections.entries()) section(sub, level + 1, i + 1, out);
}

/** The report as a flow of HTML (no pages yet): 版头 when `letterhead`, title, body, signature and date. */
export function previewHtml(report: Report, options: { letterhead: boolean }): string {
  const { meta, body } = report;
  const out: string[] = [];
  if (options.letterhead && meta.docNumber) {
    out.push(
      `<div class="gw-letterhead"><div class="gw-letterhead-name">${escapeHtml(meta.letterheadName ?? `${meta.org}文件`)}</div>`,
    );
    out.push(`<div class="gw-doc-number">${escapeHtml(meta.docNumber)}</div><hr class="gw-red-rule" /></div>`);
  }
  out.push(
    `<h1 class="gw-title">${breakTitle(meta.title, 18, "trapezoid", meta.org).map(escapeHtml).join("<br />")}</h1>`,
  );
  if (meta.recipients) out.push(`<p class="gw-recipients">${escapeHtml(meta.recipients)}：</p>`);
  out.push(...body.opening.map((p) => `<p class="gw-p">${escapeHtml(p)}</p>`));
  reportParts(report).forEach(({ section: s }, i) => {
    section(s, 1, i + 1, out);
  });
  out.push(...body.closing.map((p) => `<p class="gw-p">${escapeHtml(p)}</p>`));
  if (meta.attachments && meta.attachments.length > 0) {
    const names = meta.attachments.map((a, i) => `${meta.attachments!.length > 1 ? `${i + 1}.` : ""}${escapeHtml(a)}`);
    out.push(`<p class="gw-attachments">附件：${names.join("<br />")}</p>`);
  }
  out.push(`<p class="gw-signature">${escapeHtml(meta.signature)}</p>`);
  out.push(`<p class="gw-date">${escapeHtml(formatChineseDate(meta.date))}</p>`);
  if (meta.note) out.push(`<p class="gw-p">（${escapeHtml(meta.note)}）</p>`);
  return out.join("\n");
}
