import { type ProfileOverride, renderDocx, resolveProfile } from "@gongwen/render-docx";
import { type HtmlFlavor, renderHtml } from "@gongwen/render-html";
import { renderMarkdown } from "@gongwen/render-md";
import type { Report } from "@gongwen/schema";
import type { OutputFormat } from "./formats.js";

/** Options that shape a rendering. */
export interface RenderOptions {
  /** A layout profile override (already validated), for DOCX and the HTML page. */
  profile?: unknown;
  /** For DOCX and HTML: the disclosure attributes (索引号 …) as a table before the text. */
  disclosureTable?: boolean;
  /** HTML: `page` (default) or `portal`; Markdown: `portal` drops the front matter. */
  flavor?: HtmlFlavor;
}

/** Renders a report in an output format: text for Markdown, HTML and JSON, bytes for DOCX. */
export async function renderReport(
  report: Report,
  format: OutputFormat,
  options: RenderOptions = {},
): Promise<string | Uint8Array> {
  switch (format) {
    case "markdown":
      return renderMarkdown(report, options.flavor === "portal" ? { flavor: "portal" } : {});
    case "json":
      return `${JSON.stringify(report, null, 2)}\n`;
    case "html":
      return renderHtml(report, {
        flavor: options.flavor ?? "page",
        disclosureTable: options.disclosureTable ?? false,
        profile: resolveProfile(options.profile as ProfileOverride | undefined),
      });
    case "docx":
      return renderDocx(report, {
        ...(options.profile === undefined ? {} : { profile: options.profile as never }),
        ...(options.disclosureTable ? { disclosureTable: true } : {}),
      });
  }
}
