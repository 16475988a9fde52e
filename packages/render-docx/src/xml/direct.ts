/**
 * An element whose XML the writer writes itself: every paragraph and table of the body
 * (TextParagraph, tableXml). Its XML must be what the `docx` package would write for the same
 * element (the tests compare them), the package the writer was first built with.
 */
export abstract class DirectXml {
  /** The element's XML, escaped and ready to be written. */
  abstract xml(): string;
}

/** The XML of a list of elements, one after another. */
export function xmlOfElements(elements: readonly DirectXml[]): string {
  let out = "";
  for (const element of elements) out += element.xml();
  return out;
}
