import { runFonts, singleFont } from "../fonts.js";
import { footerPlacement } from "../footers.js";
import type { Geometry } from "../geometry.js";
import type { Profile } from "../profile/types.js";
import { ptToEighths, ptToHalfPoints, ptToTwips } from "../units.js";
import { escapeAttribute } from "../xml/escape.js";
import { type ParagraphProperties, paragraphPropertiesXml } from "../xml/paragraph-properties.js";
import { type RunProperties, runPropertiesXml } from "../xml/run-properties.js";
import { STYLES, type StyleKey } from "./ids.js";

interface ParagraphStyleSpec {
  basedOn?: StyleKey;
  next?: StyleKey;
  paragraph: ParagraphProperties;
  run: RunProperties;
  /** Shown in Word's style gallery. */
  quick?: boolean;
  priority?: number;
}

/**
 * A style's `w:style` element: its type and id (Normal is the default paragraph style;
 * `w:customStyle` marks the document's own styles, not Word's built-in ones), name, base, next
 * style, gallery settings, then its paragraph and run properties (CT_Style's order).
 */
function styleXml(type: "paragraph" | "character", key: StyleKey, settings: string, properties: string): string {
  const { id, name } = STYLES[key];
  const flags = (key === "normal" ? ' w:default="1"' : "") + ("custom" in STYLES[key] ? ' w:customStyle="1"' : "");
  return (
    `<w:style w:type="${type}" w:styleId="${escapeAttribute(id)}"${flags}>` +
    `<w:name w:val="${escapeAttribute(name)}"/>${settings}${properties}</w:style>`
  );
}

function paragraphStyle(key: StyleKey, spec: ParagraphStyleSpec): string {
  let settings = spec.basedOn ? `<w:basedOn w:val="${STYLES[spec.basedOn].id}"/>` : "";
  if (spec.next) settings += `<w:next w:val="${STYLES[spec.next].id}"/>`;
  if (spec.priority !== undefined) settings += `<w:uiPriority w:val="${spec.priority}"/>`;
  if (spec.quick) settings += "<w:qFormat/>";
  return styleXml("paragraph", key, settings, paragraphPropertiesXml(spec.paragraph) + runPropertiesXml(spec.run));
}

/** A character style: in the gallery, shown once used (`w:unhideWhenUsed`). */
function characterStyle(key: StyleKey, run: RunProperties): string {
  return styleXml("character", key, '<w:uiPriority w:val="1"/><w:unhideWhenUsed/><w:qFormat/>', runPropertiesXml(run));
}

/**
 * No first-line indent: overrides the body's two characters (the chars value too, which Word
 * prefers). Styles that stand alone set it as well: LibreOffice bases every paragraph style
 * without `w:basedOn` on the default style (Normal), so its indent would leak in.
 */
const NO_INDENT = { firstLine: 0, firstLineChars: 0 };

/**
 * The definition of every style a report may use, for a profile. Body-like styles (headings,
 * 主送机关, signature, date, caption, 附件说明) are based on Normal and inherit its grid spacing,
 * indent and character spacing; the others (title, footer, table text, 版记, 版头) stand alone, so
 * nothing of the body leaks into them, and set every property they need.
 */
