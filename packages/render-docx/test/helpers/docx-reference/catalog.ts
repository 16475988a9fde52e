import {
  AlignmentType,
  type BaseXmlComponent,
  BorderStyle,
  type IParagraphPropertiesOptions,
  type IRunStylePropertiesOptions,
  LineRuleType,
  StyleForCharacter,
  StyleForParagraph,
} from "docx";
import { runFonts, singleFont } from "../../../src/fonts.js";
import { footerPlacement } from "../../../src/footers.js";
import type { Geometry } from "../../../src/geometry.js";
import type { Profile } from "../../../src/profile/types.js";
import { STYLES, type StyleKey } from "../../../src/styles/ids.js";
import { ptToEighths, ptToHalfPoints, ptToTwips } from "../../../src/units.js";
import { AUTO_SPACE_OFF, SNAP_TO_GRID_OFF } from "./paragraph-properties.js";
import { StylePatch } from "./style-patch.js";

interface ParagraphStyleSpec {
  basedOn?: StyleKey;
  next?: StyleKey;
  paragraph: IParagraphPropertiesOptions;
  run: IRunStylePropertiesOptions;
  /** Lines keep their own exact height instead of snapping to the page grid (w:snapToGrid 0). */
  offGrid?: boolean;
  /** No automatic space between Chinese and Latin text, so widths can be computed (w:autoSpaceDE/DN 0). */
  exactWidths?: boolean;
  /** Shown in Word's style gallery. */
  quick?: boolean;
  priority?: number;
}

function paragraphStyle(key: StyleKey, spec: ParagraphStyleSpec): BaseXmlComponent {
  const { id, name } = STYLES[key];
  const style = new StyleForParagraph({
    id,
    name,
    basedOn: spec.basedOn ? STYLES[spec.basedOn].id : undefined,
    next: spec.next ? STYLES[spec.next].id : undefined,
    uiPriority: spec.priority,
    quickFormat: spec.quick,
    paragraph: spec.paragraph,
    run: spec.run,
  });
  return new StylePatch(style, {
    isDefault: key === "normal",
    isCustom: "custom" in STYLES[key],
    paragraphProperties: [...(spec.offGrid ? [SNAP_TO_GRID_OFF] : []), ...(spec.exactWidths ? AUTO_SPACE_OFF : [])],
  });
}

