import type { Locale, Locator, Problem, Report } from "@gongwen/schema";
import { readText } from "./files.js";
import { type InputFormat, inputFormatOf, sniffInputFormat } from "./formats.js";

/** A report read from a file, with the locator that maps model paths to the file's lines. */
export interface ReadReport {
  report: Report;
  locate?: Locator;
  format: InputFormat;
  /** Problems that did not stop the report from being read (a comment after a meta value). */
  warnings?: Problem[];
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
      const { loadReportJsonWithSource } = await import("./model-functions.js");
      const { report, locate } = loadReportJsonWithSource(text, fileName, { locale });
      return { report, locate, format };
    }
  }
}

/**
 * Reads and validates a report from a file (or `-` for standard input, JSON or YAML by its first
 * character), in the format its name implies.
 */
export async function readReport(file: string, locale: Locale, from?: string): Promise<ReadReport> {
  return parseReportText(...(await readReportText(file, locale, from)), file === "-" ? "<stdin>" : file, locale);
}

/** The text of a report file and the format to read it in. */
export async function readReportText(file: string, locale: Locale, from?: string): Promise<[string, InputFormat]> {
  const format = inputFormatOf(file, from, locale);
  const text = await readText(file, locale);
  return [text, sniffInputFormat(file, from, format, text)];
}
