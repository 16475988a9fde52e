import type { Report } from "@gongwen/schema";
import { fflateDeflateRaw } from "./package/fflate-deflate.js";
import { type RenderDocxOptions, renderDocxSync as renderWith } from "./render.js";

/**
 * The DOCX of a report, laid out to GB/T 9704-2012 (or the given profile), as the bytes of the
 * file. Works the same in Node and in browsers. See renderDocxSync for the synchronous form.
 * Throws a TypeError when given anything but a parsed report (see assertParsedReport).
 */
export async function renderDocx(report: Report, options: RenderDocxOptions = {}): Promise<Uint8Array> {
  return renderDocxSync(report, options);
}

/**
 * The DOCX of a report, synchronously, zipped with `options.deflateRaw` or, by default, fflate's
 * DEFLATE. `@gongwen/render-docx/core` has the same writer without that default, so a caller that
 * always passes its own compressor never loads fflate.
 */
export function renderDocxSync(report: Report, options: RenderDocxOptions = {}): Uint8Array {
  return renderWith(report, { ...options, deflateRaw: options.deflateRaw ?? fflateDeflateRaw });
}
