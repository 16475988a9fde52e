/**
 * @gongwen/render-html — HTML for gongwen reports: a portal fragment (what an editor pastes into
 * a government portal) and a print page laid out like the GB/T 9704-2012 DOCX (A4, margins, grid,
 * fonts with fallbacks, page numbers). Every text is escaped; no Node built-ins, so it runs in
 * browsers (the web editor's preview uses pageCss to paginate).
 */
export { escapeHtml } from "./escape.js";
export { fontStack, LATIN_FAMILY } from "./font-stacks.js";
export { HTML_FLAVORS, type HtmlFlavor, type RenderHtmlOptions } from "./options.js";
export { pageCss } from "./page-css.js";
export { type PageMetrics, PT_PER_MM, pageMetrics } from "./page-metrics.js";
export { gbt9704Html, type HtmlFontChoice, type HtmlFontRole, type HtmlProfile } from "./profile.js";
export { renderHtml } from "./render.js";
