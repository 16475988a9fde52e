import { type Disclosure, OPENNESS } from "@gongwen/schema";
import { strFromU8 } from "fflate";
import { unzipBounded } from "./bounded-unzip.js";
import { METADATA_KEYS } from "./metadata-block.js";
import { checkXml } from "./xml-check.js";

const CUSTOM_XML = "docProps/custom.xml";

/**
 * The custom document properties of a .docx (`docProps/custom.xml`) as name → text, for the
 * string-valued ones (`vt:lpwstr`, `vt:bstr`); an empty map when the file has none, is no zip,
 * or the part is not well-formed XML. The part is unzipped within the importer's limits and read
 * with an XML parser in linear time.
 */
export function docxCustomProperties(bytes: Uint8Array): Map<string, string> {
  const out = new Map<string, string>();
  try {
    const part = unzipBounded(bytes, (name) => name === CUSTOM_XML)[CUSTOM_XML];
    if (!part) return out;
    let value: string | undefined;
    checkXml(CUSTOM_XML, strFromU8(part), (name, attributes, text) => {
      if (name === "lpwstr" || name === "bstr") value = text();
      else if (name === "property") {
        if (value !== undefined && attributes.name !== undefined) out.set(attributes.name, value.trim());
        value = undefined;
      }
    });
  } catch {
    return new Map();
  }
  return out;
}

/**
 * The disclosure attributes a .docx carries in its custom properties (索引号, 组配分类, 发布机构,
 * 公开方式 — as gongwen's DOCX writer stores them, and as OA systems often do), or undefined.
 */
export function docxDisclosure(bytes: Uint8Array): Disclosure | undefined {
  const disclosure: Disclosure = {};
  for (const [name, value] of docxCustomProperties(bytes)) {
    const field = METADATA_KEYS[name];
    if (!value) continue;
    if (field === "indexNo" || field === "category" || field === "publisher") disclosure[field] = value;
    else if (field === "openness" && (OPENNESS as readonly string[]).includes(value)) {
      disclosure.openness = value as Disclosure["openness"];
    }
  }
  return Object.keys(disclosure).length > 0 ? disclosure : undefined;
}
