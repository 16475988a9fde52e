import { deflateRawSync } from "node:zlib";
import { BUILT_IN_PROFILES, type BuiltInProfileName, renderDocxSync } from "@gongwen/render-docx/core";
import { renderHtml } from "@gongwen/render-html";
import { renderMarkdown } from "@gongwen/render-md";
import type { Report } from "@gongwen/schema";
import type { RenderTaskOptions } from "../task.js";

/**
 * zlib's raw DEFLATE (native, several times faster than the writer's portable default): one function
 * for the worker's life, so the writer compresses the parts that repeat between documents once.
 */
const deflateRaw = (data: Uint8Array): Uint8Array => deflateRawSync(data);

/**
 * Renders a report in the requested format: the DOCX bytes, or the text of Markdown (dialect, or
 * portal without front matter), HTML (page, or portal fragment) or the normalised JSON.
 */
export function renderReport(report: Report, options: RenderTaskOptions): Uint8Array | string {
  const profile = BUILT_IN_PROFILES[(options.profile ?? "gbt9704") as BuiltInProfileName];
  switch (options.format) {
    case "docx":
      return renderDocxSync(report, { profile, disclosureTable: options.disclosureTable ?? false, deflateRaw });
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
