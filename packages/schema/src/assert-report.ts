import type { Report } from "./model.js";

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** Why a value is not a parsed Report, or undefined when it has the normalised shape. */
function notParsed(value: unknown): string | undefined {
  if (value === undefined || value === null) return `got ${String(value)}`;
  if (!isObject(value)) return `got ${Array.isArray(value) ? "an array" : `a ${typeof value}`}`;
  const { meta, body } = value;
  if (!isObject(meta) || !isObject(body)) return "it has no meta and body objects";
  if (typeof meta.title !== "string") return "meta.title is not filled in (raw input, before its defaults)";
  if (typeof meta.date !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(meta.date)) return "meta.date is not an ISO date";
  if (!Array.isArray(body.opening) || !Array.isArray(body.closing))
    return "body.opening and body.closing are not lists";
  return undefined;
}

/**
 * Checks that a value is a Report as parseReport returns it (defaults filled in, dates ISO,
 * paragraphs as lists) before a writer lays it out; writers call it first, so a program that
 * passes raw input or `undefined` gets one clear error instead of a crash deep inside.
 * Throws a TypeError naming the writer and telling to call parseReport (or loadReportYaml) first.
 */
export function assertParsedReport(value: unknown, writer: string): asserts value is Report {
  const why = notParsed(value);
  if (why === undefined) return;
  throw new TypeError(
    `${writer}: expects a report returned by parseReport() or loadReportYaml(), but ${why}. ` +
      "Call parseReport(data) first: it validates the data and fills in the defaults every writer relies on.",
  );
}
