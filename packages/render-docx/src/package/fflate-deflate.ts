import { deflateSync } from "fflate";
import type { DeflateRaw } from "./deflate.js";

/**
 * The main entry's default compressor: fflate's DEFLATE, portable JavaScript (browsers included),
 * at the level the writer asks for (DEFLATE_LEVEL). Only `@gongwen/render-docx` loads it;
 * `@gongwen/render-docx/core` takes the caller's. Node callers may pass `zlib.deflateRawSync`
 * instead, several times faster.
 */
export const fflateDeflateRaw: DeflateRaw = deflateSync;
