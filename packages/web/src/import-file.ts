import { type ImportFormat, type ImportWarning, importReport, reportToYaml } from "@gongwen/import";
import { ReportError } from "@gongwen/schema";

/** What importing a dropped or chosen file gives the editor. */
export type ImportOutcome =
  | { ok: true; yaml: string; warnings: ImportWarning[]; fileName: string }
  | { ok: false; messages: string[]; fileName: string };

/** The importer's format for a file name: .docx, .md/.markdown, anything else as pasted text. */
export function formatOf(fileName: string): ImportFormat | "yaml" {
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".docx")) return "docx";
  if (lower.endsWith(".md") || lower.endsWith(".markdown")) return "markdown";
  if (lower.endsWith(".yaml") || lower.endsWith(".yml")) return "yaml";
  return "text";
}

/**
 * Reads a file the clerk dropped or chose, in the browser: a gongwen YAML as it is, a DOCX,
 * Markdown or text through @gongwen/import (the model as commented YAML, with the importer's
 * warnings). A file that cannot be read gives its problems, in Chinese.
 */
export async function importFile(file: File): Promise<ImportOutcome> {
  const fileName = file.name;
  const format = formatOf(fileName);
  try {
    if (format === "yaml") return { ok: true, yaml: await file.text(), warnings: [], fileName };
    const input = format === "docx" ? new Uint8Array(await file.arrayBuffer()) : await file.text();
    const { report, warnings } = await importReport(input, { format, fileName, locale: "zh" });
    const yaml = reportToYaml(report, { header: [`由 ${fileName} 导入`] });
    return { ok: true, yaml, warnings, fileName };
  } catch (error) {
    const messages =
      error instanceof ReportError
        ? error.problems.map((p) => `${p.line ? `第 ${p.line} 行：` : ""}${p.message}`)
        : [`无法读取这个文件：${(error as Error).message}`];
    return { ok: false, messages, fileName };
  }
}

/** Imports text the clerk pasted (from a portal page or a Word document) as plain text. */
export async function importPasted(text: string): Promise<ImportOutcome> {
  return importFile(new File([text], "粘贴的文字.txt", { type: "text/plain" }));
}
