import { crc32, deflateRawSync } from "node:zlib";
import { BUILT_IN_PROFILES, type BuiltInProfileName, renderDocxSync } from "@gongwen/render-docx/core";
import { renderHtml } from "@gongwen/render-html";
import { renderMarkdown } from "@gongwen/render-md";
import type { Report } from "@gongwen/schema";
import type { RenderTaskOptions } from "../task.js";

/**
 * Renders a report in the requested format: the DOCX bytes, or the text of Markdown (dialect, or
 * portal without front matter), HTML (page, or portal fragment) or the normalised JSON.
 */
export function renderReport(report: Report, options: RenderTaskOptions): Uint8Array | string {
  const profile = BUILT_IN_PROFILES[(options.profile ?? "gbt9704") as BuiltInProfileName];
  switch (options.format) {
    case "docx":
      return renderDocxSync(report, {
        profile,
        disclosureTable: options.disclosureTable ?? false,
        // zlib's DEFLATE and CRC-32: native, several times faster than the writer's portable defaults.
        deflateRaw: deflateRawSync,
        crc32,
      });
    case "md":
      return renderMarkdown(report, options.flavor === "portal" ? { flavor: "portal" } : {});
    case "html":
      return renderHtml(report, {
        flavor: options.flavor ?? "page",
        disclosureTable: options.disclosureTable ?? false,
        profile,
      });
    case "json":
      return `${JSON.stringify(report, null, 2)}\n`;
  }
}
