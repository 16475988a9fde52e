import { type Disclosure, OPENNESS } from "@gongwen/schema";
import { strFromU8, unzipSync } from "fflate";
import { METADATA_KEYS } from "./metadata-block.js";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Decodes the five XML entities and numeric character references of an attribute or text. */
function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
    if (name[0] !== "#") return ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1]?.toLowerCase() === "x" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * The custom document properties of a .docx (`docProps/custom.xml`) as name → text, for the
 * string-valued ones; an empty map when the file has none or is no zip.
 */
export function docxCustomProperties(bytes: Uint8Array): Map<string, string> {
  const out = new Map<string, string>();
  let xml: string;
  try {
    const files = unzipSync(bytes, { filter: (file) => file.name === "docProps/custom.xml" });
    const part = files["docProps/custom.xml"];
    if (!part) return out;
    xml = strFromU8(part);
  } catch {
    return out;
  }
  const property = /<property\b[^>]*\bname="([^"]*)"[^>]*>\s*<vt:(?:lpwstr|bstr)>([\s\S]*?)<\/vt:(?:lpwstr|bstr)>/g;
  for (const match of xml.matchAll(property)) out.set(decodeXml(match[1] ?? ""), decodeXml(match[2] ?? "").trim());
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
