import type { HtmlProfile } from "./profile.js";

/**
 * The two flavours of HTML: `portal`, the fragment an editor pastes into a government portal
 * (the text and its 落款, no 版头, no 版记, no style sheet, no page furniture), and `page`, a whole
 * document whose print style sheet lays it out like the DOCX (A4 pages, margins, grid, fonts,
 * page numbers, 版头 and 版记).
 */
export type HtmlFlavor = "portal" | "page";

/** The flavours, for shells that check a name given by a user. */
export const HTML_FLAVORS: readonly HtmlFlavor[] = ["portal", "page"];

/** Options of renderHtml. */
export interface RenderHtmlOptions {
  /** `portal` (default) or `page`; see HtmlFlavor. */
  flavor?: HtmlFlavor;
  /** The disclosure attributes (索引号, 组配分类 …) as a table before the text; default false. */
  disclosureTable?: boolean;
  /** The layout of the page flavour; default gbt9704Html. A resolved DOCX profile fits. */
  profile?: HtmlProfile;
  /**
   * Marks every section and block with `data-path`, its path in the model
   * (`body.summary.sections[0].content[2]`), so an editor can map the preview to the source.
   */
  sourcePaths?: boolean;
}
