import type { Locale, Locator, Report } from "@gongwen/schema";
import { readText } from "./files.js";
import { type InputFormat, inputFormatOf } from "./formats.js";

/** A report read from a file, with the locator that maps model paths to the file's lines. */
export interface ReadReport {
  report: Report;
  locate?: Locator;
  format: InputFormat;
}

/**
 * Parses the text of a report in a given format; problems are thrown as a ReportError. Each
 * reader is loaded when its format is read (so `render x.yaml` never loads the Markdown reader).
 */
export async function parseReportText(
  text: string,
  format: InputFormat,
  fileName: string,
  locale: Locale,
): Promise<ReadReport> {
  switch (format) {
    case "yaml": {
      const { loadReportYamlWithSource } = await import("./model-functions.js");
      return { ...loadReportYamlWithSource(text, fileName, { locale }), format };
    }
    case "markdown": {
      const { parseMarkdownWithSource } = await import("@gongwen/render-md");
      return { ...parseMarkdownWithSource(text, { fileName, locale }), format };
    }
    case "json": {
      const { parseJsonReport } = await import("./read-json.js");
      const { report, locate } = parseJsonReport(text, fileName, locale);
      return { report, locate, format };
    }
  }
}

/** Reads and validates a report from a file (or `-` for standard input), in the format its name implies. */
export async function readReport(file: string, locale: Locale, from?: string): Promise<ReadReport> {
  const format = inputFormatOf(file, from, locale);
  const text = await readText(file, locale);
  return parseReportText(text, format, file === "-" ? "<stdin>" : file, locale);
}
