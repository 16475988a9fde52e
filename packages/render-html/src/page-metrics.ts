import type { HtmlProfile } from "./profile.js";

/** Points in one millimetre. */
export const PT_PER_MM = 72 / 25.4;

/** The page of a profile in points, derived as the DOCX writer derives it (twips rounded the same way). */
export interface PageMetrics {
  /** Width of the type area (版心), pt: 156 mm = 442.2 pt. */
  typeWidth: number;
  /** Height of the type area, pt: 225 mm = 637.75 pt. */
  typeHeight: number;
  /** The line pitch, pt: the type area's height over the lines per page, in whole twips rounded down (28.95 pt). */
  linePitch: number;
  /** Extra space after each body character, pt, so the characters per line fill the type width (−0.25 pt). */
  letterSpacing: number;
  /** The width of one body character as laid out, pt: the unit of every "two characters in" (15.75 pt). */
  char: number;
}

const twips = (pt: number) => Math.round(pt * 20);

/**
 * Works out the page metrics of a profile, in points. The numbers are those of render-docx's
 * geometryOf with a line grid (GB/T 9704-2012 §5.2.2: 22 lines of 28 characters on 156 × 225 mm):
 * the pitch is the type area's height in twips over the lines, rounded down to a whole twip, and
 * the character spacing is rounded down to a whole twip, so the browser fits as many lines and
 * characters as Word and LibreOffice do.
 */
export function pageMetrics(profile: HtmlProfile): PageMetrics {
  const { page, grid, sizes } = profile;
  const typeWidthTwips = twips((page.width - page.left - page.right) * PT_PER_MM);
  const typeHeightTwips = twips((page.height - page.top - page.bottom) * PT_PER_MM);
  const linePitch = Math.floor(typeHeightTwips / grid.lines) / 20;
  const spacingTwips = Math.floor((typeWidthTwips / 20 / grid.chars - sizes.body) * 20);
  return {
    typeWidth: typeWidthTwips / 20,
    typeHeight: typeHeightTwips / 20,
    linePitch,
    letterSpacing: spacingTwips / 20,
    char: (twips(sizes.body) + spacingTwips) / 20,
  };
}
