/**
 * No text can inject markup: for any valid report, the HTML holds exactly the elements the
 * report's shape calls for (the same as for the same report with every text replaced by a plain
 * one), every `&` starts one of the writer's five entities, and every text comes back, unescaped,
 * where it was written.
 */
import { parseReport, type Report } from "@gongwen/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reportInput } from "../../render-md/test/arbitraries.js";
import { HTML_FLAVORS, renderHtml } from "../src/index.js";

const TAG = /<\/?([a-zA-Z0-9!]+)/g;
const tagsOf = (html: string) => [...html.matchAll(TAG)].map((m) => m[0]);

/** The same report with every text of the body and meta replaced by one plain character. */
function plain(report: Report): Report {
  const swap = (value: unknown, key?: string): unknown => {
    if (typeof value === "string") {
      return key && ["date", "issueDate", "kind", "planName", "openness", "style"].includes(key) ? value : "甲";
    }
    if (Array.isArray(value)) return value.map((v) => swap(v));
    if (value && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, swap(v, k)]));
    }
    return value;
  };
  return swap(report) as Report;
}

const decode = (html: string) =>
  html
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

describe("renderHtml escapes every text", () => {
  for (const flavor of HTML_FLAVORS) {
    it(`${flavor}: no text opens an element, an attribute or an entity`, () => {
      fc.assert(
        fc.property(reportInput, fc.boolean(), (input, disclosureTable) => {
          const report = parseReport(input);
          const html = renderHtml(report, { flavor, disclosureTable, sourcePaths: true });
          expect(tagsOf(html)).toEqual(
            tagsOf(renderHtml(plain(report), { flavor, disclosureTable, sourcePaths: true })),
          );
          expect(html.replace(/&(amp|lt|gt|quot|#39);/g, "")).not.toContain("&");
          const text = decode(html.replace(/<[^>]*>/g, ""));
          expect(text).toContain(report.meta.title);
          for (const paragraph of report.body.opening) expect(text).toContain(paragraph);
        }),
        { numRuns: 150 },
      );
    });
  }

  it("escapes markup, quotes and entities in any text, attribute values included", () => {
    const report = parseReport({
      meta: {
        org: `<script>alert("x")</script>`,
        year: 2023,
        date: "2024-01-09",
        title: `a"b'c&amp;<img src=x onerror=1>`,
      },
      body: { opening: "<b>不加粗</b>&lt;", summary: { title: "</h2><h2>" }, plan: {} },
    });
    const html = renderHtml(report, { flavor: "page" });
    expect(html).not.toMatch(/<script|<img|<b>|<\/h2><h2>/);
    expect(html).toContain("<title>a&quot;b&#39;c&amp;amp;&lt;img src=x onerror=1&gt;</title>");
    expect(html).toContain("&lt;b&gt;不加粗&lt;/b&gt;&amp;lt;");
  });
});
