import { DirectXml } from "../xml/direct.js";
import { escapeAttribute } from "../xml/escape.js";
import { type Indent, indentXml, type Spacing, spacingXml } from "../xml/paragraph-properties.js";

/** What a TextParagraph holds: a paragraph style, the few direct properties the text uses, runs. */
export interface TextParagraphOptions {
  /** The paragraph style's id (none: Normal). */
  style?: string;
  /** `w:keepNext`: stays on the page of the next paragraph. */
  keepNext?: boolean;
  /** `w:widowControl`: no single line alone at a page's top or foot. */
  widowControl?: boolean;
  /** `w:tabs`: one right-aligned tab stop at this position, in twips (the 版记's 印发 date). */
  rightTab?: number;
  /**
   * `w:spacing`, in twips: space above (blank lines before the 附件说明 or the signature), below,
   * and an exact line height (`line`, with `w:lineRule="exact"`).
   */
  spacing?: Spacing;
  /** `w:ind`: indents in twips (floored to whole twips, as the `docx` package does), and characters. */
  indent?: Indent;
  /** `w:jc w:val="both"`: justified (a table's text column). */
  justified?: boolean;
  /** The XML of the `w:sectPr` of the section this paragraph ends, if it ends one. */
  section?: string;
  /** The runs' XML (runXml), in order. */
  runs: readonly string[];
}

/**
 * A paragraph of runs of text with a style — body text, headings, initiatives, title, 主送机关,
 * captions, table cells, 附件说明, signature, date, 附注 — written directly (DirectXml): the XML the
 * `docx` package writes for a `Paragraph` with the same options, character for character, its
 * properties in the schema's order (CT_PPr: pStyle, keepNext, widowControl, tabs, spacing, ind,
 * jc, sectPr).
 */
export class TextParagraph extends DirectXml {
  constructor(readonly options: TextParagraphOptions) {
    super();
  }

  /** The same paragraph kept with the next one (keep-with-next and widow control). */
  kept(): TextParagraph {
    return new TextParagraph({ ...this.options, keepNext: true, widowControl: true });
  }

  /** The same paragraph ending a section (its `w:sectPr`, as XML). */
  endingSection(section: string): TextParagraph {
    return new TextParagraph({ ...this.options, section });
  }

  xml(): string {
    const { style, keepNext, widowControl, rightTab, spacing, indent, justified, section, runs } = this.options;
    let properties = style ? `<w:pStyle w:val="${escapeAttribute(style)}"/>` : "";
    if (keepNext) properties += "<w:keepNext/>";
    if (widowControl) properties += "<w:widowControl/>";
    if (rightTab !== undefined) properties += `<w:tabs><w:tab w:val="right" w:pos="${rightTab}"/></w:tabs>`;
    if (spacing) properties += spacingXml(spacing);
    if (indent) properties += indentXml(indent);
    if (justified) properties += '<w:jc w:val="both"/>';
    if (section) properties += section;
    const content = (properties ? `<w:pPr>${properties}</w:pPr>` : "") + runs.join("");
    return content ? `<w:p>${content}</w:p>` : "<w:p/>";
  }
}
