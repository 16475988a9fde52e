import type { Report } from "@gongwen/schema";
import { previewHtml } from "./model-preview.js";
import { pageCssVariables } from "./page-geometry.js";
import { pageFonts } from "./profiles.js";
import type { Settings } from "./storage.js";

/** The flow HTML of the pages for a report, from the page flavour of the HTML writer. */
export function pageFlow(report: Report): string {
  return previewHtml(report, { letterhead: report.meta.letterhead });
}

/** The style attribute of the pages: geometry variables and the profile's font stacks. */
export function pageStyle(settings: Settings): string {
  const fonts = pageFonts(settings);
  const vars = Object.entries(fonts).map(
    ([role, stack]) => `--font-${role.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).replace(/(\d)/, "$1")}:${stack}`,
  );
  return `${pageCssVariables()};${vars.join(";")}`;
}
