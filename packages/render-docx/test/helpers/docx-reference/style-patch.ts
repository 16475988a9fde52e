import { BaseXmlComponent, type IContext, type IXmlableObject } from "docx";
import { insertParagraphProperties } from "./paragraph-properties.js";

/** What StylePatch changes in a style as it is written. */
export interface StylePatchOptions {
  /** Marks the style as the default of its type (`w:default="1"`): Normal. */
  isDefault?: boolean;
  /** Marks the style as the document's own, not one of Word's built-in styles (`w:customStyle="1"`). */
  isCustom?: boolean;
  /** Paragraph properties the `docx` package has no option for, inserted in schema order. */
  paragraphProperties?: readonly IXmlableObject[];
}

/**
 * Wraps a `docx` style so that, when written, it carries the attributes and paragraph properties
 * the package cannot set on a style written outside its own style set.
 */
export class StylePatch extends BaseXmlComponent {
  constructor(
    private readonly inner: BaseXmlComponent,
    private readonly options: StylePatchOptions,
  ) {
    super("w:style");
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    const prepared = this.inner.prepForXml(context) as Record<string, unknown> | undefined;
    if (!prepared) return prepared;
    const { isDefault, isCustom, paragraphProperties } = this.options;
    const children = prepared["w:style"];
    const parts = Array.isArray(children) ? children : [children];
    const head = parts.find((part) => part && typeof part === "object" && "_attr" in part) as
      | { _attr: Record<string, unknown> }
      | undefined;
    if (head) {
      if (isDefault) head._attr["w:default"] = "1";
      if (isCustom) head._attr["w:customStyle"] = "1";
    }
    if (paragraphProperties?.length) insertParagraphProperties(prepared as IXmlableObject, paragraphProperties);
    return prepared as IXmlableObject;
  }
}
