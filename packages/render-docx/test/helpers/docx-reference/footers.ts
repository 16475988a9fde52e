import { AlignmentType, PageNumber, Paragraph, TextRun } from "docx";
import type { FooterKind } from "../../../src/footers.js";
import { R_NAMESPACE, W_NAMESPACE } from "../../../src/package/namespaces.js";
import type { Profile } from "../../../src/profile/types.js";
import { STYLES } from "../../../src/styles/ids.js";
import { ptToTwips } from "../../../src/units.js";
import { XML_DECLARATION } from "../../../src/xml/declaration.js";
import { xmlOfComponent } from "./prepare.js";

/** A footer part as the writer built it with the `docx` package (main at 4dce0a6). */
export function referenceFooterXml(profile: Profile, kind: FooterKind): string {
  const style = STYLES.footer.id;
  const inset = Math.round(profile.pageNumber.indentChars * ptToTwips(profile.sizes.pageNumber));
  const paragraph =
    kind === "blank"
      ? new Paragraph({ style })
      : new Paragraph({
          style,
          alignment: kind === "odd" ? AlignmentType.RIGHT : AlignmentType.LEFT,
          indent: kind === "odd" ? { right: inset } : { left: inset },
          children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], font: { hint: "eastAsia" } })],
        });
  return `${XML_DECLARATION}<w:ftr xmlns:w="${W_NAMESPACE}" xmlns:r="${R_NAMESPACE}">${xmlOfComponent(paragraph)}</w:ftr>`;
}
