import { parseMarkdownWithSource } from "@gongwen/render-md";
import {
  type Locale,
  type Locator,
  loadReportJsonWithSource,
  loadReportYamlWithSource,
  type Problem,
  type Report,
  ReportError,
} from "@gongwen/schema";
import type { ReportSource } from "../task.js";
import { checkNesting } from "./nesting.js";

/** The name problems carry for the request body (`<请求>:3:9 …`). */
export const BODY_NAME = "<request>";

/** A report read from a request, with the text it was read from and, for YAML and Markdown, where each path is written. */
export interface ReadReport {
  report: Report;
  text: string;
  locate?: Locator;
  /** The JSON as sent, for JSON bodies. */
  data?: unknown;
}

/**
 * Decodes a body as UTF-8, refusing what is not (a GBK file sent as is) with a located problem
 * instead of reading garbage.
 * @throws ReportError
 */
export function decodeBody(body: Uint8Array, locale: Locale): string {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(body);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    const message =
      locale === "en"
        ? "the body is not UTF-8 (GBK, perhaps): send it as UTF-8."
        : "请求内容不是 UTF-8 编码（多半是 GBK）：请以 UTF-8 编码发送。";
    throw new ReportError([{ code: "not_utf8", path: [], message, file: BODY_NAME, line: 1, column: 1 }], locale);
  }
}

/**
 * The text of a report's body: decoded (decodeBody) and, for JSON and YAML, refused when nested
 * deeper than MAX_BODY_NESTING (checkNesting), before any parser sees it.
 * @throws ReportError
 */
export function bodyText(source: ReportSource, locale: Locale): string {
  const text = decodeBody(source.body, locale);
  if (source.format !== "markdown") checkNesting(text, source.format === "yaml", BODY_NAME, locale);
  return text;
}

/** A JSON text parsed once: `{ data }`, or undefined when the text is not valid JSON. */
export type ParsedJson = { data: unknown } | undefined;

/**
 * Parses a JSON body with JSON.parse; undefined when it is not valid JSON (readReportText then
 * reports the syntax error, located).
 */
export function parseJson(text: string): ParsedJson {
  try {
    return { data: JSON.parse(text) };
  } catch {
    return undefined;
  }
}

/**
 * Reads and validates a report from the text of a body (bodyText), in the format its content type
 * names, through the model's readers: JSON with loadReportJsonWithSource, as the CLI reads it (a
 * syntax error and every problem located at its `line:column`; `json`, when the caller has already
 * parsed the text, is not parsed again), YAML and Markdown with theirs.
 * @throws ReportError with every problem at once
 */
export function readReportText(
  text: string,
  format: ReportSource["format"],
  locale: Locale,
  json?: ParsedJson,
): ReadReport {
  switch (format) {
    case "yaml":
      return { text, ...loadReportYamlWithSource(text, BODY_NAME, { locale }) };
    case "markdown":
      return { text, ...parseMarkdownWithSource(text, { fileName: BODY_NAME, locale }) };
    case "json":
      return { text, ...loadReportJsonWithSource(text, BODY_NAME, { locale }, json) };
  }
}

/**
 * Reads and validates the report of a request: its text (bodyText: UTF-8, nesting bounded), then
 * readReportText.
 * @throws ReportError with every problem at once
 */
export function readReport(source: ReportSource, locale: Locale): ReadReport {
  return readReportText(bodyText(source, locale), source.format, locale);
}

/** The problems of a ReportError, or undefined for any other error. */
export function reportProblems(error: unknown): Problem[] | undefined {
  return error instanceof ReportError ? error.problems : undefined;
}
