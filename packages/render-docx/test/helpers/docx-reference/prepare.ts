import type { BaseXmlComponent, IContext, IXmlableObject } from "docx";
import { xmlOf } from "./tree.js";

/**
 * The context `prepForXml` receives. The writer assembles the package itself, so there is no
 * `File`: nothing used here (paragraphs, runs, tables, fields, styles) needs one; hyperlinks,
 * images and numbering would, and are not used.
 */
function emptyContext(): IContext {
  return { stack: [] } as unknown as IContext;
}

/** The XML of one `docx` element (a paragraph, a table, a style …). */
export function xmlOfComponent(component: BaseXmlComponent): string {
  const prepared = component.prepForXml(emptyContext());
  return prepared ? xmlOf(prepared) : "";
}

/** The XML of a list of `docx` elements, one after another. */
export function xmlOfComponents(components: readonly BaseXmlComponent[]): string {
  const context = emptyContext();
  let out = "";
  for (const component of components) {
    const prepared: IXmlableObject | undefined = component.prepForXml(context);
    if (prepared) out += xmlOf(prepared);
  }
  return out;
}
