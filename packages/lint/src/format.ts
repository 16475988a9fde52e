import type { Locale } from "@gongwen/schema";
import type { Diagnostic } from "./types.js";

/** Where a diagnostic is: `file:line:col`, or `file` with the model path when the line is unknown. */
function where(file: string, d: Diagnostic): string {
  if (d.line !== undefined) return `${file}:${d.line}:${d.column ?? 1}`;
  const path = d.path
    .map((k) => (typeof k === "number" ? `[${k}]` : `.${k}`))
    .join("")
    .replace(/^\./, "");
  return path ? `${file}:${path}` : file;
}

/**
 * One line per diagnostic, `file:line:col rule message`, as compilers print (and editors link);
 * a warning's message starts with 警告 / warning.
 */
export function formatDiagnostic(file: string, d: Diagnostic, locale: Locale = "zh"): string {
  const message = d.messages[locale];
  const marked = d.severity === "warning" ? (locale === "zh" ? `警告：${message}` : `warning: ${message}`) : message;
  return `${where(file, d)} ${d.rule} ${marked}`;
}

/** A diagnostic as a plain JSON object with its file, for `--format json`. */
export function diagnosticJson(file: string, d: Diagnostic, locale: Locale = "zh"): Record<string, unknown> {
  const out: Record<string, unknown> = {
    file,
    rule: d.rule,
    severity: d.severity,
    message: d.messages[locale],
    messages: d.messages,
    path: d.path,
  };
  if (d.line !== undefined) out.line = d.line;
  if (d.column !== undefined) out.column = d.column;
  if (d.start !== undefined) out.start = d.start;
  if (d.end !== undefined) out.end = d.end;
  if (d.excerpt !== undefined) out.excerpt = d.excerpt;
  if (d.fix) out.fix = d.fix;
  return out;
}

/** Counts errors and warnings. */
export function countDiagnostics(diagnostics: readonly Diagnostic[]): {
  errors: number;
  warnings: number;
  fixable: number;
} {
  let errors = 0;
  let warnings = 0;
  let fixable = 0;
  for (const d of diagnostics) {
    if (d.severity === "error") errors++;
    else warnings++;
    if (d.fix) fixable++;
  }
  return { errors, warnings, fixable };
}
