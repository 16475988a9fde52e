import type { Report } from "@gongwen/schema";
import { markdownWriter } from "../processors.js";
import type { RenderMarkdownOptions } from "./portal.js";
import { reportToMdast } from "./to-mdast.js";

/**
 * Writes a report as Markdown of the gongwen dialect (see README.md): the mdast tree of
 * reportToMdast, serialised by remark-stringify with front matter, GFM and CJK-friendly emphasis.
 * `{ flavor: "portal" }` writes the text for a portal instead: no front matter, the 落款 at the end.
 */
export function renderMarkdown(report: Report, options: RenderMarkdownOptions = {}): string {
  return markdownWriter.stringify(reportToMdast(report, options));
}
