/**
 * Layout through LibreOffice: every example report (examples/*.yaml) and the package's fixtures
 * are rendered, converted to PDF once, and measured with `pdftotext -bbox`. A failure here means
 * the DOCX would not lay out to GB/T 9704 in an office suite, whatever its XML says.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatChineseDate } from "@gongwen/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasColophon } from "../src/blocks/colophon.js";
import { gbt9704, geometryOf, renderDocxSync } from "../src/index.js";
import { estimateTextEnd } from "../src/page-estimate.js";
import { convertToPdf, FONTS_CONF, requireTool } from "./helpers/libreoffice.js";
import { type Line, type Page, readPdfPages } from "./helpers/pdf-words.js";
import { allReports, loadYaml } from "./helpers/reports.js";

/** The type area of gbt9704 in millimetres from the paper's top-left corner. */
const AREA = { left: 28, right: 184, top: 37, bottom: 262, width: 156 };
/** The line pitch: 579 twips. */
const PITCH = (579 / 20) * (25.4 / 72);
/** One 四号 character (page numbers are one in from the edge). */
const PAGE_NUMBER_CHAR = 14 * (25.4 / 72);
/** One 四号 character of the 版记 (抄送 and 印发机关 are one in from the left). */
const COLOPHON_CHAR = 14 * (25.4 / 72);
const FULL_WIDTH = /^[\u3000-\u303f\u4e00-\u9fff\uff01-\uff5e]+$/u;
const HEADING_START = /^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.|（\d+）)/u;
/** Punctuation LibreOffice (like Word) lets hang into the right margin rather than start a line with it. */
const HANGING = /[，。、；：？！）”’》]$/u;

/** Where the middle of a line's em box lies: poppler's boxes are 1.3 × the size, 0.95 of it above the baseline. */
const emMiddle = (line: Line) =>
  line.words[0] ? line.words.reduce((s, w) => s + w.y0, 0) / line.words.length + line.height * (0.57 / 1.3) : 0;
const isBodySize = (line: Line) => Math.abs(line.height - 16 * 1.3 * (25.4 / 72)) < 0.3;
const isTableSize = (line: Line) => Math.abs(line.height - 14 * 1.3 * (25.4 / 72)) < 0.3;

interface Measured {
  name: string;
  letterhead: boolean;
  colophon: boolean;
  pages: Page[];
}

const reports = allReports();
/** Full lines of Chinese text measured, over all reports: the 28-character test must not pass on none. */
let fullLinesChecked = 0;
const measured = new Map<string, Measured>();
let workDir = "";

beforeAll(() => {
  requireTool("soffice", "LibreOffice converts the DOCX to PDF");
  requireTool("pdftotext", "poppler-utils measures the PDF");
  expect(existsSync(FONTS_CONF)).toBe(true);
  workDir = mkdtempSync(join(tmpdir(), "gongwen-layout-"));
  const files: string[] = [];
  for (const { name, path } of reports) {
    const file = join(workDir, `${name}.docx`);
    writeFileSync(file, renderDocxSync(loadYaml(path)));
    files.push(file);
  }
  convertToPdf(files, workDir, join(workDir, "profile"));
  for (const { name, path } of reports) {
    const report = loadYaml(path);
    measured.set(name, {
      name,
      letterhead: report.meta.letterhead && report.meta.docNumber !== undefined,
      colophon: hasColophon(report.meta),
      pages: readPdfPages(join(workDir, `${name}.pdf`)),
    });
  }
}, 180_000);

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

const get = (name: string) => measured.get(name) as Measured;
const bodyLines = (page: Page) => page.lines.filter((l) => emMiddle(l) < AREA.bottom);
const footerLines = (page: Page) => page.lines.filter((l) => emMiddle(l) >= AREA.bottom);

/** Grid rows of a page's lines, counted from its first line: each step is a whole number of pitches. */
function rowsOf(lines: readonly Line[]): number[] {
  const rows: number[] = [];
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    rows.push(
      previous ? (rows[i - 1] as number) + Math.max(1, Math.round((emMiddle(line) - emMiddle(previous)) / PITCH)) : 0,
    );
  });
  return rows;
}

/** True when a page holds only the 版记 (四号 lines, no body text). */
const onlyColophon = (page: Page) => bodyLines(page).every(isTableSize);

/** The pages of text: not blank, not a page of the 版记 alone (a 版记 may share the text's last page). */
function textPages(doc: Measured): Page[] {
  const pages = doc.pages.filter((p) => bodyLines(p).length > 0);
  return doc.colophon && onlyColophon(pages.at(-1) as Page) ? pages.slice(0, -1) : pages;
}

