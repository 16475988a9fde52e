import { crc32, deflateRawSync } from "node:zlib";
import type { HtmlFlavor } from "@gongwen/render-html";
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

/**
 * Renders a report in an output format: text for Markdown, HTML and JSON, bytes for DOCX. Each
 * writer is loaded when its format is written (DOCX output never loads remark, nor Markdown output docx).
 */
export async function renderReport(
  report: Report,
  format: OutputFormat,
  options: RenderOptions = {},
): Promise<string | Uint8Array> {
  switch (format) {
    case "markdown": {
      const { renderMarkdown } = await import("@gongwen/render-md");
      return renderMarkdown(report, options.flavor === "portal" ? { flavor: "portal" } : {});
    }
    case "json":
      return `${JSON.stringify(report, null, 2)}\n`;
    case "html": {
      const [{ renderHtml }, { resolveProfile }] = await Promise.all([
        import("@gongwen/render-html"),
        import("@gongwen/render-docx/core"),
      ]);
      return renderHtml(report, {
        flavor: options.flavor ?? "page",
        disclosureTable: options.disclosureTable ?? false,
        profile: resolveProfile(options.profile as Parameters<typeof resolveProfile>[0]),
      });
    }
    case "docx": {
      const { renderDocx } = await import("@gongwen/render-docx/core");
      return renderDocx(report, {
        // zlib's DEFLATE and CRC-32: native, several times faster than the writer's portable defaults.
        deflateRaw: deflateRawSync,
        crc32,
        ...(options.profile === undefined ? {} : { profile: options.profile as never }),
        ...(options.disclosureTable ? { disclosureTable: true } : {}),
      });
    }
  }
}
