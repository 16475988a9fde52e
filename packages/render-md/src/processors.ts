/**
 * The unified processors of the dialect, built once: the reader (CommonMark + YAML front matter
 * + GFM tables + CJK-friendly emphasis) and the writer (the same extensions, serialising).
 */
import remarkCjkFriendlyParse from "remark-cjk-friendly/parseOnly";
import remarkCjkFriendlySerialize from "remark-cjk-friendly/serializeOnly";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { CAPTION_UNSAFE, paragraphHandler } from "./write/caption-escape.js";
import { displayWidth } from "./write/display-width.js";

/**
 * Parses Markdown of the dialect into mdast, with positions. Only `~~` strikes through: a single
 * `~` is how Chinese texts write ranges (`1~4月`).
 */
export const markdownReader = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ["yaml"])
  .use(remarkGfm, { singleTilde: false })
  .use(remarkCjkFriendlyParse)
  .freeze();

/**
 * Serialises mdast into Markdown of the dialect: `---` for the thematic break, tables with pipes
 * aligned for Chinese text, `**一是深化改革。**正文` without character references.
 */
export const markdownWriter = unified()
  .use(remarkStringify, { rule: "-", handlers: { paragraph: paragraphHandler }, unsafe: CAPTION_UNSAFE })
  .use(remarkFrontmatter, ["yaml"])
  .use(remarkGfm, { stringLength: displayWidth })
  .use(remarkCjkFriendlySerialize)
  .freeze();