export function styleDefinitions(profile: Profile, geometry: Geometry): Record<StyleKey, () => string> {
  const { sizes, bold, runIn } = profile;
  const exact = { line: geometry.linePitch, before: 0, after: 0 };
  const body = ptToHalfPoints(sizes.body);
  const footer = footerPlacement(profile, geometry);
  // A heading on its own line stays with what follows; a run-in heading is a paragraph of text and flows like one.
  const heading =
    (level: 1 | 2 | 3 | 4, isBold: boolean, isRunIn = false) =>
    (): string =>
      paragraphStyle(`heading${level}`, {
        basedOn: "normal",
        next: "normal",
        quick: true,
        priority: 9,
        paragraph: isRunIn ? { outlineLevel: level - 1 } : { keepNext: true, keepLines: true, outlineLevel: level - 1 },
        run: { font: runFonts(profile, `heading${level}`), bold: isBold },
      });
  const bodyLike =
    (key: StyleKey, paragraph: ParagraphProperties, run: RunProperties = {}) =>
    () =>
      paragraphStyle(key, { basedOn: "normal", next: "normal", paragraph, run });

  return {
    normal: () =>
      paragraphStyle("normal", {
        quick: true,
        paragraph: {
          alignment: "both",
          spacing: exact,
          indent: { firstLine: 2 * geometry.char, firstLineChars: 200 },
          widowControl: false,
        },
        run: {
          font: runFonts(profile, "body"),
          size: body,
          characterSpacing: geometry.bodyCharSpacing || undefined,
        },
      }),
    title: () =>
      paragraphStyle("title", {
        next: "normal",
        quick: true,
        priority: 10,
        paragraph: {
          offGrid: true,
          alignment: "center",
          spacing: { ...exact, after: geometry.linePitch },
          indent: NO_INDENT,
          keepNext: true,
          keepLines: true,
        },
        run: { font: runFonts(profile, "title"), size: ptToHalfPoints(sizes.title) },
      }),
    heading1: heading(1, false),
    heading2: heading(2, false),
    heading3: heading(3, bold.heading3 && !runIn.heading3, runIn.heading3),
    heading4: heading(4, bold.heading4 && !runIn.heading4, runIn.heading4),
    salutation: bodyLike("salutation", { alignment: "left", indent: NO_INDENT }),
    // Looks like the body; its own name lets Word users, and gongwen import, tell the closing apart.
    closing: bodyLike("closing", {}),
    signature: bodyLike("signature", { alignment: "right", indent: NO_INDENT, keepNext: true, exactWidths: true }),
    date: bodyLike("date", { alignment: "right", indent: NO_INDENT, exactWidths: true }),
    caption: bodyLike("caption", { alignment: "center", indent: NO_INDENT, keepNext: true }, { bold: true }),
    // The 附件说明 is part of the chain that keeps the text's last lines with the signature.
    attachment: bodyLike("attachment", { alignment: "left", keepNext: true }),
    footer: () =>
      paragraphStyle("footer", {
        paragraph: {
          offGrid: true,
          spacing: { before: footer.spaceBefore, after: 0, line: footer.lineHeight },
          indent: NO_INDENT,
        },
        run: { font: singleFont(profile, "pageNumber"), size: ptToHalfPoints(sizes.pageNumber) },
      }),
    // Table lines are a point shorter than the grid, off the grid, so that a row with its border
    // stays within one grid line and the text after a table keeps to the grid.
    tableText: () =>
      paragraphStyle("tableText", {
        paragraph: {
          offGrid: true,
          alignment: "center",
          spacing: { before: 0, after: 0, line: geometry.linePitch - 20 },
          indent: NO_INDENT,
        },
        run: { font: runFonts(profile, "body"), size: ptToHalfPoints(sizes.table) },
      }),
    tableHeader: () =>
      paragraphStyle("tableHeader", {
        basedOn: "tableText",
        paragraph: { alignment: "center" },
        run: { bold: true },
      }),
    colophon: () =>
      paragraphStyle("colophon", {
        paragraph: {
          offGrid: true,
          alignment: "left",
          spacing: { before: 0, after: 0, line: geometry.linePitch - 40 },
          indent: NO_INDENT,
        },
        run: { font: runFonts(profile, "body"), size: ptToHalfPoints(sizes.colophon) },
      }),
    letterheadName: () =>
      paragraphStyle("letterheadName", {
        next: "docNumber",
        paragraph: {
          offGrid: true,
          alignment: "center",
          indent: NO_INDENT,
        },
        run: {
          font: singleFont(profile, "letterhead"),
          size: ptToHalfPoints(sizes.letterhead),
          color: profile.letterhead.color,
        },
      }),
    docNumber: () =>
      paragraphStyle("docNumber", {
        next: "title",
        paragraph: {
          offGrid: true,
          alignment: "center",
          indent: NO_INDENT,
          spacing: {
            before: 2 * geometry.linePitch,
            after: 2 * geometry.linePitch,
            line: ptToTwips(sizes.body),
          },
          borderBottom: {
            size: ptToEighths(profile.letterhead.ruleWidth),
            color: profile.letterhead.color,
            space: Math.round((profile.letterhead.ruleGap * 72) / 25.4),
          },
        },
        run: { font: runFonts(profile, "body"), size: body },
      }),
    runInLead: () => characterStyle("runInLead", { bold: bold.leads }),
    heading3RunIn: () => characterStyle("heading3RunIn", { font: runFonts(profile, "heading3"), bold: bold.heading3 }),
    heading4RunIn: () => characterStyle("heading4RunIn", { font: runFonts(profile, "heading4"), bold: bold.heading4 }),
  };
}
