import { DirectXml } from "../xml/direct.js";
import { escapeAttribute } from "../xml/escape.js";

/** What a TextParagraph holds: a paragraph style, the few direct properties the text uses, runs. */
export interface TextParagraphOptions {
  /** The paragraph style's id (none: Normal). */
  style?: string;
  /** `w:keepNext`: stays on the page of the next paragraph. */
  keepNext?: boolean;
  /** `w:widowControl`: no single line alone at a page's top or foot. */
  widowControl?: boolean;
  /** `w:jc w:val="both"`: justified (a table's text column). */
  justified?: boolean;
  /** The runs' XML (runXml), in order. */
  runs: readonly string[];
}

/**
 * A paragraph of runs of text with a style — body text, headings, initiatives, title, 主送机关,
 * captions, table cells — written directly (DirectXml): the XML the `docx` package writes for a
 * `Paragraph` with the same style, keepNext and alignment, character for character, its
 * properties in the schema's order (CT_PPr: pStyle, keepNext, widowControl, jc).
 */
export class TextParagraph extends DirectXml {
  constructor(readonly options: TextParagraphOptions) {
    super("w:p");
  }

  /** The same paragraph kept with the next one (keep-with-next and widow control). */
  kept(): TextParagraph {
    return new TextParagraph({ ...this.options, keepNext: true, widowControl: true });
  }

  xml(): string {
    const { style, keepNext, widowControl, justified, runs } = this.options;
    let properties = style ? `<w:pStyle w:val="${escapeAttribute(style)}"/>` : "";
    if (keepNext) properties += "<w:keepNext/>";
    if (widowControl) properties += "<w:widowControl/>";
    if (justified) properties += '<w:jc w:val="both"/>';
    const content = (properties ? `<w:pPr>${properties}</w:pPr>` : "") + runs.join("");
    return content ? `<w:p>${content}</w:p>` : "<w:p/>";
  }
}
