import { cleanText } from "../sanitize.js";
import { escapeAttribute, escapeText } from "../xml/escape.js";

/**
 * Characters Word may set in either the Latin or the Chinese font (quotes, dashes, ellipsis,
 * middle dot, ×, ℃, №, roman numerals, circled numbers, arrows, the ideographic space …).
 */
export const AMBIGUOUS =
  /[\u00a7\u00a8\u00b0\u00b1\u00b7\u00d7\u00f7\u2010-\u2027\u2030-\u2033\u203b\u2103\u2116\u2160-\u216b\u2190-\u2193\u2460-\u24ff\u25a0-\u25cf\u2605\u2606\u3000]/;

/** Options of runXml. */
export interface RunOptions {
  /** A character style id. */
  style?: string;
  /** Line breaks (`w:br`) before the text. */
  breakBefore?: number;
  /** A type size in points, where a layout rule must shrink the style's (the 发文机关标志). */
  size?: number;
}

/**
 * A run of text (`w:r`), cleaned of characters XML cannot hold, written directly (DirectXml: the
 * XML the `docx` package writes for a `TextRun` with the same options). A run holding characters
 * Word could set in the Latin font (“” — …) carries `w:hint="eastAsia"`, which keeps them in the
 * Chinese font; other runs carry no direct formatting but a style or size, their paragraph's style
 * decides.
 */
export function runXml(text: string, options: RunOptions = {}): string {
  const clean = cleanText(text);
  let properties = options.style ? `<w:rStyle w:val="${escapeAttribute(options.style)}"/>` : "";
  if (AMBIGUOUS.test(clean)) properties += '<w:rFonts w:hint="eastAsia"/>';
  if (options.size !== undefined) {
    const halfPoints = Math.round(options.size * 2);
    properties += `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/>`;
  }
  const breaks = options.breakBefore ? "<w:br/>".repeat(options.breakBefore) : "";
  const escaped = escapeText(clean);
  const content = escaped ? `<w:t xml:space="preserve">${escaped}</w:t>` : '<w:t xml:space="preserve"/>';
  return `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ""}${breaks}${content}</w:r>`;
}
