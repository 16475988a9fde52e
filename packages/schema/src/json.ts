import { LineCounter, parseDocument } from "yaml";
import type { Report } from "./model.js";
import { safeParseReport } from "./parse.js";
import { type Locale, ReportError, sortProblems } from "./problems.js";
import { sourceLengthProblem, yamlDepthProblem } from "./source-limits.js";
import { type Locator, type Position, yamlLocator } from "./yaml.js";

/** A JSON report read by loadReportJsonWithSource: the report, its locator, and the JSON as written. */
export interface LoadedJsonReport {
  report: Report;
  /** Where each path of the model is written (made on first call: locating parses the text again). */
  locate: Locator;
  data: unknown;
}

/** Where JSON.parse stopped (`… at position 21`), as a line and column; the end of the text when it does not say. */
function syntaxErrorPosition(message: string, text: string): Position {
  const match = /position (\d+)/.exec(message);
  const offset = match ? Math.min(Number(match[1]), text.length) : text.length;
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** A locator over JSON text, JSON being YAML: the YAML parser finds where each path is written. */
function jsonLocator(text: string): Locator {
  const lineCounter = new LineCounter();
  return yamlLocator(parseDocument(text, { lineCounter }), lineCounter);
}

/**
 * Reads the JSON text of a report (as OA systems send it) and validates it: the CLI's `.json`
 * input and the service's `application/json` bodies, with the same messages and positions. Every
 * problem is located at its `line:column` in the JSON, as for YAML; a syntax error (`json_syntax`)
 * where JSON.parse stopped. MAX_SOURCE_LENGTH is checked first, MAX_NESTING_DEPTH before the
 * problems are located (JSON.parse needs no bound; the YAML parser that locates does; a valid
 * report is within the model's depth). `parsed` is the text already parsed by the caller (`{ data }`), so it is not parsed twice;
 * a valid report is not located until `locate` is called, so reading one costs a JSON.parse and
 * the model's check.
 * @throws ReportError with every problem at once
 */
export function loadReportJsonWithSource(
  text: string,
  fileName: string,
  options: { locale?: Locale } = {},
  parsed?: { data: unknown },
): LoadedJsonReport {
  const locale = options.locale ?? "zh";
  const tooLong = sourceLengthProblem(text, locale);
  if (tooLong) throw new ReportError([{ ...tooLong, file: fileName }], locale);
  let data: unknown;
  if (parsed) data = parsed.data;
  else {
    try {
      data = JSON.parse(text);
    } catch (error) {
      const detail = (error as Error).message;
      const message =
        locale === "en"
          ? `JSON syntax error: ${detail}`
          : "JSON 语法错误：这里不符合 JSON 的写法（常见原因：多了或少了逗号、字段名没有加双引号、括号不配对）。";
      const position = syntaxErrorPosition(detail, text);
      throw new ReportError([{ code: "json_syntax", path: [], message, file: fileName, ...position }], locale);
    }
  }
  const result = safeParseReport(data, { locale });
  if (!result.success) {
    // The YAML parser that locates the problems recurses once per level: the depth limit first.
    const tooDeep = yamlDepthProblem(text, locale);
    if (tooDeep) throw new ReportError([{ ...tooDeep, file: fileName }], locale);
    const locate = jsonLocator(text);
    const problems = result.problems.map((p) => ({
      ...p,
      file: fileName,
      ...locate(p.path, { key: p.code === "unrecognized_keys" }),
    }));
    throw new ReportError(sortProblems(problems), locale);
  }
  let locator: Locator | undefined;
  const locate: Locator = (path, how) => {
    locator ??= jsonLocator(text);
    return locator(path, how);
  };
  return { report: result.report, locate, data };
}
