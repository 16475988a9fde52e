/** Renders many DOCX, converts them in one LibreOffice run and reads back every PDF's pages. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { convertToPdf, requireTool } from "./libreoffice.js";
import { type Page, readPdfPages } from "./pdf-words.js";

/** One document of a batch: a file name (no extension) and its bytes. */
export interface BatchDocument {
  name: string;
  bytes: Uint8Array;
}

/**
 * The pages of every document as LibreOffice lays them out, by name. One `soffice` process
 * converts the whole batch (starting LibreOffice costs more than converting a short document).
 * Set GONGWEN_KEEP_PDF to a folder to keep the DOCX and PDF files there for a look by eye.
 */
export function layOut(documents: readonly BatchDocument[]): Map<string, Page[]> {
  requireTool("soffice", "LibreOffice converts the DOCX to PDF");
  requireTool("pdftotext", "poppler-utils measures the PDF");
  const keep = process.env.GONGWEN_KEEP_PDF;
  const dir = keep || mkdtempSync(join(tmpdir(), "gongwen-batch-"));
  try {
    const files = documents.map(({ name, bytes }) => {
      const file = join(dir, `${name}.docx`);
      writeFileSync(file, bytes);
      return file;
    });
    convertToPdf(files, dir, join(dir, "profile"));
    return new Map(documents.map(({ name }) => [name, readPdfPages(join(dir, `${name}.pdf`))]));
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}
