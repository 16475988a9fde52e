import type { Position, Report } from "@gongwen/schema";
import { pathKey, textFields } from "./fields.js";
import { lintReport } from "./lint.js";
import { effectiveRules, type LintTextOptions, sourceDiagnostics, withSourceFixes } from "./lint-text.js";
import { type ParsedSource, parseSource } from "./parse-source.js";
import type { SourceEdit } from "./source/source-map.js";
import type { Diagnostic, ModelPath, TextFix } from "./types.js";

/** A fix that was made: which rule, where (before the change), what the source read and reads now. */
export interface AppliedFix {
  rule: string;
  path: ModelPath;
  line?: number;
  column?: number;
  /** The source text replaced. */
  before: string;
  /** The text put in its place. */
  after: string;
  /** The diagnostic's message. */
  message: string;
}

/** What fixText returns. */
export interface FixResult {
  /** The fixed source text (the input when nothing was fixed). */
  text: string;
  /** The fixes made, in the order they were made. */
  applied: AppliedFix[];
  /** What remains to be done by hand, located in the fixed text. */
  diagnostics: Diagnostic[];
  /** The report read from the fixed text. */
  report: Report;
}

/** Passes of fixing: one fix can enable another (a comma made full-width, then the space after it). */
const MAX_PASSES = 6;

interface Candidate {
  diagnostic: Diagnostic & { fix: TextFix };
  edit: SourceEdit;
  text: string;
}

/** Applies non-overlapping source edits. */
export function applyEdits(text: string, edits: readonly SourceEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.from - b.from || a.to - b.to);
  let out = "";
  let at = 0;
  for (const edit of sorted) {
    out += text.slice(at, edit.from) + edit.text;
    at = edit.to;
  }
  return out + text.slice(at);
}

/** Keeps edits that do not touch each other (the rest waits for the next pass). */
function nonOverlapping(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.edit.from - b.edit.from || a.edit.to - b.edit.to);
  const out: Candidate[] = [];
  let lastTo = -1;
  let lastWasInsert = false;
  for (const c of sorted) {
    const insert = c.edit.from === c.edit.to;
    if (c.edit.from < lastTo) continue;
    if (c.edit.from === lastTo && (insert || lastWasInsert)) continue;
    out.push(c);
    lastTo = c.edit.to;
    lastWasInsert = insert;
  }
  return out;
}

function applyTextFixes(text: string, fixes: TextFix[]): string {
  let out = text;
  for (const fix of [...fixes].sort((a, b) => b.start - a.start))
    out = out.slice(0, fix.start) + fix.text + out.slice(fix.end);
  return out;
}

/**
 * Whether two texts are the same but for spaces next to a character that is not ASCII, or at
 * either end: a fix that makes a mark full-width also takes away the space the model put where
 * a line of a `|` block ended in the half-width mark (`…公里),` + `1-9月…`), and a text that
 * ended in invisible characters loses the space before them. Such spaces carry no meaning.
 */
function sameUpToJoins(a: string, b: string): boolean {
  const squeeze = (t: string) => t.replace(/\s+(?=[^\s -~])|(?<=[^\s -~])\s+/g, "").trim();
  return squeeze(a) === squeeze(b);
}

function setAt(target: unknown, path: ModelPath, value: string): void {
  let node = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = value;
}

/**
 * Checks that a pass did what its fixes say and nothing else: the report read back equals the
 * old report with the fixes made on the model's texts. Returns the keys of the fields that came
 * out differently, or "all" when the structure changed or the text no longer reads.
 */
function verify(before: ParsedSource, after: ParsedSource | undefined, chosen: Candidate[]): Set<string> | "all" {
  if (!after) return "all";
  const fixesByField = new Map<string, TextFix[]>();
  for (const c of chosen) {
    const key = pathKey(c.diagnostic.path);
    fixesByField.set(key, [...(fixesByField.get(key) ?? []), c.diagnostic.fix]);
  }
  const oldFields = textFields(before.report, (p) => before.source.raw(p));
  const newFields = textFields(after.report, (p) => after.source.raw(p));
  if (oldFields.length !== newFields.length) return "all";
  const expected: Report = JSON.parse(JSON.stringify(before.report));
  const bad = new Set<string>();
  oldFields.forEach((field, i) => {
    const next = newFields[i];
    const key = pathKey(field.path);
    if (!next || pathKey(next.path) !== key) {
      bad.add(key);
      return;
    }
    const fixes = fixesByField.get(key);
    const want = fixes ? applyTextFixes(field.text, fixes) : field.text;
    // Spaces around the fix may go with it, unless taking spaces out is what the fix is for.
    const spacing = fixes?.some((f) => f.end > f.start && !/\S/.test(field.text.slice(f.start, f.end)));
    const joins = fixes !== undefined && !spacing && sameUpToJoins(next.text, want);
    if (next.text !== want && !joins) bad.add(key);
    if (fixes && field.kind !== "date") setAt(expected, field.path, joins ? next.text : want);
  });
  if (bad.size > 0) return bad;
  return JSON.stringify(expected) === JSON.stringify(after.report) ? bad : "all";
}

