import { escapeAttribute } from "./escape.js";
import { colorValue } from "./paragraph-properties.js";

/** The fonts of a run's slots (`w:rFonts`): Latin letters, other Latin, Chinese, complex script. */
export interface RunFonts {
  ascii?: string;
  hAnsi?: string;
  eastAsia?: string;
  cs?: string;
  /** Which slot characters that could be set either way take: `eastAsia` keeps “” — … Chinese. */
  hint?: "eastAsia";
}

/** The run properties (`w:rPr`) of a style or of the document defaults. */
export interface RunProperties {
  font?: RunFonts;
  /** `w:b` and `w:bCs`, on or (false) explicitly off, so a style can undo its base's bold. */
  bold?: boolean;
  /** Six hex digits. */
  color?: string;
  /** `w:spacing`: extra space after each character, in twentieths of a point. */
  characterSpacing?: number;
  /** `w:sz` and `w:szCs`, in half-points. */
  size?: number;
  /** `w:lang`: the language of Latin text and of Chinese text. */
  language?: { value: string; eastAsia: string };
}

/** `w:rFonts`, its attributes in the `docx` package's order. */
function fontsXml(font: RunFonts): string {
  let attributes = "";
  for (const key of ["ascii", "cs", "eastAsia", "hAnsi", "hint"] as const) {
    const value = font[key];
    if (value !== undefined) attributes += ` w:${key}="${escapeAttribute(value)}"`;
  }
  return `<w:rFonts${attributes}/>`;
}

/**
 * `w:rPr` of a style or of the document defaults, its children in the order the schema requires
 * (CT_RPr: rFonts, b, bCs, color, spacing, sz, szCs, lang). Empty properties write nothing.
 */
export function runPropertiesXml(properties: RunProperties): string {
  const { font, bold, color, characterSpacing, size, language } = properties;
  let out = font ? fontsXml(font) : "";
  if (bold !== undefined) out += bold ? "<w:b/><w:bCs/>" : '<w:b w:val="false"/><w:bCs w:val="false"/>';
  if (color !== undefined) out += `<w:color w:val="${escapeAttribute(colorValue(color))}"/>`;
  if (characterSpacing !== undefined) out += `<w:spacing w:val="${characterSpacing}"/>`;
  if (size !== undefined) out += `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/>`;
  if (language) {
    const value = escapeAttribute(language.value);
    out += `<w:lang w:val="${value}" w:eastAsia="${escapeAttribute(language.eastAsia)}"/>`;
  }
  return out ? `<w:rPr>${out}</w:rPr>` : "";
}
