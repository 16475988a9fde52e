import type { ColophonPlacement } from "./blocks/colophon.js";
import { colophonLines } from "./blocks/colophon.js";
import type { RenderContext } from "./context.js";
import type { TextEnd } from "./page-estimate.js";

/**
 * Grid lines of margin the estimate of where the text ends must leave on each side before the
 * 版记 shares the text's page: the writer's line count may differ from the suites' by a line or two
 * over a long report, and a 版记 floated onto an odd page would be wrong, while one on its own
 * page is only a page more.
 */
export const PLACEMENT_MARGIN = 2;

/**
 * Where the 版记 goes (GB/T 9704-2012 §7.4, §7.5: at the foot of the last page, an even one; a
 * blank page before it only when it cannot fit): at the foot of the text's page when the text
 * surely ends on an even page with room for the 版记, PLACEMENT_MARGIN lines to spare each way;
 * after a blank page written out when the text surely ends on that even page but without room to
 * spare; otherwise on a page of its own, the next even page (after a blank page the suite inserts
 * for the even-page section break when the text ends near the foot of an even page).
 */
export function colophonPlacement(context: RenderContext, end: TextEnd): ColophonPlacement {
  // A profile that does not want the 版记 on an even page (colophon.evenPage false) takes any page.
  const evenPage = context.profile.colophon.evenPage;
  if (evenPage && end.page % 2 !== 0) return "ownPage";
  const perPage = context.profile.grid.lines;
  const latest = end.rows + end.slack;
  const fits = latest + PLACEMENT_MARGIN + colophonLines(context) <= perPage;
  const surelyThisPage = end.rows > PLACEMENT_MARGIN && latest + PLACEMENT_MARGIN <= perPage;
  if (!surelyThisPage) return "ownPage";
  if (fits) return "samePage";
  // No room to spare: the blank page is written out rather than left to the suite.
  return evenPage ? "afterBlankPage" : "ownPage";
}
