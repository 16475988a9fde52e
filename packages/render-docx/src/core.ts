/**
 * @gongwen/render-docx/core — the same DOCX writer as `@gongwen/render-docx`, without a default
 * compressor: renderDocx and renderDocxSync require `deflateRaw` (a TypeError names it when it is
 * missing), and fflate is never loaded. For Node callers that always pass zlib's (the command, the
 * batch workers, the service), which then start faster.
 */
export * from "./api.js";
export { type RenderDocxCoreOptions, renderDocx, renderDocxSync } from "./render.js";
