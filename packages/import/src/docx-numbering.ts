import { DOMParser } from "@xmldom/xmldom";
import { formatCounter } from "./number-formats.js";

/** The XML parts of a .docx that automatic numbering lives in, as bytes (UTF-8 XML). */
export interface DocxNumberingParts {
  /** `word/document.xml`. */
  document: Uint8Array;
  /** `word/numbering.xml`, when the document has lists. */
  numbering?: Uint8Array;
  /** `word/styles.xml`: a heading style may carry the numbering of its paragraphs. */
  styles?: Uint8Array;
}

/** A paragraph of the document body (outside tables), with the number Word shows before it. */
export interface NumberedParagraph {
  /** The paragraph's text (its `w:t`), as Word shows it. */
  text: string;
  /** The number Word draws before it (`一、`, `（二）`, `3.`), when the paragraph is numbered. */
  label?: string;
  /**
   * Its outline level (`w:outlineLvl`, 0 for a level-1 heading), from the paragraph or its style
   * (through `w:basedOn`): a custom-named heading style carries one. Absent for body text (9).
   */
  outlineLevel?: number;
}

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** One level of a list definition (`w:lvl`): its start, format and level text. */
interface Level {
  start: number;
  format: string;
  text: string;
}

/** A numbering instance (`w:num`): its abstract definition, and levels started anew by `w:lvlOverride`. */
interface Num {
  abstractId: string;
  overrides: Map<number, Partial<Level>>;
}

function parse(bytes: Uint8Array | undefined): Document | undefined {
  if (!bytes) return undefined;
  const { TextDecoder: TD } = globalThis as unknown as {
    TextDecoder: new (label: string) => { decode(b: Uint8Array): string };
  };
  try {
    const doc = new DOMParser({
      errorHandler: { warning: () => {}, error: () => {}, fatalError: () => {} },
    }).parseFromString(new TD("utf-8").decode(bytes), "application/xml") as Document | undefined;
    return doc?.documentElement ? doc : undefined;
  } catch {
    return undefined;
  }
}

function children(element: Element | null | undefined, name: string): Element[] {
  const out: Element[] = [];
  if (!element) return out;
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).localName === name && (node as Element).namespaceURI === W)
      out.push(node as Element);
  }
  return out;
}

function child(element: Element | null | undefined, name: string): Element | undefined {
  return children(element, name)[0];
}

function attr(element: Element | undefined, name: string): string | undefined {
  if (!element) return undefined;
  const value = element.getAttributeNS(W, name);
  return value === null || value === "" ? undefined : value;
}

function intAttr(element: Element | undefined, name: string): number | undefined {
  const value = attr(element, name);
  if (value === undefined || !/^-?\d{1,6}$/.test(value)) return undefined;
  return Number(value);
}

function readLevel(lvl: Element): Partial<Level> {
  const level: Partial<Level> = {};
  const start = intAttr(child(lvl, "start"), "val");
  if (start !== undefined) level.start = start;
  const format = attr(child(lvl, "numFmt"), "val");
  if (format !== undefined) level.format = format;
  const text = child(lvl, "lvlText")?.getAttributeNS(W, "val");
  if (text !== null && text !== undefined) level.text = text;
  return level;
}

/** The list definitions of numbering.xml: abstract definitions by id, instances by numId. */
function readNumbering(doc: Document | undefined): {
  abstracts: Map<string, Map<number, Level>>;
  nums: Map<string, Num>;
  /** The abstract level a paragraph style is linked to (`w:lvl/w:pStyle`). */
  styleLevels: Map<string, number>;
} {
  const abstracts = new Map<string, Map<number, Level>>();
  const nums = new Map<string, Num>();
  const styleLevels = new Map<string, number>();
  const root = doc?.documentElement;
  for (const abstract of children(root, "abstractNum")) {
    const id = attr(abstract, "abstractNumId");
    if (id === undefined) continue;
    const levels = new Map<number, Level>();
    for (const lvl of children(abstract, "lvl")) {
      const ilvl = intAttr(lvl, "ilvl") ?? 0;
      levels.set(ilvl, { start: 1, format: "decimal", text: "", ...readLevel(lvl) });
      const style = attr(child(lvl, "pStyle"), "val");
      if (style !== undefined) styleLevels.set(style, ilvl);
    }
    abstracts.set(id, levels);
  }
  for (const num of children(root, "num")) {
    const id = attr(num, "numId");
    const abstractId = attr(child(num, "abstractNumId"), "val");
    if (id === undefined || abstractId === undefined) continue;
    const overrides = new Map<number, Partial<Level>>();
    for (const override of children(num, "lvlOverride")) {
      const ilvl = intAttr(override, "ilvl") ?? 0;
      const level: Partial<Level> = {};
      const lvl = child(override, "lvl");
      if (lvl) Object.assign(level, readLevel(lvl));
      const start = intAttr(child(override, "startOverride"), "val");
      if (start !== undefined) level.start = start;
      overrides.set(ilvl, level);
    }
    nums.set(id, { abstractId, overrides });
  }
  return { abstracts, nums, styleLevels };
}

/** The numbering a paragraph style gives its paragraphs (`w:style/w:pPr/w:numPr`), through `w:basedOn`. */
type StyleProps = { numId?: string; ilvl?: number; outline?: number };

