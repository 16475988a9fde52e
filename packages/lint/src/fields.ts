import { isInitiative, isTable, type Report, walkSections } from "@gongwen/schema";
import type { ModelPath, TextField } from "./types.js";

/** Gives the text of a field as written in the source, when known (meta dates are stored as ISO). */
export type RawText = (path: ModelPath) => string | undefined;

const NAME_FIELDS = ["org", "signature", "letterheadName", "recipients", "issuer", "note"] as const;

/**
 * Every text field of a report in reading order: meta first, then the opening, the sections
 * (title, content, subsections) and the closing. Meta dates are given as written in the source
 * when `raw` knows it (the model keeps them as ISO dates).
 */
export function textFields(report: Report, raw?: RawText): TextField[] {
  const out: TextField[] = [];
  const { meta, body } = report;
  out.push({ path: ["meta", "title"], text: meta.title, kind: "title" });
  for (const key of NAME_FIELDS) {
    const value = meta[key];
    if (value !== undefined) out.push({ path: ["meta", key], text: value, kind: "name" });
  }
  if (meta.docNumber !== undefined) out.push({ path: ["meta", "docNumber"], text: meta.docNumber, kind: "docNumber" });
  for (const key of ["date", "issueDate"] as const) {
    const value = meta[key];
    if (value === undefined) continue;
    const path = ["meta", key];
    out.push({ path, text: raw?.(path) ?? value, kind: "date" });
  }
  for (const key of ["cc", "attachments"] as const) {
    meta[key]?.forEach((text, i) => {
      out.push({ path: ["meta", key, i], text, kind: "name" });
    });
  }
  const disclosure = meta.disclosure;
  if (disclosure?.indexNo !== undefined) {
    out.push({ path: ["meta", "disclosure", "indexNo"], text: disclosure.indexNo, kind: "code" });
  }
  for (const key of ["category", "publisher"] as const) {
    const value = disclosure?.[key];
    if (value !== undefined) out.push({ path: ["meta", "disclosure", key], text: value, kind: "name" });
  }

  body.opening.forEach((text, i) => {
    out.push({ path: ["body", "opening", i], text, kind: "paragraph" });
  });
  walkSections(report, ({ section, level, path }) => {
    out.push({ path: [...path, "title"], text: section.title, kind: "heading", level });
    section.content.forEach((block, j) => {
      const at = [...path, "content", j];
      if (typeof block === "string") {
        out.push({ path: at, text: block, kind: "paragraph" });
      } else if (isTable(block)) {
        const { caption, header, rows } = block.table;
        if (caption !== undefined) out.push({ path: [...at, "table", "caption"], text: caption, kind: "caption" });
        header.forEach((text, c) => {
          out.push({ path: [...at, "table", "header", c], text, kind: "cell" });
        });
        rows.forEach((row, r) => {
          row.forEach((text, c) => {
            out.push({ path: [...at, "table", "rows", r, c], text, kind: "cell" });
          });
        });
      } else if (isInitiative(block)) {
        if (block.lead !== undefined) out.push({ path: [...at, "lead"], text: block.lead, kind: "lead" });
        if (block.text !== undefined) {
          out.push({ path: [...at, "text"], text: block.text, kind: "text", afterLead: block.lead !== undefined });
        }
      }
    });
  });
  body.closing.forEach((text, i) => {
    out.push({ path: ["body", "closing", i], text, kind: "paragraph" });
  });
  return out;
}

/** A path as a map key. */
export function pathKey(path: readonly (string | number)[]): string {
  return path.join("\u0000");
}
