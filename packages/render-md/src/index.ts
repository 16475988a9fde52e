/**
 * @gongwen/render-md — Markdown both ways for gongwen reports, through unified/remark (mdast):
 * renderMarkdown writes a report in the gongwen Markdown dialect, parseMarkdown reads it back
 * (and reads hand-written Markdown forgivingly), with every problem located in the Markdown.
 * README.md describes the dialect.
 */

export {
  MAX_BLOCK_MARKS,
  MAX_DOCUMENT_MARKS,
  MAX_INDENT,
  MAX_LINE_CONTAINERS,
  MAX_LINE_PIPES,
} from "./read/limits.js";
export {
  type ParsedMarkdown,
  type ParseMarkdownOptions,
  parseMarkdown,
  parseMarkdownWithSource,
} from "./read/parse.js";
export type { MarkdownFlavor, RenderMarkdownOptions } from "./write/portal.js";
export { renderMarkdown } from "./write/render.js";
export { reportToMdast } from "./write/to-mdast.js";
