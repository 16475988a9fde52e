import type { RenderContext } from "./context.js";
import { footerPlacement } from "./footers.js";
import { geometryOf } from "./geometry.js";
import { memoPerProfile } from "./profile/memo.js";
import type { Profile } from "./profile/types.js";

/** The relationship numbers (`rIdN`) of a section's footers. */
export interface SectionFooters {
  /** Odd pages (and every page when even pages have no footer of their own). */
  odd: number;
  even: number;
}

/** Options of sectionPropertiesXml. */
export interface SectionOptions {
  footers: SectionFooters;
  /** How the section starts: on the next page, or on the next even page (the 版记). */
  start?: "nextPage" | "evenPage";
  /** Puts the section's text at the foot of the page (the 版记). */
  bottom?: boolean;
}

/**
 * A section's page setup (`w:sectPr`, its children in the schema's order, CT_SectPr): the footers
 * (odd and even pages differ), how it starts, A4, the margins that frame the 156 × 225 mm type
 * area with the footer distance that puts page numbers 7 mm below it, the vertical alignment,
 * and the document grid — `lines` with the pitch that gives 22 lines, or `linesAndChars` with the
 * character pitch for 28 characters, as the profile says. Lengths in twips.
 */
function sectionXml(profile: Profile, options: SectionOptions): string {
  const geometry = geometryOf(profile);
  const footer = footerPlacement(profile, geometry);
  const { odd, even } = options.footers;
  let out =
    `<w:sectPr><w:footerReference w:type="default" r:id="rId${odd}"/>` +
    `<w:footerReference w:type="even" r:id="rId${even}"/>`;
  if (options.start) out += `<w:type w:val="${options.start}"/>`;
  out +=
    `<w:pgSz w:w="${geometry.pageWidth}" w:h="${geometry.pageHeight}" w:orient="portrait"/>` +
    `<w:pgMar w:top="${geometry.top}" w:right="${geometry.right}" w:bottom="${geometry.bottom}" ` +
    `w:left="${geometry.left}" w:header="851" w:footer="${footer.distance}" w:gutter="0"/>`;
  if (options.bottom) out += '<w:vAlign w:val="bottom"/>';
  out +=
    profile.grid.type === "lines"
      ? `<w:docGrid w:type="lines" w:linePitch="${geometry.linePitch}"/>`
      : `<w:docGrid w:type="linesAndChars" w:linePitch="${geometry.linePitch}" w:charSpace="${geometry.gridCharSpace}"/>`;
  return `${out}</w:sectPr>`;
}

const sectionXmlOf = memoPerProfile((profile, options: string): string => sectionXml(profile, JSON.parse(options)));

/**
 * The XML of a section's page setup (`w:sectPr`, see sectionXml), built once per profile and options: the context's
 * geometry must be its profile's (geometryOf), as renderDocx makes it.
 */
export function sectionPropertiesXml(context: RenderContext, options: SectionOptions): string {
  return sectionXmlOf(context.profile, JSON.stringify(options));
}
