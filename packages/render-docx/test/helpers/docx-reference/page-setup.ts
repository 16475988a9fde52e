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
import { footerPlacement } from "../../../src/footers.js";
import { geometryOf } from "../../../src/geometry.js";
import type { SectionOptions } from "../../../src/page-setup.js";
import type { Profile } from "../../../src/profile/types.js";
import { xmlOfComponent } from "./prepare.js";

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
function sectionProperties(profile: Profile, options: SectionOptions): XmlComponent {
  const geometry = geometryOf(profile);
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

/** `w:sectPr` as the writer built it with the `docx` package (main at 4dce0a6). */
export function referenceSectionXml(profile: Profile, options: SectionOptions): string {
  return xmlOfComponent(sectionProperties(profile, options));
}
