import { SaxesParser } from "saxes";
import { MAX_XML_DEPTH } from "./limits.js";

/** Thrown by checkXml: the XML is not well-formed or nests too deep. */
export class XmlShapeError extends Error {
  constructor(
    readonly part: string,
    readonly reason: string,
  ) {
    super(`${part}: ${reason}`);
    this.name = "XmlShapeError";
  }
}

/**
 * Reads an XML part once with saxes, a strict streaming parser that works in linear time, and
 * calls `onElement` for every element once it is closed (its local name, attributes, and its text,
 * CDATA included).
 * Throws an XmlShapeError when the part is not well-formed or nests deeper than MAX_XML_DEPTH:
 * DOM parsers spend quadratic time on some malformed inputs (thousands of unclosed tags) and
 * recurse once per level, so a part goes through this first.
 */
export function checkXml(
  part: string,
  xml: string,
  onElement?: (name: string, attributes: Record<string, string>, text: () => string) => void,
): void {
  const parser = new SaxesParser();
  let depth = 0;
  let text = "";
  const open: { name: string; attributes: Record<string, string>; from: number }[] = [];
  parser.on("opentag", (tag) => {
    depth++;
    if (depth > MAX_XML_DEPTH) throw new XmlShapeError(part, `elements nest deeper than ${MAX_XML_DEPTH} levels`);
    if (onElement)
      open.push({ name: tag.name, attributes: tag.attributes as Record<string, string>, from: text.length });
  });
  const addText = (chunk: string) => {
    if (onElement) text += chunk;
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  parser.on("closetag", () => {
    depth--;
    const element = open.pop();
    if (element && onElement) {
      const local = element.name.slice(element.name.indexOf(":") + 1);
      onElement(local, element.attributes, () => text.slice(element.from));
      if (open.length === 0) text = "";
    }
  });
  parser.on("error", (error) => {
    throw new XmlShapeError(part, error.message);
  });
  parser.write(xml).close();
}
