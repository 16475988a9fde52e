import { formatChineseDate } from "@gongwen/schema";
import { bodyTextTwips } from "../body-width.js";
import { type RenderContext, useStyle } from "../context.js";
import { cleanText } from "../sanitize.js";
import { runXml } from "./runs.js";
import { TextParagraph } from "./text-paragraph.js";

/** Where the signature and the date end, as right indents in twips. */
export interface SignaturePlacement {
  signatureRight: number;
  dateRight: number;
  /** Blank lines between the text (or 附件说明) and the signature. */
  blankLines: number;
}

/**
 * Places the issuer and the date as GB/T 9704-2012 §7.3.5 says. Without a seal: one blank line,
 * the issuer two characters in from the right, the date on the next line starting two characters
 * to the right of the issuer's first character (when the date is the longer, the date is two
 * characters in and the issuer moves left). With a seal: the date four characters in, the issuer
 * centred above it, three blank lines left for the seal.
 */
export function placeSignature(context: RenderContext, signature: string, date: string): SignaturePlacement {
  const unit = context.geometry.char;
  const signatureWidth = bodyTextTwips(context, signature);
  const dateWidth = bodyTextTwips(context, date);
  if (context.profile.signature.seal) {
    const dateRight = 4 * unit;
    return {
      dateRight,
      signatureRight: Math.max(0, Math.round(dateRight + (dateWidth - signatureWidth) / 2)),
      blankLines: 3,
    };
  }
  const signatureRight = Math.max(2 * unit, 4 * unit + dateWidth - signatureWidth);
  return { signatureRight, dateRight: signatureRight + signatureWidth - 2 * unit - dateWidth, blankLines: 1 };
}

/**
 * The signature block: the issuer (style Signature) and 成文日期 (style Date, `2024年1月9日`),
 * placed by placeSignature, then the 附注 in parentheses two characters in on the next line.
 */
export function signatureBlock(context: RenderContext): TextParagraph[] {
  const { meta } = context.report;
  const signature = cleanText(meta.signature ?? meta.org);
  const date = formatChineseDate(meta.date);
  const place = placeSignature(context, signature, date);
  const out = [
    new TextParagraph({
      style: useStyle(context, "Signature"),
      spacing: { before: place.blankLines * context.geometry.linePitch },
      indent: { right: place.signatureRight },
      runs: [runXml(signature)],
    }),
    new TextParagraph({
      style: useStyle(context, "Date"),
      // The 附注 stays on the date's page.
      keepNext: meta.note !== undefined,
      indent: { right: place.dateRight },
      runs: [runXml(date)],
    }),
  ];
  if (meta.note !== undefined) out.push(noteParagraph(meta.note));
  return out;
}

/** The 附注: `（此件公开发布）`, parentheses added unless the author wrote them. */
export function noteParagraph(note: string): TextParagraph {
  const clean = cleanText(note).replace(/^[（(]\s*(.*?)\s*[）)]$/u, "$1");
  return new TextParagraph({ runs: [runXml(`（${clean}）`)] });
}