/**
 * Full pages: text flows on to the next page (which does not open with a heading kept with its
 * text, nor is the signature's page, which may take the last lines of the page before along).
 */
function fullPages(doc: Measured): Page[] {
  const pages = textPages(doc);
  return pages.filter((page, i) => {
    const next = pages[i + 1];
    if (!next || i === pages.length - 2 || (i === 0 && doc.letterhead)) return false;
    if (bodyLines(page).some(isTableSize)) return false;
    return !HEADING_START.test(bodyLines(next)[0]?.text ?? "");
  });
}

describe.each(reports.map((r) => r.name))("%s", (name) => {
  it("holds 22 lines on every full page, the title's lines and the blank after it included", () => {
    const doc = get(name);
    for (const page of fullPages(doc)) {
      const rows = rowsOf(bodyLines(page));
      expect({ page: page.number, lines: (rows.at(-1) as number) + 1 }).toEqual({ page: page.number, lines: 22 });
    }
  });

  it("keeps every line on the grid, after tables too", () => {
    for (const page of textPages(get(name)).slice(get(name).letterhead ? 1 : 0)) {
      const lines = bodyLines(page).filter(isBodySize);
      const first = emMiddle(lines[0] as Line);
      for (const line of lines) {
        const steps = (emMiddle(line) - first) / PITCH;
        expect(Math.abs(steps - Math.round(steps)), `page ${page.number}: ${line.text}`).toBeLessThan(0.15);
      }
    }
  });

  it("fits 28 characters on a full line of Chinese text", () => {
    for (const page of textPages(get(name))) {
      const lines = bodyLines(page);
      lines.forEach((line, i) => {
        const next = lines[i + 1];
        const full =
          isBodySize(line) &&
          FULL_WIDTH.test(line.text) &&
          Math.abs(line.x0 - AREA.left) < 0.5 &&
          next !== undefined &&
          Math.abs(next.x0 - AREA.left) < 0.5 &&
          FULL_WIDTH.test(next.text.slice(0, 1));
        if (!full) return;
        fullLinesChecked++;
        const hangs = line.x1 > AREA.right + 1 && HANGING.test(line.text);
        expect({ page: page.number, line: line.text, characters: [...line.text].length - (hangs ? 1 : 0) }).toEqual({
          page: page.number,
          line: line.text,
          characters: 28,
        });
      });
    }
  });

  it("sets the text block 28 mm from the left edge and 37 mm from the top", () => {
    const doc = get(name);
    const pages = textPages(doc).slice(doc.letterhead ? 1 : 0);
    const lefts = pages.flatMap((p) => bodyLines(p).map((l) => l.x0));
    expect(Math.min(...lefts)).toBeCloseTo(AREA.left, 0);
    const rights = pages.flatMap((p) =>
      bodyLines(p)
        .filter((l) => !HANGING.test(l.text))
        .map((l) => l.x1),
    );
    expect(Math.max(...rights)).toBeLessThanOrEqual(AREA.right + 1);
    for (const page of pages) {
      const lines = bodyLines(page);
      const rows = rowsOf(lines);
      // Each line is centred in its grid row: the row's top is its middle less half a pitch.
      const tops = lines.map((line, i) => emMiddle(line) - ((rows[i] as number) + 0.5) * PITCH).sort((a, b) => a - b);
      const top = tops[Math.floor(tops.length / 2)] as number;
      expect({ page: page.number, top: Math.abs(top - AREA.top) <= 1 ? "37±1" : top }).toEqual({
        page: page.number,
        top: "37±1",
      });
    }
  });

  it("numbers pages — N —, odd on the right and even on the left, 7 mm below the type area", () => {
    const doc = get(name);
    for (const page of textPages(doc)) {
      const footer = footerLines(page);
      expect(footer.map((l) => l.text.replace(/\s/g, ""))).toEqual([`—${page.number}—`]);
      const line = footer[0] as Line;
      if (page.number % 2 === 1) expect(line.x1).toBeCloseTo(AREA.right - PAGE_NUMBER_CHAR, 0);
      else expect(line.x0).toBeCloseTo(AREA.left + PAGE_NUMBER_CHAR, 0);
      expect(Math.abs(emMiddle(line) - (AREA.bottom + 7))).toBeLessThanOrEqual(1);
    }
  });

  it("puts the 版记 at the foot of an even last page, numbered only when it holds text, after blank pages only", () => {
    const doc = get(name);
    if (!doc.colophon) {
      expect(doc.pages.at(-1)?.lines.some((l) => l.text.startsWith("抄送"))).toBe(false);
      return;
    }
    const last = doc.pages.at(-1) as Page;
    expect(last.number % 2).toBe(0);
    const lines = bodyLines(last);
    expect(footerLines(last).map((l) => l.text.replace(/\s/g, ""))).toEqual(
      onlyColophon(last) ? [] : [`—${last.number}—`],
    );
    expect(lines.some((l) => l.text.startsWith("抄送：") || l.text.endsWith("印发"))).toBe(true);
    expect(isTableSize(lines.at(-1) as Line)).toBe(true);
    expect(AREA.bottom - emMiddle(lines.at(-1) as Line)).toBeCloseTo(PITCH / 2, 0);
    for (const page of doc.pages.slice(textPages(doc).length, -1)) expect(page.lines).toHaveLength(0);
  });

  it("sets the signature and date on a page that holds text (§7.3.5)", () => {
    const doc = get(name);
    const report = loadYaml((reports.find((r) => r.name === name) as { path: string }).path);
    const date = formatChineseDate(report.meta.date);
    const page = textPages(doc).find((p) => p.lines.some((l) => l.text === date)) as Page;
    expect(page, "no page with the date").toBeDefined();
    const text = bodyLines(page).filter(
      (l) => l.text !== report.meta.signature && l.text !== date && !/^附件|^\d+\.|^（.*）$/.test(l.text),
    );
    expect(text.length, `page ${page.number}`).toBeGreaterThanOrEqual(1);
  });

  it("sets 主送机关 flush left and the 版记's 抄送 and 印发机关 one character in", () => {
    const doc = get(name);
    const report = loadYaml((reports.find((r) => r.name === name) as { path: string }).path);
    const all = doc.pages.flatMap((p) => p.lines);
    if (report.meta.recipients !== undefined) {
      const salutation = all.find((l) => l.text.endsWith("：") && l.text.startsWith(report.meta.recipients as string));
      expect(salutation?.x0).toBeCloseTo(AREA.left, 0);
    }
    if (doc.colophon) {
      const lines = bodyLines(doc.pages.at(-1) as Page);
      const cc = lines.filter((l) => l.text.startsWith("抄送："));
      const issued = lines.filter((l) => l.text.endsWith("印发"));
      expect(cc.length + issued.length).toBeGreaterThan(0);
      for (const line of [...cc, ...issued]) expect(line.x0, line.text).toBeCloseTo(AREA.left + COLOPHON_CHAR, 0);
    }
  });

  it("ends the text where the writer's estimate says, 版头 included (the 版记's placement relies on it)", () => {
    const doc = get(name);
    const report = loadYaml((reports.find((r) => r.name === name) as { path: string }).path);
    const context = { report, profile: gbt9704, geometry: geometryOf(gbt9704), styles: new Set<never>() };
    const estimate = estimateTextEnd(context, { letterhead: doc.letterhead, disclosureTable: false });
    const date = formatChineseDate(report.meta.date);
    const page = textPages(doc).find((p) => p.lines.some((l) => l.text === date)) as Page;
    const lines = bodyLines(page);
    const at = lines.findIndex((l) => l.text === date);
    const last = (report.meta.note !== undefined ? lines[at + 1] : lines[at]) as Line;
    const rows = Math.floor((emMiddle(last) - AREA.top) / PITCH) + 1;
    expect(page.number).toBe(estimate.page);
    expect(rows).toBeGreaterThanOrEqual(estimate.rows);
    expect(rows).toBeLessThanOrEqual(estimate.rows + estimate.slack);
  });

  it("centres the title on the type area", () => {
    const doc = get(name);
    const first = textPages(doc)[0] as Page;
    const title = bodyLines(first).find((l) => l.height > 9) as Line;
    expect((title.x0 + title.x1) / 2).toBeCloseTo(AREA.left + AREA.width / 2, 0);
  });
});

describe("the layout tests", () => {
  it("measured examples with full pages and full lines of Chinese text", () => {
    expect(reports.some((r) => r.name === "qingxi-health-2023")).toBe(true);
    const doc = get("qingxi-health-2023");
    expect(fullPages(doc).length).toBeGreaterThanOrEqual(5);
    expect(fullLinesChecked).toBeGreaterThanOrEqual(20);
  });
});
