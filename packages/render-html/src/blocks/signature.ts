import { formatChineseDate, noteText } from "@gongwen/schema";
import type { HtmlContext } from "../context.js";
import { chars, pathAttribute } from "../context.js";
import { element, textElement } from "../markup.js";
import { emWidth } from "../text-width.js";

/** Where the signature and the date end, in body characters from the right edge of the type area. */
export interface HtmlSignaturePlacement {
  signatureRight: number;
  dateRight: number;
  /** Blank lines between the text (or 附件说明) and the signature. */
  blankLines: number;
}

/**
 * Places the issuer and the date as GB/T 9704-2012 §7.3.5 says (and render-docx does, there in
 * twips). Without a seal: one blank line, the issuer two characters in from the right, the date
 * on the next line starting two characters to the right of the issuer's first character (when the
 * date is the longer, the date is two characters in and the issuer moves left). With a seal: the
 * date four characters in, the issuer centred above it, three blank lines for the seal.
 */
export function placeSignature(signature: string, date: string, seal: boolean): HtmlSignaturePlacement {
  const signatureWidth = emWidth(signature);
  const dateWidth = emWidth(date);
  if (seal) {
    return { dateRight: 4, signatureRight: Math.max(0, 4 + (dateWidth - signatureWidth) / 2), blankLines: 3 };
  }
  const signatureRight = Math.max(2, 4 + dateWidth - signatureWidth);
  return { signatureRight, dateRight: signatureRight + signatureWidth - 2 - dateWidth, blankLines: 1 };
}

/**
 * The 落款: the issuer (署名) and the 成文日期 (`<time datetime="2024-01-09">2024年1月9日</time>`),
 * right-aligned and placed by placeSignature, then the 附注 in parentheses: `（此件公开发布）`.
 * Alignment and placement are inline styles, so they survive pasting into a portal's editor.
 */
export function signatureBlock(context: HtmlContext): string {
  const { meta } = context.report;
  const date = formatChineseDate(meta.date);
  const place = placeSignature(meta.signature, date, context.profile.signature.seal);
  const lines = `${Number((place.blankLines * context.metrics.linePitch).toFixed(2))}pt`;
  const issuer = textElement(
    "p",
    {
      class: "issuer",
      style: `text-align: right; text-indent: 0; padding-right: ${chars(place.signatureRight)}; margin-top: ${lines}`,
      ...pathAttribute(context, ["meta", "signature"]),
    },
    meta.signature,
  );
  const dated = element(
    "p",
    {
      class: "date",
      style: `text-align: right; text-indent: 0; padding-right: ${chars(place.dateRight)}`,
      ...pathAttribute(context, ["meta", "date"]),
    },
    textElement("time", { datetime: meta.date }, date),
  );
  const note = meta.note !== undefined ? noteParagraph(context, meta.note) : "";
  return element("div", { class: "signature" }, issuer + dated) + note;
}

/** The 附注: `（此件公开发布）`, parentheses added unless the author wrote them (GB/T 9704-2012 §7.3.6). */
export function noteParagraph(context: HtmlContext, note: string): string {
  return textElement("p", { class: "note", ...pathAttribute(context, ["meta", "note"]) }, noteText(note));
}
