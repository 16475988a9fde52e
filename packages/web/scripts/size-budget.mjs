/**
 * The editor's size budget, in bytes, checked by `pnpm --filter @gongwen/web build` (report-sizes.mjs)
 * and by test/single-file.test.ts. Most of it is the readers and writers the editor runs in the
 * page (mammoth and its zip reader, docx, remark, zod, CodeMirror); raise it only on purpose.
 */
export const SIZE_BUDGET = {
  /** dist/single/index.html: everything inlined. */
  singleFile: 2_000_000,
  /** dist/site: every file of the static site together. */
  site: 2_000_000,
};
