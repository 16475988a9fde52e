import { BaseXmlComponent, type IXmlableObject } from "docx";

/**
 * The key under which a prepared element carries XML written directly (a symbol: the `docx`
 * package's own writers never see it); xmlOf writes it as it is.
 */
export const DIRECT_XML: unique symbol = Symbol("gongwen.directXml");

/**
 * An element whose XML the writer writes itself, without the `docx` package's element tree: the
 * paragraphs, runs and tables that make up most of a report, where building and preparing that
 * tree cost most of the writer's time. It stands in a body's list of `docx` elements like any of
 * them; its XML must be what the `docx` package would write for the same element (the tests
 * compare them).
 */
export abstract class DirectXml extends BaseXmlComponent {
  /** The element's XML, escaped and ready to be written. */
  abstract xml(): string;

  override prepForXml(): IXmlableObject {
    return { [DIRECT_XML]: this.xml() } as unknown as IXmlableObject;
  }
}

/** The XML of an element prepared by a DirectXml, or undefined for any other prepared element. */
export function directXmlOf(prepared: IXmlableObject): string | undefined {
  return (prepared as { [DIRECT_XML]?: string })[DIRECT_XML];
}
