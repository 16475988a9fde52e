import { assertParsedReport, type Report } from "@gongwen/schema";
import { markdownWriter } from "../processors.js";
import type { RenderMarkdownOptions } from "./portal.js";
import { reportToMdast } from "./to-mdast.js";

/**
 * Writes a report as Markdown of the gongwen dialect (see README.md): the mdast tree of
 * reportToMdast, serialised by remark-stringify with front matter, GFM and CJK-friendly emphasis.
 * `{ flavor: "portal" }` writes the text for a portal instead: no front matter, the 落款 at the end.
 * Throws a TypeError when given anything but a parsed report (see assertParsedReport).
 */
export function renderMarkdown(report: Report, options: RenderMarkdownOptions = {}): string {
  assertParsedReport(report, "renderMarkdown");
  return markdownWriter.stringify(reportToMdast(report, options));
}
