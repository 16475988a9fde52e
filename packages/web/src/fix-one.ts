import { applyEdits, type Diagnostic, type ParsedSource, textFields } from "@gongwen/lint";

const key = (path: readonly (string | number)[]) => path.join("\u0001");

/**
 * The YAML text with one lint fix made, as the minimal edit of the source that `gongwen lint --fix`
 * would make for it (comments, quoting and `|` blocks untouched); undefined when the diagnostic
 * has no fix or the source cannot take it safely.
 */
export function applyOneFix(text: string, parsed: ParsedSource, diagnostic: Diagnostic): string | undefined {
  const { fix } = diagnostic;
  if (!fix) return undefined;
  const field = textFields(parsed.report, (p) => parsed.source.raw(p)).find(
    (f) => key(f.path) === key(diagnostic.path),
  );
  if (!field) return undefined;
  const edit = parsed.source.edit(diagnostic.path, field.text, fix);
  return edit ? applyEdits(text, [edit]) : undefined;
}
