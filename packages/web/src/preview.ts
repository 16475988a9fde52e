import { resolveProfile } from "@gongwen/render-docx";
import { fontStack, pageCss, pageMetrics, renderHtml } from "@gongwen/render-html";
import type { Report } from "@gongwen/schema";
import { docxOptions } from "./profiles.js";
import type { Settings } from "./storage.js";

/** What the pages view needs from the HTML writer: the flow of one report and the rules that lay it out. */
export interface PageFlow {
  /** The `<article class="gongwen">` of the page flavour (with 版头 and 版记). */
  html: string;
  /** pageCss of the profile: fonts with fallbacks, grid, headings, tables, 版头, 版记. */
  css: string;
  /** The line pitch, points (28.95 pt for GB/T 9704): the pages are cut every `lines` pitches. */
  linePitch: number;
  /** Lines per page (22). */
  lines: number;
  /** The CSS font stack of the page numbers (四号 宋体 and its fallbacks). */
  pageNumberFont: string;
}

const ARTICLE = /<article[\s\S]*<\/article>/;

/**
 * The report as the HTML writer's page flavour (`@gongwen/render-html`), with the profile the clerk
 * chose (the same resolved profile the DOCX is rendered with), ready to be cut into pages.
 */
export function pageFlow(report: Report, settings: Settings): PageFlow {
  const profile = resolveProfile(docxOptions(settings).profile);
  const document = renderHtml(report, { flavor: "page", profile, sourcePaths: true });
  return {
    html: ARTICLE.exec(document)?.[0] ?? "",
    css: pageCss(profile),
    linePitch: pageMetrics(profile).linePitch,
    lines: profile.grid.lines,
    pageNumberFont: fontStack(profile, "pageNumber"),
  };
}
