import {
  createDocumentGrid,
  createHeaderFooterReference,
  createPageMargin,
  createPageSize,
  createSectionType,
  createVerticalAlign,
  DocumentGridType,
  HeaderFooterReferenceType,
  HeaderFooterType,
  PageOrientation,
  SectionType,
  VerticalAlignSection,
  XmlComponent,
} from "docx";
import type { RenderContext } from "./context.js";
import { footerPlacement } from "./footers.js";
import { geometryOf } from "./geometry.js";
import { memoPerProfile } from "./profile/memo.js";
import { xmlOfComponent } from "./xml/prepare.js";

/** The relationship numbers (`rIdN`) of a section's footers. */
export interface SectionFooters {
  /** Odd pages (and every page when even pages have no footer of their own). */
  odd: number;
  even: number;
}

/** Options of sectionProperties. */
export interface SectionOptions {
  footers: SectionFooters;
  /** How the section starts: on the next page, or on the next even page (the 版记). */
  start?: "nextPage" | "evenPage";
  /** Puts the section's text at the foot of the page (the 版记). */
  bottom?: boolean;
}

/** `w:sectPr`, assembled from the `docx` package's builders in the order the schema requires. */
class SectionPropertiesElement extends XmlComponent {
  constructor(children: readonly XmlComponent[]) {
    super("w:sectPr");
    for (const child of children) this.root.push(child);
  }
}

/**
 * A section's page setup: A4, the margins that frame the 156 × 225 mm type area, the footers
 * (odd and even pages differ), the footer distance that puts page numbers 7 mm below the type
 * area, and the document grid — `lines` with the pitch that gives 22 lines, or `linesAndChars`
 * with the character pitch for 28 characters, as the profile says.
 */
export function sectionProperties(
  context: Pick<RenderContext, "profile" | "geometry">,
  options: SectionOptions,
): XmlComponent {
  const { geometry, profile } = context;
  const footer = footerPlacement(profile, geometry);
  const children: XmlComponent[] = [
    createHeaderFooterReference(HeaderFooterType.FOOTER, {
      type: HeaderFooterReferenceType.DEFAULT,
      id: options.footers.odd,
    }),
    createHeaderFooterReference(HeaderFooterType.FOOTER, {
      type: HeaderFooterReferenceType.EVEN,
      id: options.footers.even,
    }),
  ];
  if (options.start)
    children.push(createSectionType(options.start === "evenPage" ? SectionType.EVEN_PAGE : SectionType.NEXT_PAGE));
  children.push(
    createPageSize({ width: geometry.pageWidth, height: geometry.pageHeight, orientation: PageOrientation.PORTRAIT }),
    createPageMargin(geometry.top, geometry.right, geometry.bottom, geometry.left, 851, footer.distance, 0),
  );
  if (options.bottom) children.push(createVerticalAlign(VerticalAlignSection.BOTTOM));
  children.push(
    profile.grid.type === "lines"
      ? createDocumentGrid({ type: DocumentGridType.LINES, linePitch: geometry.linePitch })
      : createDocumentGrid({
          type: DocumentGridType.LINES_AND_CHARS,
          linePitch: geometry.linePitch,
          charSpace: geometry.gridCharSpace,
        }),
  );
  return new SectionPropertiesElement(children);
}

const sectionXmlOf = memoPerProfile((profile, options: string): string => {
  return xmlOfComponent(sectionProperties({ profile, geometry: geometryOf(profile) }, JSON.parse(options)));
});

/**
 * The XML of sectionProperties (`w:sectPr`), built once per profile and options: the context's
 * geometry must be its profile's (geometryOf), as renderDocx makes it.
 */
export function sectionPropertiesXml(context: RenderContext, options: SectionOptions): string {
  return sectionXmlOf(context.profile, JSON.stringify(options));
}
