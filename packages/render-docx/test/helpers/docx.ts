/** Opens a DOCX for tests: every part unzipped, and every XML part parsed strictly. */
import { unzipSync } from "fflate";
import { find, findAll, parseXml, textOf, type XmlElement } from "./xml.js";

export interface OpenedDocx {
  /** Every part by path, as text. */
  parts: Map<string, string>;
  /** Every XML part (and .rels) parsed. */
  xml: Map<string, XmlElement>;
  document: XmlElement;
  styles: XmlElement;
  /** A style by id. */
  style(id: string): XmlElement | undefined;
  /** The text of every body paragraph, in order (tables' paragraphs included). */
  paragraphs(): string[];
}

const decoder = new TextDecoder("utf-8", { fatal: true });

/** Unzips and parses a DOCX; throws if a part is not UTF-8 or not well-formed XML. */
export function openDocx(bytes: Uint8Array): OpenedDocx {
  const files = unzipSync(bytes);
  const parts = new Map<string, string>();
  const xml = new Map<string, XmlElement>();
  for (const [path, data] of Object.entries(files)) {
    const text = decoder.decode(data);
    parts.set(path, text);
    if (path.endsWith(".xml") || path.endsWith(".rels")) xml.set(path, parseXml(text));
  }
  const document = xml.get("word/document.xml");
  const styles = xml.get("word/styles.xml");
  if (!document || !styles) throw new Error("DOCX without document.xml or styles.xml");
  return {
    parts,
    xml,
    document,
    styles,
    style: (id) => findAll(styles, "w:style").find((s) => s.attributes["w:styleId"] === id),
    paragraphs: () => findAll(document, "w:p").map((p) => findAll(p, "w:t").map(textOf).join("")),
  };
}

/** The value of an attribute of the first `name` element under `element`. */
export function attr(element: XmlElement | undefined, name: string, attribute: string): string | undefined {
  return element ? find(element, name)?.attributes[attribute] : undefined;
}