function readStyleNumbering(doc: Document | undefined): Map<string, StyleProps> {
  const own = new Map<string, StyleProps & { basedOn?: string }>();
  for (const style of children(doc?.documentElement, "style")) {
    const id = attr(style, "styleId");
    if (id === undefined) continue;
    const numPr = child(child(style, "pPr"), "numPr");
    const entry: StyleProps & { basedOn?: string } = {};
    const outline = intAttr(child(child(style, "pPr"), "outlineLvl"), "val");
    if (outline !== undefined) entry.outline = outline;
    const numId = attr(child(numPr, "numId"), "val");
    const ilvl = intAttr(child(numPr, "ilvl"), "val");
    const basedOn = attr(child(style, "basedOn"), "val");
    if (numId !== undefined) entry.numId = numId;
    if (ilvl !== undefined) entry.ilvl = ilvl;
    if (basedOn !== undefined) entry.basedOn = basedOn;
    own.set(id, entry);
  }
  const out = new Map<string, StyleProps>();
  for (const id of own.keys()) {
    let at: string | undefined = id;
    const resolved: StyleProps = {};
    for (let depth = 0; at !== undefined && depth < 10; depth++) {
      const entry = own.get(at);
      if (!entry) break;
      if (resolved.numId === undefined && entry.numId !== undefined) resolved.numId = entry.numId;
      if (resolved.ilvl === undefined && entry.ilvl !== undefined) resolved.ilvl = entry.ilvl;
      if (resolved.outline === undefined && entry.outline !== undefined) resolved.outline = entry.outline;
      at = entry.basedOn;
    }
    out.set(id, resolved);
  }
  return out;
}

/** The text Word shows of a paragraph: its `w:t` (deleted text left out), tabs as spaces. */
function paragraphText(p: Element): string {
  let text = "";
  const walk = (node: Element) => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== 1) continue;
      const e = n as Element;
      if (e.namespaceURI === W && e.localName === "t") text += e.textContent ?? "";
      else if (e.namespaceURI === W && e.localName === "tab") text += " ";
      else if (!(e.namespaceURI === W && (e.localName === "del" || e.localName === "pPr"))) walk(e);
    }
  };
  walk(p);
  return text;
}

/** The body paragraphs in document order, outside tables and text boxes. */
function bodyParagraphs(doc: Document): Element[] {
  const out: Element[] = [];
  const walk = (node: Element) => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== 1) continue;
      const e = n as Element;
      if (e.namespaceURI === W && e.localName === "p") out.push(e);
      else if (!(e.namespaceURI === W && (e.localName === "tbl" || e.localName === "txbxContent"))) walk(e);
    }
  };
  const body = child(doc.documentElement, "body");
  if (body) walk(body);
  return out;
}

/**
 * The paragraphs of a .docx body with the number Word's automatic numbering draws before each:
 * the paragraph's `w:numPr` (`w:numId`, `w:ilvl`) or its style's (through `w:basedOn`, or a level
 * linked to the style by `w:pStyle`), the list definition of numbering.xml (`w:abstractNum`
 * levels with `w:start`, `w:numFmt`, `w:lvlText` such as `%1、` or `（%1）`), and the instance's
 * `w:lvlOverride`/`w:startOverride`, and its outline level (`w:outlineLvl`, from the paragraph or
 * its style). Counting follows Word: instances of one definition count on
 * together unless an instance overrides its start; numbering a level restarts the levels below
 * it; `numId` 0 takes a style's numbering off. Bullets give no number. Takes the parts' bytes, so
 * a bounded unzip can stand in front; throws nothing — parts that are no XML give no numbers.
 */
export function docxNumberedParagraphs(parts: DocxNumberingParts): NumberedParagraph[] {
  const doc = parse(parts.document);
  if (!doc) return [];
  const { abstracts, nums, styleLevels } = readNumbering(parse(parts.numbering));
  const styles = readStyleNumbering(parse(parts.styles));
  const counters = new Map<string, number[]>();
  return bodyParagraphs(doc).map((p) => {
    const pPr = child(p, "pPr");
    const styleId = attr(child(pPr, "pStyle"), "val");
    const style = styleId === undefined ? undefined : styles.get(styleId);
    const outline = intAttr(child(pPr, "outlineLvl"), "val") ?? style?.outline;
    const text = paragraphText(p);
    const numbered = numberOf(pPr, styleId, style);
    const out: NumberedParagraph = numbered ? { text, label: numbered } : { text };
    if (outline !== undefined && outline >= 0 && outline < 9) out.outlineLevel = outline;
    return out;
  });

  /** The number Word draws before a paragraph, or undefined. */
  function numberOf(pPr: Element | undefined, styleId: string | undefined, style: StyleProps | undefined) {
    const numPr = child(pPr, "numPr");
    const numId = attr(child(numPr, "numId"), "val") ?? style?.numId;
    const num = numId === undefined ? undefined : nums.get(numId);
    const levels = num && abstracts.get(num.abstractId);
    if (!num || !levels || numId === "0") return undefined;
    const ilvl =
      intAttr(child(numPr, "ilvl"), "val") ??
      style?.ilvl ??
      (styleId === undefined ? undefined : styleLevels.get(styleId)) ??
      0;
    const level = (i: number): Level => ({ ...(levels.get(i) as Level), ...num.overrides.get(i) });
    if (!levels.has(ilvl)) return undefined;
    // Instances count on together, unless one starts anew.
    const key = num.overrides.size > 0 ? `num:${numId}` : `abstract:${num.abstractId}`;
    const count = counters.get(key) ?? [];
    counters.set(key, count);
    count[ilvl] = count[ilvl] === undefined ? level(ilvl).start : (count[ilvl] as number) + 1;
    count.length = ilvl + 1;
    const own = level(ilvl);
    if (own.format === "bullet" || own.format === "none") return undefined;
    const label = own.text.replace(/%([1-9])/g, (_, d: string) => {
      const i = Number(d) - 1;
      const n = count[i] ?? level(i).start;
      return formatCounter(n, level(i).format);
    });
    return label || undefined;
  }
}
