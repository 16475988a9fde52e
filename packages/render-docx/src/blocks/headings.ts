import { type RenderContext, useStyle } from "../context.js";
import { cachedHeadingLabel } from "../labels.js";
import { cleanText } from "../sanitize.js";
import { runXml } from "./runs.js";
import { TextParagraph } from "./text-paragraph.js";

const HEADING_STYLES = ["Heading1", "Heading2", "Heading3", "Heading4"] as const;
const RUN_IN_STYLES = { 3: "Heading3RunIn", 4: "Heading4RunIn" } as const;

/** True when the profile runs headings of this level into their first paragraph (levels 3 and 4). */
export function isRunIn(context: RenderContext, level: number): level is 3 | 4 {
  const { runIn } = context.profile;
  return (level === 3 && runIn.heading3) || (level === 4 && runIn.heading4);
}

/** A title set in with text after it ends with a full stop: `1.完善体系建设。` */
export function withFullStop(title: string): string {
  return /[。！？…；：.!?]$/.test(title) ? title : `${title}。`;
}

/**
 * A heading paragraph: its number typed as text (`一、` `（一）` `1.` `（1）`, so it survives
 * copying into another document or a web page) followed by the title, in the heading style of its
 * level (outline level 1–4 for the navigation pane and tables of contents). A run-in heading
 * (levels 3–4, per the profile) takes the text of its first paragraph after it, in the same
 * paragraph: `1.完善体系建设。全年……`.
 */
export function headingParagraph(
  context: RenderContext,
  level: number,
  index: number,
  title: string,
  runInText?: string,
): TextParagraph {
  // The model stops at level 4; a deeper section of a hand-built report is set as level 4.
  const depth = Math.min(Math.max(level, 1), 4);
  const style = useStyle(context, HEADING_STYLES[depth - 1] ?? "Heading4");
  const label = cachedHeadingLabel(depth, index);
  const clean = cleanText(title);
  if (!isRunIn(context, depth)) return new TextParagraph({ style, runs: [runXml(label + clean)] });
  const runs = [
    runXml(label + (runInText === undefined ? clean : withFullStop(clean)), {
      style: useStyle(context, RUN_IN_STYLES[depth]),
    }),
  ];
  if (runInText !== undefined) runs.push(runXml(runInText));
  // Standing alone, a run-in heading still keeps with what follows it.
  return new TextParagraph({ style, keepNext: runInText === undefined, runs });
}
