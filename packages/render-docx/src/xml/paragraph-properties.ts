import { escapeAttribute } from "./escape.js";

/** `w:spacing`, in twips: space above and below, and an exact line height (`w:lineRule="exact"`). */
export interface Spacing {
  before?: number;
  after?: number;
  line?: number;
}

/** `w:ind`: indents in twips (floored to whole twips, as the `docx` package does), and characters. */
export interface Indent {
  left?: number;
  right?: number;
  hanging?: number;
  firstLine?: number;
  firstLineChars?: number;
}

/** A paragraph border line (`w:bottom` of `w:pBdr`): a single line, its width in eighths of a point, colour, and its distance from the text in points. */
export interface BorderLine {
  size: number;
  color: string;
  space: number;
}

/** `w:jc`: how the lines of a paragraph are aligned. */
export type Alignment = "both" | "left" | "center" | "right";

/** The paragraph properties (`w:pPr`) of a paragraph style. */
export interface ParagraphProperties {
  /** `w:keepNext`: stays on the page of the next paragraph. */
  keepNext?: boolean;
  /** `w:keepLines`: all its lines on one page. */
  keepLines?: boolean;
  /** `w:widowControl`, on or (false) explicitly off. */
  widowControl?: boolean;
  /** A line below the paragraph (`w:pBdr`). */
  borderBottom?: BorderLine;
  /** No automatic space between Chinese and Latin text, so widths can be computed (w:autoSpaceDE/DN 0). */
  exactWidths?: boolean;
  /** Lines keep their own exact height instead of snapping to the page grid (w:snapToGrid 0). */
  offGrid?: boolean;
  spacing?: Spacing;
  indent?: Indent;
  alignment?: Alignment;
  /** `w:outlineLvl`: 0 for level 1 headings. */
  outlineLevel?: number;
}

/** `w:spacing`, its attributes in the `docx` package's order. */
export function spacingXml({ before, after, line }: Spacing): string {
  let attributes = after === undefined ? "" : ` w:after="${after}"`;
  if (before !== undefined) attributes += ` w:before="${before}"`;
  if (line !== undefined) attributes += ` w:line="${line}" w:lineRule="exact"`;
  return `<w:spacing${attributes}/>`;
}

/** `w:ind`, its attributes in the `docx` package's order. */
export function indentXml(indent: Indent): string {
  let attributes = "";
  for (const key of ["left", "right", "hanging", "firstLine", "firstLineChars"] as const) {
    const value = indent[key];
    if (value !== undefined) attributes += ` w:${key}="${Math.floor(value)}"`;
  }
  return `<w:ind${attributes}/>`;
}

/** A colour as `w:color` takes it: six hex digits, without the `#` a profile may give. */
export function colorValue(color: string): string {
  return color.startsWith("#") ? color.slice(1) : color;
}

/**
 * `<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>`: no extra space between Chinese text and
 * Latin letters or digits, so a line is exactly as wide as its characters (the signature and the
 * date are placed by arithmetic on those widths).
 */
const AUTO_SPACE_OFF = '<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>';
/** `<w:snapToGrid w:val="0"/>`: the paragraph keeps its own exact line height instead of the page grid's. */
const SNAP_TO_GRID_OFF = '<w:snapToGrid w:val="0"/>';

/**
 * `w:pPr` of a style, its children in the order the schema requires (CT_PPr: keepNext, keepLines,
 * widowControl, pBdr, autoSpaceDE, autoSpaceDN, snapToGrid, spacing, ind, jc, outlineLvl); Word
 * rejects other orders. Empty properties write nothing.
 */
export function paragraphPropertiesXml(properties: ParagraphProperties): string {
  const { keepNext, keepLines, widowControl, borderBottom, exactWidths, offGrid, spacing, indent } = properties;
  let out = keepNext ? "<w:keepNext/>" : "";
  if (keepLines) out += "<w:keepLines/>";
  if (widowControl !== undefined) out += widowControl ? "<w:widowControl/>" : '<w:widowControl w:val="false"/>';
  if (borderBottom) {
    const { size, color, space } = borderBottom;
    out += `<w:pBdr><w:bottom w:val="single" w:color="${escapeAttribute(colorValue(color))}" w:sz="${size}" w:space="${space}"/></w:pBdr>`;
  }
  if (exactWidths) out += AUTO_SPACE_OFF;
  if (offGrid) out += SNAP_TO_GRID_OFF;
  if (spacing) out += spacingXml(spacing);
  if (indent) out += indentXml(indent);
  if (properties.alignment) out += `<w:jc w:val="${properties.alignment}"/>`;
  if (properties.outlineLevel !== undefined) out += `<w:outlineLvl w:val="${properties.outlineLevel}"/>`;
  return out ? `<w:pPr>${out}</w:pPr>` : "";
}
