import { renderMarkdown } from "@gongwen/render-md";
import { type Initiative, isInitiative, loadReportYaml, type Report, walkSections } from "@gongwen/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importText, renderPlainText, reportToYaml } from "../src/index.js";
import { report, visibleStyles } from "./helpers/arbitraries.js";
import { expectNothingDropped, textLines } from "./helpers/nothing-dropped.js";

/** The initiatives of a report that have a text and no lead, in reading order. */
function leadless(r: Report): Initiative[] {
  const out: Initiative[] = [];
  walkSections(r, ({ section }) => {
    for (const block of section.content) if (isInitiative(block) && block.lead === undefined) out.push(block);
  });
  return out;
}

/** Whether any initiative of a report has a lead. */
function hasLead(r: Report): boolean {
  let found = false;
  walkSections(r, ({ section }) => {
    if (section.content.some((b) => isInitiative(b) && b.lead !== undefined)) found = true;
  });
  return found;
}

describe("round trips over generated reports", () => {
  it("import(renderPlainText(r)) gives back r, without a guess and without dropping a character", () => {
    fc.assert(
      fc.property(report, (r) => {
        const text = renderPlainText(r);
        const result = importText(text, { format: "text" });
        expect(result.report).toEqual(visibleStyles(r));
        // The one guess plain text leaves: an initiative without a lead says so.
        expect(result.warnings.map((w) => w.code)).toEqual(leadless(r).map(() => "lead_not_found"));
        expectNothingDropped(textLines(text), result);
      }),
      { numRuns: 150 },
    );
  });

  it("import(renderMarkdown(r)) gives back r", () => {
    fc.assert(
      fc.property(report, (r) => {
        const result = importText(renderMarkdown(r), { format: "markdown" });
        expect(result.report).toEqual(r);
        expect(result.warnings).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it("Markdown outside the dialect (no front matter) is read by the text rules, and still gives back r", () => {
    fc.assert(
      fc.property(report, (r) => {
        const markdown = renderMarkdown(r).replace(/^---\n[\s\S]*?\n---\n/, "");
        const given = { date: r.meta.date, signature: r.meta.signature };
        const result = importText(markdown, { format: "markdown", meta: given });
        expect(result.report).toEqual(visibleStyles(r));
        // Bold marks every lead; only in a document without any is a missing lead a guess.
        const guessed = hasLead(r) ? [] : leadless(r).map(() => "lead_not_found");
        expect(result.warnings.map((w) => w.code)).toEqual(["markdown_fallback", ...guessed]);
      }),
      { numRuns: 100 },
    );
  });

  it("reportToYaml(r) loads back to r through loadReportYaml", () => {
    fc.assert(
      fc.property(report, (r) => {
        const yaml = reportToYaml(r);
        expect(yaml.split("\n")[0]).toMatch(/^# yaml-language-server: \$schema=/);
        expect(loadReportYaml(yaml)).toEqual(r);
      }),
      { numRuns: 100 },
    );
  });
});
