/**
 * The HTML page flavour printed by Debian's Chromium (headless) pages like the DOCX laid out by
 * LibreOffice: for every example and every render-docx fixture the page counts differ by at most
 * one (the one page Chromium may save: it does not insert the blank page `break-before: left` asks
 * for before an even-page 版记), and every page but the 版记's carries its `— N —` number.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderDocxSync } from "@gongwen/render-docx";
import { renderHtml } from "@gongwen/render-html";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { convertToPdf, FONTS_CONF, requireTool } from "../packages/render-docx/test/helpers/libreoffice.js";
import { allReports, loadYaml } from "../packages/render-docx/test/helpers/reports.js";

const reports = allReports();
let dir = "";

/** Prints an HTML file to PDF with headless Chromium and the project's font mapping. */
function printToPdf(html: string, pdf: string): void {
  execFileSync(
    "chromium",
    [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      `--user-data-dir=${join(dir, "chromium")}`,
      "--no-pdf-header-footer",
      `--print-to-pdf=${pdf}`,
      `file://${html}`,
    ],
    { env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF }, stdio: "pipe", timeout: 120_000 },
  );
}

/** The text of each page of a PDF (poppler's pdftotext, pages split at form feeds). */
function pages(pdf: string): string[] {
  return execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).split("\f").slice(0, -1);
}

beforeAll(() => {
  requireTool("chromium", "Chromium prints the HTML page to PDF");
  requireTool("soffice", "LibreOffice converts the DOCX to PDF");
  requireTool("pdftotext", "poppler-utils reads the PDFs");
  dir = mkdtempSync(join(tmpdir(), "gongwen-html-print-"));
  const docx: string[] = [];
  for (const { name, path } of reports) {
    const report = loadYaml(path);
    writeFileSync(join(dir, `${name}.html`), renderHtml(report, { flavor: "page" }));
    printToPdf(join(dir, `${name}.html`), join(dir, `${name}.html.pdf`));
    docx.push(join(dir, `${name}.docx`));
    writeFileSync(join(dir, `${name}.docx`), renderDocxSync(report));
  }
  convertToPdf(docx, dir, join(dir, "profile"));
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the HTML page printed by Chromium", () => {
  for (const { name, path } of reports) {
    it(`${name}: as many pages as the DOCX (±1), numbered — N — but the 版记's page`, () => {
      const html = pages(join(dir, `${name}.html.pdf`));
      const docx = pages(join(dir, `${name}.pdf`));
      expect(
        Math.abs(html.length - docx.length),
        `${html.length} HTML pages, ${docx.length} DOCX pages`,
      ).toBeLessThanOrEqual(1);
      expect(html.length).toBeGreaterThan(1);
      const report = loadYaml(path);
      const colophon = Boolean(report.meta.cc?.length || report.meta.issuer || report.meta.issueDate);
      html.forEach((page, i) => {
        const number = new RegExp(`—\\s*${i + 1}\\s*—`);
        const numbered = number.test(page);
        const isColophon = colophon && i === html.length - 1;
        expect(numbered, `page ${i + 1}`).toBe(!isColophon);
      });
      expect(html[0]).toContain(report.meta.title.slice(0, 6));
    });
  }
});
