import {
  type Locale,
  type Locator,
  type Position,
  type Report,
  ReportError,
  safeParseReport,
  sortProblems,
  sourceLengthProblem,
  yamlDepthProblem,
  yamlLocator,
} from "@gongwen/schema";
import { LineCounter, parseDocument } from "yaml";
import { say } from "./locale.js";

/** Where JSON.parse stopped (`… at position 21`), as a line and column; the end of the text when it does not say. */
function syntaxErrorPosition(message: string, text: string): Position {
  const match = /position (\d+)/.exec(message);
  const offset = match ? Math.min(Number(match[1]), text.length) : text.length;
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/**
 * Reads the JSON text of a report (as OA systems send it) and validates it. Every problem is
 * located at its `line:column` in the JSON, as for YAML; a syntax error is reported where
 * JSON.parse stopped. Problems are thrown as a ReportError. `data` is the parsed JSON as written.
 */
export function parseJsonReport(
  text: string,
  fileName: string,
  locale: Locale,
): { report: Report; locate: Locator; data: unknown } {
  // The limits first: the YAML parser that locates paths below recurses once per level.
  const beyond = sourceLengthProblem(text, locale) ?? yamlDepthProblem(text, locale);
  if (beyond) throw new ReportError([{ ...beyond, file: fileName }], locale);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = (error as Error).message;
    const message = say(
      locale,
      "JSON 语法错误：这里不符合 JSON 的写法（常见原因：多了或少了逗号、字段名没有加双引号、括号不配对）。",
      `JSON syntax error: ${detail}`,
    );
    const position = syntaxErrorPosition(detail, text);
    throw new ReportError([{ code: "json_syntax", path: [], message, file: fileName, ...position }], locale);
  }
  // JSON is YAML too: the YAML parser finds where each path of the model is written.
  const lineCounter = new LineCounter();
  const locate = yamlLocator(parseDocument(text, { lineCounter }), lineCounter);
  const result = safeParseReport(data, { locale });
  if (!result.success) {
    const problems = result.problems.map((p) => ({
      ...p,
      file: fileName,
      ...locate(p.path, { key: p.code === "unrecognized_keys" }),
    }));
    throw new ReportError(sortProblems(problems), locale);
  }
  return { report: result.report, locate, data };
}
