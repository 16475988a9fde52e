import { type Report, reportParts } from "@gongwen/schema";
import { attachmentsBlock } from "./blocks/attachments.js";
import { colophonBlock, hasColophon } from "./blocks/colophon.js";
import { disclosureTable } from "./blocks/disclosure.js";
import { letterheadBlock } from "./blocks/letterhead.js";
import { bodyParagraph, recipientsParagraph } from "./blocks/paragraphs.js";
import { sectionElement } from "./blocks/sections.js";
import { signatureBlock } from "./blocks/signature.js";
import { titleHeading } from "./blocks/title.js";
import type { HtmlContext } from "./context.js";
import { escapeHtml } from "./escape.js";
import { element } from "./markup.js";
import type { RenderHtmlOptions } from "./options.js";
import { pageCss } from "./page-css.js";
import { pageMetrics } from "./page-metrics.js";
import { gbt9704Html } from "./profile.js";

/** The `<article class="gongwen">` of a report: the same in both flavours, but for 版头 and 版记. */
function article(context: HtmlContext, disclosure: boolean): string {
  const { meta, body } = context.report;
  const page = context.flavor === "page";
  let out = "";
  if (disclosure && meta.disclosure) out += disclosureTable(context);
  if (page && meta.letterhead && meta.docNumber !== undefined) out += letterheadBlock(context, meta.docNumber);
  out += titleHeading(context);
  if (meta.recipients !== undefined) out += recipientsParagraph(context, meta.recipients);
  body.opening.forEach((text, i) => {
    out += bodyParagraph(context, text, ["body", "opening", i], "opening");
  });
  reportParts(context.report).forEach(({ section, path }, i) => {
    out += sectionElement(context, section, 1, i + 1, path);
  });
  body.closing.forEach((text, i) => {
    out += bodyParagraph(context, text, ["body", "closing", i], "closing");
  });
  if (meta.attachments?.length) out += attachmentsBlock(context, meta.attachments);
  out += signatureBlock(context);
  if (page && hasColophon(meta)) out += colophonBlock(context);
  return element("article", { class: "gongwen", lang: "zh-CN" }, out);
}

/**
 * The HTML of a report, as a string. Every text is escaped (escapeHtml): nothing a report holds
 * can open a tag or an attribute. The reading order is the DOCX's: [disclosure table], [版头],
 * title `<h1>`, 主送机关, opening, the numbered sections (`<section>` with `<h2>`–`<h5>`,
 * initiatives with their lead in `<strong>`, tables with `<caption>` and `<thead>`), closing,
 * 附件说明, 落款 (署名 and 成文日期), 附注, [版记].
 *
 * - `flavor: "portal"` (default): the `<article>` alone, no style sheet, no 版头 or 版记 — what an
 *   editor pastes into a government portal. Alignments are inline styles, which portal editors keep.
 * - `flavor: "page"`: a whole HTML document with pageCss(profile), 版头 when the report asks for
 *   one (`letterhead` and a 发文字号) and 版记; printed (Chromium), it pages like the DOCX.
 *
 * Uses no Node built-ins: it runs in browsers. Throws only what the model's own helpers throw for
 * a report that did not come through parseReport (a malformed date: RangeError).
 */
export function renderHtml(report: Report, options: RenderHtmlOptions = {}): string {
  const flavor = options.flavor ?? "portal";
  const profile = options.profile ?? gbt9704Html;
  const context: HtmlContext = {
    report,
    flavor,
    profile,
    metrics: pageMetrics(profile),
    sourcePaths: options.sourcePaths ?? false,
  };
  const body = article(context, options.disclosureTable ?? false);
  if (flavor === "portal") return `${body}\n`;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="gongwen">
<title>${escapeHtml(report.meta.title)}</title>
<style>
${pageCss(profile)}</style>
</head>
<body class="gongwen-page">
${body}
</body>
</html>
`;
}
