import { renderDocx } from "@gongwen/render-docx";
import { renderMarkdown } from "@gongwen/render-md";
import type { Report } from "@gongwen/schema";
import type { OutputFormat } from "./formats.js";

/** Options that shape a rendering. */
export interface RenderOptions {
  /** A DOCX layout profile override (already validated), for `.docx` output. */
  profile?: unknown;
  /** For `.docx` output: the disclosure attributes (索引号 …) as a table before the text. */
  disclosureTable?: boolean;
}

/** Renders a report in an output format: text for Markdown and JSON, bytes for DOCX. */
export async function renderReport(
  report: Report,
  format: OutputFormat,
  options: RenderOptions = {},
): Promise<string | Uint8Array> {
  switch (format) {
    case "markdown":
      return renderMarkdown(report);
    case "json":
      return `${JSON.stringify(report, null, 2)}\n`;
    case "docx":
      return renderDocx(report, {
        ...(options.profile === undefined ? {} : { profile: options.profile as never }),
        ...(options.disclosureTable ? { disclosureTable: true } : {}),
      });
  }
}
