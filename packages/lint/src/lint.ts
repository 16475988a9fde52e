import type { Locale, Locator, Report } from "@gongwen/schema";
import { pathKey, textFields } from "./fields.js";
import { RULES } from "./rules/index.js";
import type { SourceMap } from "./source/source-map.js";
import type {
  Diagnostic,
  FieldKind,
  Message,
  ModelPath,
  Rule,
  RuleConfig,
  Severity,
  TextField,
  TextFix,
  TextRule,
} from "./types.js";

/** Options of lintReport. */
export interface LintOptions {
  /** Rules switched off or set to another severity; the others keep their default. */
  rules?: RuleConfig;
  /** Finds the line and column of a model path (from loadReportYamlWithSource or parseMarkdownWithSource). */
  locate?: Locator;
  /** Finds the exact character of a diagnostic in the source, and turns fixes into source edits (wins over locate). */
  source?: SourceMap;
  /** Language of `message`: `zh` (default) or `en`. */
  locale?: Locale;
}

/** The severity each rule runs at under a configuration, without the rules switched off. */
export function activeRules(config: RuleConfig = {}): { rule: Rule; severity: Severity }[] {
  const out: { rule: Rule; severity: Severity }[] = [];
  for (const rule of RULES) {
    const setting = config[rule.id] ?? rule.severity;
    if (setting !== "off") out.push({ rule, severity: setting });
  }
  return out;
}

interface Pending {
  rule: string;
  severity: Severity;
  messages: Message;
  path: ModelPath;
  text?: string;
  start?: number;
  end?: number;
  fix?: TextFix;
  order: number;
}

/**
 * Proofreads a report the way an office's reviewer does: punctuation, quotes and brackets,
 * numbering, dates, 发文字号, ranges, placeholders, structure and text hygiene (see RULES.md).
 * Returns every finding in reading order, each with its rule, severity, message, model path,
 * the range in the field's text and, when a locator or source map is given, line and column;
 * findings that can be fixed without changing the meaning carry the fix.
 */
export function lintReport(report: Report, options: LintOptions = {}): Diagnostic[] {
  const locale = options.locale ?? "zh";
  const source = options.source;
  const fields = textFields(report, source ? (path) => source.raw(path) : undefined);
  const active = activeRules(options.rules);
  const byKind = new Map<FieldKind, { rule: TextRule; severity: Severity }[]>();
  for (const entry of active) {
    if (entry.rule.scope !== "text") continue;
    for (const kind of entry.rule.kinds) {
      const list = byKind.get(kind) ?? [];
      list.push({ rule: entry.rule, severity: entry.severity });
      byKind.set(kind, list);
    }
  }

  const pending: Pending[] = [];
  const fieldOrder = new Map<string, number>();
  const fieldText = new Map<string, string>();
  fields.forEach((field: TextField, order) => {
    const key = pathKey(field.path);
    fieldOrder.set(key, order);
    fieldText.set(key, field.text);
    if (source && !source.written(field.path)) return;
    for (const { rule, severity } of byKind.get(field.kind) ?? []) {
      for (const f of rule.check(field)) {
        const entry: Pending = {
          rule: rule.id,
          severity,
          messages: f.message,
          path: field.path,
          text: field.text,
          start: f.start,
          end: f.end,
          order,
        };
        if (f.fix) entry.fix = f.fix;
        pending.push(entry);
      }
    }
  });
  for (const { rule, severity } of active) {
    if (rule.scope !== "report") continue;
    for (const f of rule.check(report)) {
      const key = pathKey(f.path);
      const entry: Pending = {
        rule: rule.id,
        severity,
        messages: f.message,
        path: f.path,
        order: fieldOrder.get(key) ?? -1,
      };
      const text = fieldText.get(key);
      if (text !== undefined) entry.text = text;
      if (f.start !== undefined && f.end !== undefined && text !== undefined) {
        entry.start = f.start;
        entry.end = f.end;
      }
      if (f.fix) entry.fix = f.fix;
      pending.push(entry);
    }
  }

  pending.sort((a, b) => a.order - b.order || (a.start ?? -1) - (b.start ?? -1));
  return sortByPosition(pending.map((p) => toDiagnostic(p, locale, options)));
}

/** Orders located diagnostics by line and column (source order); the others keep reading order, after them. */
function sortByPosition(diagnostics: Diagnostic[]): Diagnostic[] {
  const far = Number.MAX_SAFE_INTEGER;
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.line ?? far) - (b.d.line ?? far) || (a.d.column ?? 0) - (b.d.column ?? 0) || a.i - b.i)
    .map(({ d }) => d);
}

function toDiagnostic(p: Pending, locale: Locale, options: LintOptions): Diagnostic {
  const d: Diagnostic = {
    rule: p.rule,
    severity: p.severity,
    message: p.messages[locale],
    messages: p.messages,
    path: p.path,
  };
  if (p.start !== undefined && p.end !== undefined && p.text !== undefined) {
    d.start = p.start;
    d.end = p.end;
    d.excerpt = p.text.slice(p.start, p.end);
  }
  const position =
    options.source?.position(p.path, p.text, p.start) ?? options.locate?.(p.path, { key: false }) ?? undefined;
  if (position) {
    d.line = position.line;
    d.column = position.column;
  }
  if (p.fix) d.fix = p.fix;
  return d;
}
