/** How the page grid is declared: a line grid (every office suite agrees) or lines and characters (Word only). */
export type GridType = "lines" | "linesAndChars";

/** How the lines of a long title are arranged: shorter line on top (正梯形) or longer on top (倒梯形). */
export type TitleShape = "trapezoid" | "inverted-trapezoid";

/** A font name as Word looks it up, with the names to fall back on where it is not installed. */
export interface FontChoice {
  name: string;
  fallbacks: string[];
}

/** Every role a font plays in a report. */
export const FONT_ROLES = [
  "title",
  "body",
  "heading1",
  "heading2",
  "heading3",
  "heading4",
  "pageNumber",
  "letterhead",
  "latin",
] as const;

/** One of FONT_ROLES: `latin` is the font of Latin letters and digits in every other role. */
export type FontRole = (typeof FONT_ROLES)[number];

/**
 * Roles whose font is another role's unless a profile names it: levels 3 and 4 are set in the
 * body's 仿宋 (GB/T 9704-2012 §7.3.3 names no other font for them), so a profile that changes the
 * body (`fonts: { body: 仿宋 }`) changes them too — and with them the run-in heading styles.
 * Tables, captions, signature, date, 附注 and 版记 use the `body` role itself.
 */
export const FONT_ROLE_PARENTS: Readonly<Partial<Record<FontRole, FontRole>>> = {
  heading3: "body",
  heading4: "body",
};

/**
 * Every layout choice of a DOCX, in the units clerks and the standard use: millimetres for the
 * page, points for type sizes. The built-in `gbt9704` profile holds the values of GB/T 9704-2012.
 */
export interface Profile {
  /** A name for messages and document properties. */
  name: string;
  /** Paper size and margins in millimetres (the margins frame the type area, 版心). */
  page: { width: number; height: number; top: number; bottom: number; left: number; right: number };
  /** The grid: lines per page and characters per line fill the type area exactly. */
  grid: { type: GridType; lines: number; chars: number };
  /** The font of each role. */
  fonts: Record<FontRole, FontChoice>;
  /** Type sizes in points: 二号 22, 三号 16, 四号 14 … */
  sizes: { title: number; body: number; pageNumber: number; table: number; colophon: number; letterhead: number };
  /** Which run-in leads and headings are set in bold. */
  bold: { leads: boolean; heading3: boolean; heading4: boolean };
  /** Whether level 3 (`1.`) and level 4 (`（1）`) headings run into their first paragraph. */
  runIn: { heading3: boolean; heading4: boolean };
  /** Long titles: the most characters on one line, and the shape of several lines. */
  title: { maxLineChars: number; shape: TitleShape };
  /** Page numbers: millimetres between the type area and the dash line, characters in from the edge. */
  pageNumber: { belowTypeArea: number; indentChars: number };
  /** The 版头: colour (hex), distance of the 发文机关标志 below the type area top and of the red line below the 发文字号 (mm), and the line's width (pt). */
  letterhead: { color: string; top: number; ruleGap: number; ruleWidth: number };
  /** Whether the signature block leaves room for a seal (the date four characters in, the issuer centred above it). */
  signature: { seal: boolean };
  /** Whether the 版记 starts on an even page (the back of the last sheet), as printed documents want. */
  colophon: { evenPage: boolean };
}

/** A profile with any part left out, merged over a built-in profile. */
export type ProfileOverride = {
  /** The built-in profile to start from: `gbt9704` (default), `fangzhengGbk` or `gbt9704Gbk`. */
  base?: BuiltInProfileName;
  name?: string;
  page?: Partial<Profile["page"]>;
  grid?: Partial<Profile["grid"]>;
  fonts?: Partial<Record<FontRole, Partial<FontChoice>>>;
  sizes?: Partial<Profile["sizes"]>;
  bold?: Partial<Profile["bold"]>;
  runIn?: Partial<Profile["runIn"]>;
  title?: Partial<Profile["title"]>;
  pageNumber?: Partial<Profile["pageNumber"]>;
  letterhead?: Partial<Profile["letterhead"]>;
  signature?: Partial<Profile["signature"]>;
  colophon?: Partial<Profile["colophon"]>;
};

/** The names of the built-in profiles. */
export type BuiltInProfileName = "gbt9704" | "fangzhengGbk" | "gbt9704Gbk";
