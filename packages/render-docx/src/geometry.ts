import type { Profile } from "./profile/types.js";
import { mmToTwips, ptToTwips } from "./units.js";

/** The page of a profile in twips, with the grid and the character unit derived from it. */
export interface Geometry {
  pageWidth: number;
  pageHeight: number;
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Width of the type area (版心). */
  typeWidth: number;
  /** Height of the type area. */
  typeHeight: number;
  /** The line pitch: the type area's height over the lines per page, rounded down so all lines fit (579). */
  linePitch: number;
  /**
   * Extra space after each body character in twentieths of a point (`w:spacing` of a run) so that
   * the characters per line fit the type width with a line grid: −5 for 28 三号 characters on 156 mm.
   * Zero with a `linesAndChars` grid, where the grid spaces the characters.
   */
  bodyCharSpacing: number;
  /** `w:charSpace` of a `linesAndChars` grid: (pitch − font size) × 4096, in points, rounded down so the characters fit (−849). */
  gridCharSpace: number;
  /** The width of one body character as laid out, in twips: the unit of every "two characters in". */
  char: number;
}

/**
 * Works out the page geometry of a profile. The type area is kept exact: the right and top
 * margins are rounded to whole twips, the type area's width and height too, and the left and
 * bottom margins take what is left (GB/T 9704: 1588, 1474, 2098, 1984 twips on A4).
 */
export function geometryOf(profile: Profile): Geometry {
  const { page, grid, sizes } = profile;
  const pageWidth = mmToTwips(page.width);
  const pageHeight = mmToTwips(page.height);
  const right = mmToTwips(page.right);
  const top = mmToTwips(page.top);
  const typeWidth = mmToTwips(page.width - page.left - page.right);
  const typeHeight = mmToTwips(page.height - page.top - page.bottom);
  const left = pageWidth - right - typeWidth;
  const bottom = pageHeight - top - typeHeight;
  const linePitch = Math.floor(typeHeight / grid.lines);
  const pitchPt = typeWidth / 20 / grid.chars;
  const lines = grid.type === "lines";
  const bodyCharSpacing = lines ? Math.floor((pitchPt - sizes.body) * 20) : 0;
  const gridCharSpace = Math.floor((pitchPt - sizes.body) * 4096);
  const char = lines ? ptToTwips(sizes.body) + bodyCharSpacing : Math.floor(typeWidth / grid.chars);
  return {
    pageWidth,
    pageHeight,
    top,
    bottom,
    left,
    right,
    typeWidth,
    typeHeight,
    linePitch,
    bodyCharSpacing,
    gridCharSpace,
    char,
  };
}