function fine(result: Set<string> | "all"): boolean {
  return result !== "all" && result.size === 0;
}

function tryParse(text: string, options: LintTextOptions): ParsedSource | undefined {
  try {
    return parseSource(text, options.format, options.fileName, options.locale ?? "zh");
  } catch {
    return undefined;
  }
}

function record(c: Candidate, source: string, position: Position | undefined): AppliedFix {
  const out: AppliedFix = {
    rule: c.diagnostic.rule,
    path: c.diagnostic.path,
    before: source.slice(c.edit.from, c.edit.to),
    after: c.edit.text,
    message: c.diagnostic.message,
  };
  if (position) {
    out.line = position.line;
    out.column = position.column;
  }
  return out;
}

/**
 * Makes every safe fix in a YAML or Markdown report and returns the new text, what was changed
 * and what remains. Fixes are minimal edits of the source (comments, key order, quoting, block
 * style, Markdown layout untouched), made in passes until nothing more can be fixed; each pass
 * is read back and checked to have changed exactly the characters its fixes name — a fix that
 * would do anything else is not made. Throws the reader's ReportError when the input is not a
 * valid report.
 */
export function fixText(input: string, options: LintTextOptions): FixResult {
  const locale = options.locale ?? "zh";
  const { rules, problems } = effectiveRules(input, options);
  let text = input;
  let parsed = parseSource(text, options.format, options.fileName, locale);
  const applied: AppliedFix[] = [];
  const idOf = (d: Diagnostic) => `${d.rule}\u0001${pathKey(d.path)}\u0001${d.start ?? ""}`;

  for (let pass = 0; pass < MAX_PASSES; pass++) {
    // A fix refused in one pass may be fine in the next (after another fix), so refusals are per pass.
    const refused = new Set<string>();
    const diagnostics = lintReport(parsed.report, { rules, source: parsed.source, locale });
    const texts = fieldTexts(parsed);
    const candidates: Candidate[] = [];
    for (const d of diagnostics) {
      if (!d.fix || refused.has(idOf(d))) continue;
      const fieldText = texts.get(pathKey(d.path));
      if (fieldText === undefined) continue;
      const edit = parsed.source.edit(d.path, fieldText, d.fix);
      if (edit) candidates.push({ diagnostic: d as Candidate["diagnostic"], edit, text: fieldText });
      else refused.add(idOf(d));
    }
    let next: { text: string; parsed: ParsedSource } | undefined;
    let chosen: Candidate[] = [];
    // Each failed attempt refuses at least one fix, so this ends; refused fixes free their place
    // for fixes that touch the same characters.
    for (;;) {
      chosen = nonOverlapping(candidates.filter((c) => !refused.has(idOf(c.diagnostic))));
      if (chosen.length === 0) break;
      const nextText = applyEdits(
        text,
        chosen.map((c) => c.edit),
      );
      const nextParsed = tryParse(nextText, options);
      const bad = verify(parsed, nextParsed, chosen);
      if (bad !== "all" && bad.size === 0 && nextParsed) {
        next = { text: nextText, parsed: nextParsed };
        break;
      }
      const before = refused.size;
      // Each fix of a field that came out wrong is tried alone: one bad fix must not cost its neighbours.
      for (const c of chosen) {
        const suspect = bad === "all" || bad.has(pathKey(c.diagnostic.path));
        if (suspect && !fine(verify(parsed, tryParse(applyEdits(text, [c.edit]), options), [c])))
          refused.add(idOf(c.diagnostic));
      }
      // Fine one by one but not together: in each field that came out wrong the first fix goes
      // now and the others wait for the next pass (failing that, only the very first goes).
      if (refused.size === before) {
        const first = new Set<string>();
        for (const c of chosen) {
          const key = pathKey(c.diagnostic.path);
          if (bad !== "all" && !bad.has(key)) continue;
          if (first.has(key)) refused.add(idOf(c.diagnostic));
          else first.add(key);
        }
      }
      if (refused.size === before) {
        for (const c of chosen.length > 1 ? chosen.slice(1) : chosen) refused.add(idOf(c.diagnostic));
      }
    }
    if (!next) break;
    for (const c of chosen)
      applied.push(record(c, text, parsed.source.position(c.diagnostic.path, c.text, c.diagnostic.fix.start)));
    text = next.text;
    parsed = next.parsed;
  }

  // What remains is for the author: a fix still offered here is one that could not be made safely.
  const found = lintReport(parsed.report, { rules, source: parsed.source, locale });
  const remaining = withSourceFixes(found, parsed, locale).map(({ fix: _unmade, ...d }) => d);
  const diagnostics = [...sourceDiagnostics(text, parsed, problems, options.format, locale), ...remaining];
  return { text, applied, diagnostics, report: parsed.report };
}

function fieldTexts(parsed: ParsedSource): Map<string, string> {
  return new Map(textFields(parsed.report, (p) => parsed.source.raw(p)).map((f) => [pathKey(f.path), f.text]));
}
