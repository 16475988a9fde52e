import type { Report } from "@gongwen/schema";
import type { OutputFormat } from "./formats.js";

/** Options that shape a rendering. */
export interface RenderOptions {
  /** A DOCX layout profile override (already validated), for `.docx` output. */
  profile?: unknown;
  /** For `.docx` output: the disclosure attributes (索引号 …) as a table before the text. */
  disclosureTable?: boolean;
}

/**
 * Renders a report in an output format: text for Markdown and JSON, bytes for DOCX. Each writer
 * is loaded when its format is written (DOCX output never loads remark, nor Markdown output docx).
 */
export async function renderReport(
  report: Report,
  format: OutputFormat,
  options: RenderOptions = {},
): Promise<string | Uint8Array> {
  switch (format) {
    case "markdown": {
      const { renderMarkdown } = await import("@gongwen/render-md");
      return renderMarkdown(report);
    }
    case "json":
      return `${JSON.stringify(report, null, 2)}\n`;
    case "docx": {
      const { renderDocx } = await import("@gongwen/render-docx");
      return renderDocx(report, {
        ...(options.profile === undefined ? {} : { profile: options.profile as never }),
        ...(options.disclosureTable ? { disclosureTable: true } : {}),
      });
    }
  }
}
