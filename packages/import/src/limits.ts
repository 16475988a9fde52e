/**
 * The limits of the importer, in one place. No real report comes near them; a file beyond one is
 * refused with a located problem (`docx_too_large`, `input_too_large`) before the work that would
 * hang or exhaust memory starts. The README's "Limits" table lists them.
 */

/** Entries a DOCX package may hold (a Word report has 10–40; images add one each). */
export const MAX_DOCX_ENTRIES = 2000;

/** Bytes one part of a DOCX may inflate to (16 MiB; a 200-page report's document.xml is ~5 MiB). */
export const MAX_DOCX_PART_BYTES = 16 * 1024 * 1024;

/** Bytes all the parts the importer reads may inflate to together (48 MiB). Images are not read. */
export const MAX_DOCX_TOTAL_BYTES = 48 * 1024 * 1024;

/** Compressed bytes fed to the inflater at a time: bounds how far one step can overshoot a limit (×1032 at most). */
export const INFLATE_SLICE_BYTES = 4 * 1024;

/** How deep the elements of a DOCX part's XML may nest (Word nests tables in tables; 30 is a lot). */
export const MAX_XML_DEPTH = 256;

/** Lines (paragraphs) of pasted text or Markdown once lost line breaks are restored: a long report has some 300. */
export const MAX_IMPORT_LINES = 20_000;
