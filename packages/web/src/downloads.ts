import { renderDocx } from "@gongwen/render-docx";
import { renderHtml } from "@gongwen/render-html";
import { renderMarkdown } from "@gongwen/render-md";
import type { Report } from "@gongwen/schema";
import { docxOptions } from "./profiles.js";
import type { Settings } from "./storage.js";

/** The file name of a download: the report's title (characters Windows refuses taken out) and the extension. */
export function downloadName(report: Report | undefined, extension: string): string {
  const base = (report?.meta.title ?? "报告").replace(/[\\/:*?"<>|\s]+/g, "").slice(0, 80) || "报告";
  return `${base}.${extension}`;
}

/** Hands a file to the browser's download, made in the page (a blob: URL; nothing is uploaded). */
export function saveFile(name: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The DOCX of the report, rendered in the browser with the chosen profile. */
export async function downloadDocx(report: Report, settings: Settings): Promise<void> {
  const bytes = await renderDocx(report, docxOptions(settings));
  saveFile(
    downloadName(report, "docx"),
    bytes as BlobPart,
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  );
}

/** The report in gongwen's Markdown dialect. */
export function downloadMarkdown(report: Report): void {
  saveFile(downloadName(report, "md"), renderMarkdown(report), "text/markdown;charset=utf-8");
}

/**
 * The portal HTML (render-html's `portal` flavour): the `<article>` a web editor pastes into the
 * government portal's editor, alignments as inline styles, no style sheet.
 */
export function downloadPortalHtml(report: Report): void {
  saveFile(downloadName(report, "html"), renderHtml(report, { flavor: "portal" }), "text/html;charset=utf-8");
}

/** The YAML source as the clerk has it (comments kept), to keep and to edit again later. */
export function downloadYaml(text: string, report: Report | undefined): void {
  saveFile(downloadName(report, "yaml"), text, "application/yaml;charset=utf-8");
}
