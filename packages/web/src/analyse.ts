import { type Diagnostic, lintText, type ParsedSource } from "@gongwen/lint";
import { type Problem, type Report, ReportError } from "@gongwen/schema";

/** A problem of the report's YAML as the editor shows it: a validator problem or a lint diagnostic, at a line and column. */
export interface EditorProblem {
  /** `error` stops the writers (the YAML is not a valid report); lint errors and warnings do not. */
  severity: "error" | "warning";
  /** Where the reader or the rule is: the validator's code or the lint rule's id. */
  source: "validate" | "lint";
  code: string;
  message: string;
  /** The model path the problem is about (the outline form marks the field there). */
  path: readonly (string | number)[];
  /** 1-based line and column in the YAML, when known. */
  line?: number;
  column?: number;
  /** Set for lint diagnostics: the one the fix buttons apply. */
  diagnostic?: Diagnostic;
}

/** What the editor knows about the YAML text: the report when it is valid, and every problem. */
export interface Analysis {
  text: string;
  /** The normalised report; undefined while the YAML is not a valid report. */
  report?: Report;
  /** The parsed source, to turn lint fixes into edits of the YAML. */
  parsed?: ParsedSource;
  problems: EditorProblem[];
}

function fromProblem(p: Problem): EditorProblem {
  const problem: EditorProblem = {
    severity: "error",
    source: "validate",
    code: p.code,
    message: p.message,
    path: p.path,
  };
  if (p.line !== undefined) problem.line = p.line;
  if (p.column !== undefined) problem.column = p.column;
  return problem;
}

function fromDiagnostic(d: Diagnostic): EditorProblem {
  const problem: EditorProblem = {
    severity: d.severity,
    source: "lint",
    code: d.rule,
    message: d.message,
    path: d.path,
    diagnostic: d,
  };
  if (d.line !== undefined) problem.line = d.line;
  if (d.column !== undefined) problem.column = d.column;
  return problem;
}

/**
 * Reads the YAML as `gongwen lint` does: validation problems when it is not a valid report (each
 * at its line and column), otherwise the report and its lint diagnostics. Never throws for the
 * clerk's text.
 */
export function analyse(text: string): Analysis {
  try {
    const result = lintText(text, { format: "yaml", locale: "zh" });
    const { report, source, diagnostics } = result;
    return { text, report, parsed: { report, source }, problems: diagnostics.map(fromDiagnostic) };
  } catch (error) {
    if (error instanceof ReportError) return { text, problems: error.problems.map(fromProblem) };
    return {
      text,
      problems: [{ severity: "error", source: "validate", code: "internal", message: String(error), path: [] }],
    };
  }
}
