import { parseMarkdownWithSource } from "@gongwen/render-md";
import {
  type BilingualProblem,
  type Locale,
  loadReportYamlWithSource,
  pairLanguages,
  type Report,
} from "@gongwen/schema";
import { markdownSourceMap } from "./source/markdown-source.js";
import type { SourceMap } from "./source/source-map.js";
import { yamlSourceMap } from "./source/yaml-source.js";

/** The source formats lint reads, and fixes in place. */
export type SourceFormat = "yaml" | "markdown";

/** A report read from its source, with the map from model paths to the source's characters. */
export interface ParsedSource {
  report: Report;
  source: SourceMap;
  /** What the reader warned of (a comment after a meta value), in both languages, in source order. */
  warnings?: BilingualProblem[];
}

/**
 * Reads a report from YAML or Markdown text with its SourceMap. Throws the readers' ReportError
 * (every problem located) when the text is not a valid report.
 */
export function parseSource(
  text: string,
  format: SourceFormat,
  fileName?: string,
  locale: Locale = "zh",
): ParsedSource {
  if (format === "yaml") {
    const { report, warnings } = loadReportYamlWithSource(text, fileName, { locale });
    if (warnings.length === 0) return { report, source: yamlSourceMap(text) };
    // The reader is deterministic: the other language's warnings stand in the same order.
    const other = loadReportYamlWithSource(text, fileName, { locale: locale === "zh" ? "en" : "zh" }).warnings;
    return { report, source: yamlSourceMap(text), warnings: pairLanguages(warnings, other, locale) };
  }
  const options = fileName === undefined ? { locale } : { fileName, locale };
  const { report, locate } = parseMarkdownWithSource(text, options);
  return { report, source: markdownSourceMap(text, locate) };
}

/** The source format a file name implies (`.yaml`, `.yml`, `.md`, `.markdown`), or undefined. */
export function sourceFormatOf(fileName: string): SourceFormat | undefined {
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".yaml") || lower.endsWith(".yml")) return "yaml";
  if (lower.endsWith(".md") || lower.endsWith(".markdown")) return "markdown";
  return undefined;
}
