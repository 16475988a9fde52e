// Fuzzing the structure of inputs (issue 13): random nesting, random repetition of markup
// characters, random zip entries and sizes. The property for every reader: a model or a
// ReportError whose problems are all located, within bounded time — no other exception.
import { lintText } from "@gongwen/lint";
import { parseMarkdown } from "@gongwen/render-md";
import { loadReportYaml, ReportError } from "@gongwen/schema";
import fc from "fast-check";
import { strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { unzipBounded, ZipLimitError } from "../src/bounded-unzip.js";
import { importReport, importText } from "../src/index.js";
import { minimalDocx } from "./helpers/docx.js";

const FRONT =
  "---\norg: 青溪县林业局\nyear: 2023\ndate: 2024-01-09\nkind: summary\n---\n\n# 青溪县林业局2023年工作总结\n\n## 一、造林\n\n";

/** A run of one markup piece repeated up to thousands of times, or a piece of report text. */
const markupRun = fc.tuple(
  fc.constantFrom(
    "*",
    "**",
    "_",
    "a*",
    "*a ",
    " a*",
    "[",
    "](",
    ")",
    "<a ",
    ">",
    "`",
    "|",
    "~~",
    "- ",
    "> ",
    "1. ",
    "  ",
    "\n",
    "\n\n",
    "甲。",
    "一是",
    "# ",
  ),
  fc.integer({ min: 1, max: 3000 }),
);
const markup = fc.array(markupRun, { maxLength: 6 }).map((runs) => runs.map(([piece, n]) => piece.repeat(n)).join(""));

/** YAML nested at random: block lists, flow lists and mappings, indentation stairs. */
const nesting = fc.array(
  fc.tuple(fc.constantFrom("- ", "[", "{a: ", "  ", "\n", "- - ", "a:\n", "]", "}"), fc.integer({ min: 1, max: 400 })),
  { maxLength: 5 },
);

/** Every problem is located at a line. */
function located(error: unknown): void {
  if (!(error instanceof ReportError)) throw error;
  for (const p of error.problems) expect(p.line).toBeGreaterThanOrEqual(1);
}

function within(work: () => unknown): void {
  const start = performance.now();
  try {
    work();
  } catch (error) {
    located(error);
  }
  // A bound for the whole run, far above what a linear reader needs on these few hundred KB.
  expect(performance.now() - start).toBeLessThan(15_000);
}

describe("structure fuzzing: a model or a located problem, within bounded time", () => {
  it("Markdown with random nesting and repeated markup", () => {
    fc.assert(
      fc.property(markup, (body) => {
        within(() => parseMarkdown(FRONT + body));
        within(() => importText(FRONT + body, { format: "markdown" }));
        within(() => lintText(FRONT + body, { format: "markdown" }));
      }),
      { numRuns: 25 },
    );
  });

  it("YAML nested at random, in a report and in a front matter", () => {
    fc.assert(
      fc.property(nesting, (runs) => {
        const deep = runs.map(([piece, n]) => piece.repeat(n)).join("");
        within(() => loadReportYaml(`meta:\n  org: ${deep}\n`));
        within(() => loadReportYaml(deep));
        within(() => parseMarkdown(`---\n${deep}\n---\n\n# 标题\n`));
      }),
      { numRuns: 40 },
    );
  });

  it("pasted text with repeated markup and lost line breaks", () => {
    fc.assert(
      fc.property(markup, (body) =>
        within(() => importText(`青溪县林业局2023年工作总结\n${body}`, { format: "text" })),
      ),
      { numRuns: 25 },
    );
  });

  it("DOCX packages with random entries and sizes", async () => {
    const base = unzipSync(minimalDocx([{ text: "青溪县林业局2023年工作总结" }, { text: "正文。" }]));
    const entry = fc.tuple(
      fc.constantFrom("word/document.xml", "docProps/custom.xml", "word/styles.xml", "x/extra.xml", "word/media/a.png"),
      fc.constantFrom("zeros", "xml", "junk"),
      fc.integer({ min: 0, max: 2_000_000 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { maxLength: 4 }), fc.constantFrom(0, 1, 9), async (entries, level) => {
        const parts: Record<string, Uint8Array> = { ...base };
        for (const [name, kind, size] of entries) {
          parts[name] =
            kind === "zeros"
              ? new Uint8Array(size)
              : kind === "xml"
                ? strToU8(`<a>${"<b>".repeat(size % 5000)}</a>`)
                : strToU8("x".repeat(size % 10000));
        }
        const bytes = zipSync(parts, { level: level as 0 | 1 | 9 });
        const start = performance.now();
        await importReport(bytes, { format: "docx" }).catch(located);
        expect(performance.now() - start).toBeLessThan(15_000);
        // With small limits, the unzip either fits within them or stops with a ZipLimitError.
        try {
          const out = unzipBounded(bytes, () => true, { partBytes: 100_000, totalBytes: 300_000, entries: 6 });
          const sizes = Object.values(out).map((part) => part.length);
          expect(Math.max(0, ...sizes)).toBeLessThanOrEqual(100_000);
          expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(300_000);
        } catch (error) {
          expect(error).toBeInstanceOf(ZipLimitError);
        }
      }),
      { numRuns: 20 },
    );
  });
});
