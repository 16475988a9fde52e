import { formatPath, type Report } from "@gongwen/schema";
import type { Attributes } from "./markup.js";
import type { HtmlFlavor } from "./options.js";
import type { PageMetrics } from "./page-metrics.js";
import type { HtmlProfile } from "./profile.js";

/** What every block of the writer reads: the report, the flavour, the layout and its metrics. */
export interface HtmlContext {
  report: Report;
  flavor: HtmlFlavor;
  profile: HtmlProfile;
  metrics: PageMetrics;
  sourcePaths: boolean;
}

/** A path in the model, as renderHtml's `sourcePaths` writes it. */
export type ModelPath = readonly (string | number)[];

/** The `data-path` attribute of a model path when the context asks for source paths. */
export function pathAttribute(context: HtmlContext, path: ModelPath): Attributes {
  return context.sourcePaths ? { "data-path": formatPath(path) } : {};
}

/**
 * A length of `n` body characters in CSS: the page style sheet sets `--gw-char` to the laid-out
 * character (15.75 pt for GB/T 9704); without it (a portal) one em.
 */
export function chars(n: number): string {
  return `calc(${Number(n.toFixed(3))} * var(--gw-char, 1em))`;
}
