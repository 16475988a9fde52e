import { deflateSync } from "fflate";
import type { DeflateRaw } from "./deflate.js";

/**
 * The main entry's default compressor: fflate's DEFLATE at level 6, portable JavaScript (browsers
 * included). Only `@gongwen/render-docx` loads it; `@gongwen/render-docx/core` takes the caller's.
 * Node callers may pass zlib's instead (`(d) => zlib.deflateRawSync(d)`), several times faster.
 */
export const fflateDeflateRaw: DeflateRaw = (data) => deflateSync(data, { level: 6 });
