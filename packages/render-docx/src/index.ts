/**
 * @gongwen/render-docx — DOCX for gongwen reports, laid out to GB/T 9704-2012: page and grid,
 * fonts per role, real Word styles with outline levels, page numbers on odd and even pages,
 * signature, 版记 and 版头. Every part is written as XML directly, with no dependency on a DOCX
 * library; no Node built-ins, so it runs in browsers too.
 */
export * from "./api.js";
export { renderDocx, renderDocxSync } from "./render-default.js";
