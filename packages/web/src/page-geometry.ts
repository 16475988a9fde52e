/**
 * The A4 page of GB/T 9704-2012 as the pages view draws it, in millimetres and points (clause 5.2:
 * 天头 37 mm, 订口 28 mm, type area 156 × 225 mm; clause 7.1: 22 lines of 28 characters of 三号
 * (16 pt); clause 7.5: page numbers in 四号 (14 pt) 宋体 7 mm below the type area, odd pages one
 * character in from the right, even pages one character in from the left). The same numbers as
 * render-docx's `gbt9704` profile, which `resolveProfile()` gives; the test checks they agree.
 */
export const PAGE = {
  width: 210,
  height: 297,
  top: 37,
  bottom: 35,
  left: 28,
  right: 26,
  lines: 22,
  chars: 28,
  /** Body text size, points (三号). */
  bodySize: 16,
  /** Page number size, points (四号). */
  pageNumberSize: 14,
  /** Distance from the type area's bottom edge to the page number's top, millimetres. */
  pageNumberGap: 7,
} as const;

/** The type area: 156 × 225 mm. */
export const TYPE_AREA = { width: PAGE.width - PAGE.left - PAGE.right, height: PAGE.height - PAGE.top - PAGE.bottom };

/** `— N —`, the page number as GB/T 9704 7.5 writes it (a 一字线 either side). */
export function pageNumberText(n: number): string {
  return `— ${n} —`;
}

/** The CSS custom properties the pages' stylesheet reads, from PAGE. */
export function pageCssVariables(): string {
  return [
    `--page-w:${PAGE.width}mm`,
    `--page-h:${PAGE.height}mm`,
    `--margin-top:${PAGE.top}mm`,
    `--margin-left:${PAGE.left}mm`,
    `--margin-right:${PAGE.right}mm`,
    `--area-w:${TYPE_AREA.width}mm`,
    `--area-h:${TYPE_AREA.height}mm`,
    `--number-size:${PAGE.pageNumberSize}pt`,
    // The number's middle 7 mm below the type area, as render-html's page CSS and the DOCX put it.
    `--number-top:calc(${PAGE.top + TYPE_AREA.height + PAGE.pageNumberGap}mm - ${PAGE.pageNumberSize / 2}pt)`,
  ].join(";");
}