function characterStyle(key: StyleKey, run: IRunStylePropertiesOptions): BaseXmlComponent {
  const { id, name } = STYLES[key];
  return new StylePatch(new StyleForCharacter({ id, name, uiPriority: 1, quickFormat: true, run }), {
    isCustom: "custom" in STYLES[key],
  });
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
export function styleDefinitions(profile: Profile, geometry: Geometry): Record<StyleKey, () => BaseXmlComponent> {
  const { sizes, bold, runIn } = profile;
  const exact = { line: geometry.linePitch, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
  const body = ptToHalfPoints(sizes.body);
  const footer = footerPlacement(profile, geometry);
  // A heading on its own line stays with what follows; a run-in heading is a paragraph of text and flows like one.
  const heading =
    (level: 1 | 2 | 3 | 4, isBold: boolean, isRunIn = false) =>
    (): BaseXmlComponent =>
      paragraphStyle(`heading${level}`, {
        basedOn: "normal",
        next: "normal",
        quick: true,
        priority: 9,
        paragraph: isRunIn ? { outlineLevel: level - 1 } : { keepNext: true, keepLines: true, outlineLevel: level - 1 },
        run: { font: runFonts(profile, `heading${level}`), bold: isBold },
      });
  const bodyLike =
    (
      key: StyleKey,
      paragraph: IParagraphPropertiesOptions,
      run: IRunStylePropertiesOptions = {},
      exactWidths = false,
    ) =>
    () =>
      paragraphStyle(key, { basedOn: "normal", next: "normal", paragraph, run, exactWidths });

  return {
    normal: () =>
      paragraphStyle("normal", {
        quick: true,
        paragraph: {
          alignment: AlignmentType.BOTH,
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
        offGrid: true,
        paragraph: {
          alignment: AlignmentType.CENTER,
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
    salutation: bodyLike("salutation", { alignment: AlignmentType.LEFT, indent: NO_INDENT }),
    // Looks like the body; its own name lets Word users, and gongwen import, tell the closing apart.
    closing: bodyLike("closing", {}),
    signature: bodyLike("signature", { alignment: AlignmentType.RIGHT, indent: NO_INDENT, keepNext: true }, {}, true),
    date: bodyLike("date", { alignment: AlignmentType.RIGHT, indent: NO_INDENT }, {}, true),
    caption: bodyLike(
      "caption",
      { alignment: AlignmentType.CENTER, indent: NO_INDENT, keepNext: true },
      { bold: true },
    ),
    // The 附件说明 is part of the chain that keeps the text's last lines with the signature.
    attachment: bodyLike("attachment", { alignment: AlignmentType.LEFT, keepNext: true }),
    footer: () =>
      paragraphStyle("footer", {
        offGrid: true,
        paragraph: {
          spacing: { before: footer.spaceBefore, after: 0, line: footer.lineHeight, lineRule: LineRuleType.EXACT },
          indent: NO_INDENT,
        },
        run: { font: singleFont(profile, "pageNumber"), size: ptToHalfPoints(sizes.pageNumber) },
      }),
    // Table lines are a point shorter than the grid, off the grid, so that a row with its border
    // stays within one grid line and the text after a table keeps to the grid.
    tableText: () =>
      paragraphStyle("tableText", {
        offGrid: true,
        paragraph: {
          alignment: AlignmentType.CENTER,
          spacing: { before: 0, after: 0, line: geometry.linePitch - 20, lineRule: LineRuleType.EXACT },
          indent: NO_INDENT,
        },
        run: { font: runFonts(profile, "body"), size: ptToHalfPoints(sizes.table) },
      }),
    tableHeader: () =>
      paragraphStyle("tableHeader", {
        basedOn: "tableText",
        paragraph: { alignment: AlignmentType.CENTER },
        run: { bold: true },
      }),
    colophon: () =>
      paragraphStyle("colophon", {
        offGrid: true,
        paragraph: {
          alignment: AlignmentType.LEFT,
          spacing: { before: 0, after: 0, line: geometry.linePitch - 40, lineRule: LineRuleType.EXACT },
          indent: NO_INDENT,
        },
        run: { font: runFonts(profile, "body"), size: ptToHalfPoints(sizes.colophon) },
      }),
    letterheadName: () =>
      paragraphStyle("letterheadName", {
        offGrid: true,
        next: "docNumber",
        paragraph: { alignment: AlignmentType.CENTER, indent: NO_INDENT },
        run: {
          font: singleFont(profile, "letterhead"),
          size: ptToHalfPoints(sizes.letterhead),
          color: profile.letterhead.color,
        },
      }),
    docNumber: () =>
      paragraphStyle("docNumber", {
        offGrid: true,
        next: "title",
        paragraph: {
          alignment: AlignmentType.CENTER,
          indent: NO_INDENT,
          spacing: {
            before: 2 * geometry.linePitch,
            after: 2 * geometry.linePitch,
            line: ptToTwips(sizes.body),
            lineRule: LineRuleType.EXACT,
          },
          border: {
            bottom: {
              style: BorderStyle.SINGLE,
              size: ptToEighths(profile.letterhead.ruleWidth),
              color: profile.letterhead.color,
              space: Math.round((profile.letterhead.ruleGap * 72) / 25.4),
            },
          },
        },
        run: { font: runFonts(profile, "body"), size: body },
      }),
    runInLead: () => characterStyle("runInLead", { bold: bold.leads }),
    heading3RunIn: () => characterStyle("heading3RunIn", { font: runFonts(profile, "heading3"), bold: bold.heading3 }),
    heading4RunIn: () => characterStyle("heading4RunIn", { font: runFonts(profile, "heading4"), bold: bold.heading4 }),
  };
}
