/**
 * The layout an HTML page follows: the same shape (and the same field names) as the DOCX profile
 * of @gongwen/render-docx, so a resolved DOCX profile can be passed as it is and the HTML page is
 * laid out like the DOCX. Only the fields the HTML writer reads are listed. Writers know no other
 * writer, so this package holds its own copy of the GB/T 9704-2012 defaults; a test of the
 * service compares it with render-docx's `gbt9704`, so the two cannot drift apart.
 */

/** A font name with the names to fall back on where it is not installed. */
export interface HtmlFontChoice {
  readonly name: string;
  readonly fallbacks: readonly string[];
}

/** The roles a font plays in the HTML: the DOCX profile's roles the HTML writer uses. */
export type HtmlFontRole =
  | "title"
  | "body"
  | "heading1"
  | "heading2"
  | "heading3"
  | "heading4"
  | "pageNumber"
  | "letterhead"
  | "latin";

/** The layout of the page flavour (millimetres for the page, points for type sizes). */
export interface HtmlProfile {
  /** Paper size and margins in millimetres; the margins frame the type area (版心). */
  readonly page: {
    readonly width: number;
    readonly height: number;
    readonly top: number;
    readonly bottom: number;
    readonly left: number;
    readonly right: number;
  };
  /** Lines per page and characters per line that fill the type area exactly. */
  readonly grid: { readonly lines: number; readonly chars: number };
  /** The font of each role. */
  readonly fonts: Readonly<Record<HtmlFontRole, HtmlFontChoice>>;
  /** Type sizes in points: 二号 22, 三号 16, 四号 14. */
  readonly sizes: {
    readonly title: number;
    readonly body: number;
    readonly pageNumber: number;
    readonly table: number;
    readonly colophon: number;
    readonly letterhead: number;
  };
  /** Which leads and headings are bold. */
  readonly bold: { readonly leads: boolean; readonly heading3: boolean; readonly heading4: boolean };
  /** Whether level 3 (`1.`) and level 4 (`（1）`) headings run into their first paragraph. */
  readonly runIn: { readonly heading3: boolean; readonly heading4: boolean };
  /** The most characters on one line of the title. */
  readonly title: { readonly maxLineChars: number };
  /** Page numbers: millimetres between the type area and the number's middle, characters in from the edge. */
  readonly pageNumber: { readonly belowTypeArea: number; readonly indentChars: number };
  /** The 版头: colour (hex without #), distance of the 发文机关标志 below the type area top and of the red line below the 发文字号 (mm), the line's width (pt). */
  readonly letterhead: {
    readonly color: string;
    readonly top: number;
    readonly ruleGap: number;
    readonly ruleWidth: number;
  };
  /** Whether the signature leaves room for a seal. */
  readonly signature: { readonly seal: boolean };
  /** Whether the 版记 starts on an even page. */
  readonly colophon: { readonly evenPage: boolean };
}

const font = (name: string, ...fallbacks: string[]): HtmlFontChoice => ({ name, fallbacks });

/**
 * GB/T 9704-2012 as render-docx's `gbt9704` profile applies it: A4, margins 37/35/28/26 mm
 * (top/bottom/left/right, §5.2.1: type area 156 × 225 mm), 22 lines of 28 characters (§5.2.2),
 * 二号 小标宋 title, 三号 仿宋 body (§7), 黑体 / 楷体 / 仿宋 headings (§7.3.3), 四号 宋体 page
 * numbers 7 mm below the type area (§7.5).
 */
export const gbt9704Html: HtmlProfile = Object.freeze({
  page: { width: 210, height: 297, top: 37, bottom: 35, left: 28, right: 26 },
  grid: { lines: 22, chars: 28 },
  fonts: {
    title: font("方正小标宋简体", "方正小标宋_GBK", "华文中宋", "宋体"),
    body: font("仿宋_GB2312", "仿宋", "FangSong"),
    heading1: font("黑体", "SimHei"),
    heading2: font("楷体_GB2312", "楷体", "KaiTi"),
    heading3: font("仿宋_GB2312", "仿宋", "FangSong"),
    heading4: font("仿宋_GB2312", "仿宋", "FangSong"),
    pageNumber: font("宋体", "SimSun"),
    letterhead: font("方正小标宋简体", "方正小标宋_GBK", "华文中宋", "宋体"),
    latin: font("Times New Roman"),
  },
  sizes: { title: 22, body: 16, pageNumber: 14, table: 14, colophon: 14, letterhead: 42 },
  bold: { leads: true, heading3: true, heading4: false },
  runIn: { heading3: true, heading4: true },
  title: { maxLineChars: 18 },
  pageNumber: { belowTypeArea: 7, indentChars: 1 },
  letterhead: { color: "FF0000", top: 35, ruleGap: 4, ruleWidth: 1.5 },
  signature: { seal: false },
  colophon: { evenPage: true },
});
