/**
 * The media types the service reads and writes, in one place: which content types carry a report
 * (and in which format), which carry an import, and what each output format is sent as.
 */

/** The formats a report is read from. */
export type ReportInputFormat = "json" | "yaml" | "markdown";

/** The formats an import reads. */
export type ImportInputFormat = "text" | "markdown" | "docx";

/** The formats a report is rendered to (`?format=`). */
export type RenderFormat = "docx" | "md" | "html" | "json";

/** The render formats, for messages and the OpenAPI document. */
export const RENDER_FORMATS: readonly RenderFormat[] = ["docx", "md", "html", "json"];

/** The media type of DOCX. */
export const DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Content types of a report, by format (parameters such as `charset` aside). */
export const REPORT_MEDIA_TYPES: Readonly<Record<string, ReportInputFormat>> = {
  "application/json": "json",
  "application/yaml": "yaml",
  "application/x-yaml": "yaml",
  "text/yaml": "yaml",
  "text/x-yaml": "yaml",
  "text/markdown": "markdown",
  "text/x-markdown": "markdown",
};

/** Content types of an import, by format. */
export const IMPORT_MEDIA_TYPES: Readonly<Record<string, ImportInputFormat>> = {
  "text/plain": "text",
  "text/markdown": "markdown",
  "text/x-markdown": "markdown",
  [DOCX_MEDIA_TYPE]: "docx",
  "application/octet-stream": "docx",
};

/** What each render format is sent as: its content type and file extension. */
export const OUTPUT_TYPES: Readonly<Record<RenderFormat, { type: string; extension: string }>> = {
  docx: { type: DOCX_MEDIA_TYPE, extension: "docx" },
  md: { type: "text/markdown; charset=utf-8", extension: "md" },
  html: { type: "text/html; charset=utf-8", extension: "html" },
  json: { type: "application/json; charset=utf-8", extension: "json" },
};

/** The media type of a Content-Type header without its parameters, lower case. */
export function mediaTypeOf(header: string | undefined): string {
  return (header ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}
