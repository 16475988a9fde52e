import { TextRun } from "docx";
import { cleanText } from "../sanitize.js";
import { escapeAttribute, escapeText } from "../xml/escape.js";

/**
 * Characters Word may set in either the Latin or the Chinese font (quotes, dashes, ellipsis,
 * middle dot, ×, ℃, №, roman numerals, circled numbers, arrows, the ideographic space …).
 */
const AMBIGUOUS =
  /[\u00a7\u00a8\u00b0\u00b1\u00b7\u00d7\u00f7\u2010-\u2027\u2030-\u2033\u203b\u2103\u2116\u2160-\u216b\u2190-\u2193\u2460-\u24ff\u25a0-\u25cf\u2605\u2606\u3000]/;

/** Options of textRun. */
export interface TextRunOptions {
  /** A character style id. */
  style?: string;
  /** Line breaks (`w:br`) before the text. */
  breakBefore?: number;
  /** A type size in points, where a layout rule must shrink the style's (the 发文机关标志). */
  size?: number;
}

/**
 * A run of text, cleaned of characters XML cannot hold. A run holding characters Word could set
 * in the Latin font (“” — …) carries `w:hint="eastAsia"`, which keeps them in the Chinese font;
 * other runs carry no direct formatting at all, their paragraph's style decides.
 */
export function textRun(text: string, options: TextRunOptions = {}): TextRun {
  const clean = cleanText(text);
  return new TextRun({
    text: clean,
    style: options.style,
    break: options.breakBefore || undefined,
    size: options.size === undefined ? undefined : Math.round(options.size * 2),
    font: AMBIGUOUS.test(clean) ? { hint: "eastAsia" } : undefined,
  });
}

/** Options of runXml: those of textRun but the size, which only the 版头 needs. */
export type RunXmlOptions = Omit<TextRunOptions, "size">;

/**
 * The XML of textRun's run (`w:r`), written directly: the same run, character for character,
 * without building the `docx` package's element tree (see DirectXml).
 */
export function runXml(text: string, options: RunXmlOptions = {}): string {
  const clean = cleanText(text);
  const style = options.style ? `<w:rStyle w:val="${escapeAttribute(options.style)}"/>` : "";
  const hint = AMBIGUOUS.test(clean) ? '<w:rFonts w:hint="eastAsia"/>' : "";
  const properties = style || hint ? `<w:rPr>${style}${hint}</w:rPr>` : "";
  const breaks = options.breakBefore ? "<w:br/>".repeat(options.breakBefore) : "";
  const escaped = escapeText(clean);
  const content = escaped ? `<w:t xml:space="preserve">${escaped}</w:t>` : '<w:t xml:space="preserve"/>';
  return `<w:r>${properties}${breaks}${content}</w:r>`;
}
