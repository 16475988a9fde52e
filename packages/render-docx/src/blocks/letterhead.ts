import { type RenderContext, useStyle } from "../context.js";
import { cleanText } from "../sanitize.js";
import { textWidth } from "../text-width.js";
import { mmToTwips } from "../units.js";
import { runXml } from "./runs.js";
import { TextParagraph } from "./text-paragraph.js";

/** The size in points the 发文机关标志 is set in: the profile's, or smaller so the name fits one line. */
export function letterheadSize(context: RenderContext, name: string): number {
  const widthPt = context.geometry.typeWidth / 20;
  const fitting = Math.floor((widthPt / Math.max(1, textWidth(name))) * 2) / 2;
  return Math.min(context.profile.sizes.letterhead, fitting);
}

/**
 * The 版头: the red 发文机关标志 (`青溪县卫生健康局文件`, or the report's letterheadName) centred
 * with its top 35 mm below the type area's top; the 发文字号 two lines below it, centred; the red
 * line, as wide as the type area, 4 mm below the 发文字号 (its paragraph's bottom border); and the
 * title two lines below the line (the 发文字号 style's space after).
 */
export function letterheadParagraphs(context: RenderContext, docNumber: string): TextParagraph[] {
  const { meta } = context.report;
  const name = cleanText(meta.letterheadName ?? `${meta.org}文件`);
  const size = letterheadSize(context, name);
  return [
    new TextParagraph({
      style: useStyle(context, "LetterheadName"),
      // Exact lines put the baseline 80% down the line (Word and LibreOffice alike): a line 1.1 times
      // the size puts the top of the characters (0.88 em above the baseline) on the line's top.
      spacing: { before: mmToTwips(context.profile.letterhead.top), after: 0, line: Math.round(size * 22) },
      runs: [runXml(name, { size: size === context.profile.sizes.letterhead ? undefined : size })],
    }),
    new TextParagraph({ style: useStyle(context, "DocNumber"), runs: [runXml(docNumber)] }),
  ];
}
