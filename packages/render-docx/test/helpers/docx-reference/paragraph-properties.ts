import { BaseXmlComponent, type IContext, type IXmlableObject } from "docx";

/** The children of `w:pPr` in the order the schema (CT_PPr) requires; Word rejects other orders. */
export const PARAGRAPH_PROPERTY_ORDER: readonly string[] = [
  "w:pStyle",
  "w:keepNext",
  "w:keepLines",
  "w:pageBreakBefore",
  "w:framePr",
  "w:widowControl",
  "w:numPr",
  "w:suppressLineNumbers",
  "w:pBdr",
  "w:shd",
  "w:tabs",
  "w:suppressAutoHyphens",
  "w:kinsoku",
  "w:wordWrap",
  "w:overflowPunct",
  "w:topLinePunct",
  "w:autoSpaceDE",
  "w:autoSpaceDN",
  "w:bidi",
  "w:adjustRightInd",
  "w:snapToGrid",
  "w:spacing",
  "w:ind",
  "w:contextualSpacing",
  "w:mirrorIndents",
  "w:suppressOverlap",
  "w:jc",
  "w:textDirection",
  "w:textAlignment",
  "w:textboxTightWrap",
  "w:outlineLvl",
  "w:divId",
  "w:cnfStyle",
  "w:rPr",
  "w:sectPr",
  "w:pPrChange",
];

const rank = (name: string) => {
  const at = PARAGRAPH_PROPERTY_ORDER.indexOf(name);
  return at === -1 ? PARAGRAPH_PROPERTY_ORDER.length : at;
};

const nameOf = (element: unknown): string =>
  element && typeof element === "object" ? (Object.keys(element)[0] ?? "") : "";

/**
 * Inserts property elements into the paragraph properties (`w:pPr`) of a prepared paragraph or
 * paragraph style (`{ "w:p": [...] }` or `{ "w:style": [...] }`), each at its place in the
 * schema's order, creating `w:pPr` where there is none. An element already present is replaced.
 * This is the one change made to what the `docx` package prepares, for properties it has no
 * option for (`w:snapToGrid` of a paragraph or style).
 */
export function insertParagraphProperties(prepared: IXmlableObject, extras: readonly IXmlableObject[]): void {
  const rootName = nameOf(prepared);
  const root = (prepared as Record<string, unknown>)[rootName];
  const children: unknown[] = Array.isArray(root)
    ? root
    : root && typeof root === "object" && Object.keys(root).length
      ? [root]
      : [];
  (prepared as Record<string, unknown>)[rootName] = children;
  let at = children.findIndex((child) => nameOf(child) === "w:pPr");
  if (at === -1) {
    const before = children.findIndex((child) =>
      ["w:rPr", "w:tblPr", "w:trPr", "w:tcPr", "w:r"].includes(nameOf(child)),
    );
    at = before === -1 ? children.length : before;
    children.splice(at, 0, { "w:pPr": [] });
  }
  const holder = children[at] as Record<string, unknown>;
  const value = holder["w:pPr"];
  const properties: unknown[] = Array.isArray(value)
    ? value
    : value && typeof value === "object" && Object.keys(value).length
      ? [value]
      : [];
  holder["w:pPr"] = properties;
  for (const extra of extras) {
    const name = nameOf(extra);
    const existing = properties.findIndex((child) => nameOf(child) === name);
    if (existing !== -1) {
      properties[existing] = extra;
      continue;
    }
    const next = properties.findIndex((child) => nameOf(child) !== "_attr" && rank(nameOf(child)) > rank(name));
    properties.splice(next === -1 ? properties.length : next, 0, extra);
  }
}

/** `<w:snapToGrid w:val="0"/>`: the paragraph keeps its own exact line height instead of the page grid's. */
export const SNAP_TO_GRID_OFF: IXmlableObject = { "w:snapToGrid": { _attr: { "w:val": "0" } } };

/**
 * `<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>`: no extra space between Chinese text and
 * Latin letters or digits, so a line is exactly as wide as its characters (the signature and the
 * date are placed by arithmetic on those widths).
 */
export const AUTO_SPACE_OFF: readonly IXmlableObject[] = [
  { "w:autoSpaceDE": { _attr: { "w:val": "0" } } },
  { "w:autoSpaceDN": { _attr: { "w:val": "0" } } },
];

/**
 * Wraps a `docx` paragraph or paragraph style so that the given properties are inserted into its
 * `w:pPr` when it is written (see insertParagraphProperties).
 */
export class WithParagraphProperties extends BaseXmlComponent {
  constructor(
    rootKey: "w:p" | "w:style",
    private readonly inner: BaseXmlComponent,
    private readonly extras: readonly IXmlableObject[],
  ) {
    super(rootKey);
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    const prepared = this.inner.prepForXml(context);
    if (prepared) insertParagraphProperties(prepared, this.extras);
    return prepared;
  }
}
