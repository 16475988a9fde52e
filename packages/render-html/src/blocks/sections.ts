import { type Block, headingLabel, isInitiative, isTable, type Section } from "@gongwen/schema";
import type { HtmlContext, ModelPath } from "../context.js";
import { pathAttribute } from "../context.js";
import { element, textElement } from "../markup.js";
import { initiativeParagraph } from "./initiatives.js";
import { bodyParagraph } from "./paragraphs.js";
import { tableElement } from "./tables.js";

/** The heading element of a section level: level 1 (`一、`) is `<h2>`, under the title's `<h1>`. */
function headingTag(level: number): string {
  return `h${Math.min(Math.max(level, 1), 4) + 1}`;
}

/** True when the page flavour runs headings of this level into their first paragraph (levels 3 and 4, per the profile). */
function isRunIn(context: HtmlContext, level: number): boolean {
  const { runIn } = context.profile;
  return context.flavor === "page" && ((level === 3 && runIn.heading3) || (level === 4 && runIn.heading4));
}

/** A title set in with text after it ends with a full stop: `1.完善体系建设。` (as in the DOCX). */
function withFullStop(title: string): string {
  return /[。！？…；：.!?]$/.test(title) ? title : `${title}。`;
}

function contentBlocks(
  context: HtmlContext,
  section: Section,
  blocks: readonly Block[],
  path: ModelPath,
  offset: number,
): string {
  let initiatives = 0;
  let out = "";
  blocks.forEach((block, i) => {
    const here = [...path, "content", i + offset];
    if (typeof block === "string") out += bodyParagraph(context, block, here);
    else if (isTable(block)) out += tableElement(context, block.table, here);
    else if (isInitiative(block)) out += initiativeParagraph(context, section.style, ++initiatives, block, here);
  });
  return out;
}

/**
 * A section as `<section>`: its heading with the official number typed as text (schema
 * headingLabel: `一、` `（一）` `1.` `（1）`, GB/T 9704-2012 §7.3.3) in `<h2>`–`<h5>`, its content
 * (paragraphs, initiatives numbered in order, tables), then its subsections. In the page flavour
 * a level 3 or 4 heading runs into its first paragraph when the profile says so, as in the DOCX:
 * `<div class="run-in"><h4>1.完善体系建设。</h4><p>全年……</p></div>`, set on one line.
 */
export function sectionElement(
  context: HtmlContext,
  section: Section,
  level: number,
  index: number,
  path: ModelPath,
): string {
  const tag = headingTag(level);
  const label = headingLabel(Math.min(Math.max(level, 1), 4), index);
  const [first, ...rest] = section.content;
  let inner: string;
  if (isRunIn(context, level) && typeof first === "string") {
    const heading = textElement(tag, {}, label + withFullStop(section.title));
    inner =
      element("div", { class: "run-in" }, heading + bodyParagraph(context, first, [...path, "content", 0])) +
      contentBlocks(context, section, rest, path, 1);
  } else {
    inner = textElement(tag, {}, label + section.title) + contentBlocks(context, section, section.content, path, 0);
  }
  section.sections.forEach((child, i) => {
    inner += sectionElement(context, child, level + 1, i + 1, [...path, "sections", i]);
  });
  return element("section", { class: `level-${level}`, ...pathAttribute(context, path) }, inner);
}
