import { outsideGb2312, type Report } from "@gongwen/schema";
import type { FontRole, Profile } from "./profile/types.js";

/** Fonts that hold GB 2312 only: the `_GB2312` family and 方正's 简体 fonts (方正小标宋简体). */
const GB2312_ONLY = /_GB2312$|^方正.*简体$/u;

/** The roles whose fonts set the report's text (not the page numbers' digits, not Latin). */
const TEXT_ROLES: readonly FontRole[] = ["title", "body", "heading1", "heading2", "heading3", "heading4", "letterhead"];

/** The built-in profile suggested when the fonts lack characters: the same layout, GBK fonts. */
export const GBK_PROFILE = "gbt9704Gbk";

/** Where a character stands: the model path of its field and its UTF-16 offset there. */
export interface TextPlace {
  /** `["meta", "signature"]`, `["body", "sections", 0, "content", 2]` … */
  path: (string | number)[];
  index: number;
}

/** A character the profile's fonts cannot show, and every place it stands in the report. */
export interface FontCoverageWarning {
  char: string;
  places: TextPlace[];
  /** The profile's fonts that lack it (`仿宋_GB2312` …). */
  fonts: string[];
}

function visit(value: unknown, path: (string | number)[], out: (text: string, path: (string | number)[]) => void) {
  if (typeof value === "string") out(value, path);
  else if (Array.isArray(value)) {
    value.forEach((item, i) => {
      visit(item, [...path, i], out);
    });
  } else if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) visit(inner, [...path, key], out);
  }
}

/**
 * The characters of a report that the profile's fonts cannot show: when a text role is set in a
 * GB 2312-only font (仿宋_GB2312, 楷体_GB2312, 方正小标宋简体), every East Asian character of the
 * report outside GB 2312 (喆, 堃, 昇 …) — Word would set it in another font — with every place it
 * stands, in the order of the report. Empty when the profile's fonts cover GBK (gbt9704Gbk,
 * fangzhengGbk): the caller suggests GBK_PROFILE.
 */
export function fontCoverage(report: Report, profile: Profile): FontCoverageWarning[] {
  const fonts = [...new Set(TEXT_ROLES.map((role) => profile.fonts[role].name).filter((n) => GB2312_ONLY.test(n)))];
  if (fonts.length === 0) return [];
  // Most reports have no such character: one look over the whole report as JSON (written natively;
  // keys are ASCII, texts unescaped) says so without walking it. A lone surrogate, escaped there,
  // is looked for the long way.
  const json = JSON.stringify(report);
  if (outsideGb2312(json).length === 0 && !json.includes("\\ud")) return [];
  const found = new Map<string, FontCoverageWarning>();
  visit(report, [], (text, path) => {
    for (const { char, index } of outsideGb2312(text)) {
      const warning = found.get(char) ?? { char, places: [], fonts };
      warning.places.push({ path, index });
      found.set(char, warning);
    }
  });
  return [...found.values()];
}
