import type { RenderContext } from "./context.js";
import { useStyle } from "./context.js";
import type { Geometry } from "./geometry.js";
import { R_NAMESPACE, W_NAMESPACE } from "./package/namespaces.js";
import { memoPerProfile } from "./profile/memo.js";
import type { Profile } from "./profile/types.js";
import { STYLES } from "./styles/ids.js";
import { mmToTwips, ptToTwips } from "./units.js";
import { XML_DECLARATION } from "./xml/declaration.js";
import { indentXml } from "./xml/paragraph-properties.js";

/** Where the page number sits: the section's footer distance and the footer line's height and space above. */
export interface FooterPlacement {
  /** `w:footer` of the section: from the paper's bottom edge to the bottom of the page number line. */
  distance: number;
  /** Exact height of the page number line: the page number's type size. */
  lineHeight: number;
  /** Space above the line, so the footer fills the bottom margin down to `distance`. */
  spaceBefore: number;
}

/**
 * Places the page number line so that the middle of its dashes (the middle of the line) lies the
 * profile's distance (7 mm) below the type area. The footer fills the bottom margin exactly from
 * the type area down to the footer distance, so Word (which hangs a footer above the footer
 * distance) and LibreOffice (which sets it from the top of the footer area) put it in one place.
 */
export function footerPlacement(profile: Profile, geometry: Geometry): FooterPlacement {
  const lineHeight = ptToTwips(profile.sizes.pageNumber);
  const middle = mmToTwips(profile.pageNumber.belowTypeArea);
  const distance = Math.max(0, geometry.bottom - middle - Math.round(lineHeight / 2));
  return { distance, lineHeight, spaceBefore: Math.max(0, geometry.bottom - distance - lineHeight) };
}

/** Which footer: page numbers on odd pages (right), on even pages (left), or none (the 版记 section). */
export type FooterKind = "odd" | "even" | "blank";

/**
 * The runs' contents of the page number `— N —`: the dashes around a PAGE field (its begin,
 * instruction, separator and end; no cached result), each in a run of its own.
 */
const PAGE_NUMBER = [
  '<w:t xml:space="preserve">— </w:t>',
  '<w:fldChar w:fldCharType="begin"/>',
  '<w:instrText xml:space="preserve">PAGE</w:instrText>',
  '<w:fldChar w:fldCharType="separate"/>',
  '<w:fldChar w:fldCharType="end"/>',
  '<w:t xml:space="preserve"> —</w:t>',
];

/** The footer part of a kind for a profile, built once. */
const footerXmlOf = memoPerProfile((profile, kind: FooterKind): string => {
  const style = STYLES.footer.id;
  const inset = Math.round(profile.pageNumber.indentChars * ptToTwips(profile.sizes.pageNumber));
  let paragraph = `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr></w:p>`;
  if (kind !== "blank") {
    const side = kind === "odd" ? "right" : "left";
    const number = PAGE_NUMBER.map((content) => `<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr>${content}</w:r>`);
    paragraph = `<w:p><w:pPr><w:pStyle w:val="${style}"/>${indentXml({ [side]: inset })}<w:jc w:val="${side}"/></w:pPr>${number.join("")}</w:p>`;
  }
  return `${XML_DECLARATION}<w:ftr xmlns:w="${W_NAMESPACE}" xmlns:r="${R_NAMESPACE}">${paragraph}</w:ftr>`;
});

/**
 * A footer part (`word/footerN.xml`). Page numbers read `— 7 —` (四号 宋体, a PAGE field between
 * em dashes), one character in from the right edge of the type area on odd pages and from the
 * left on even pages; the blank footer keeps the 版记 page free of a number. Built once per
 * profile and kind.
 */
export function footerXml(context: RenderContext, kind: FooterKind): string {
  useStyle(context, "Footer");
  return footerXmlOf(context.profile, kind);
}
