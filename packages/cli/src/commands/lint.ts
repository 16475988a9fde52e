import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { AppliedFix, Diagnostic, RuleConfig } from "@gongwen/lint";
import { formatProblem, type Locale, type Problem, ReportError } from "@gongwen/schema";
import { isTemplateText } from "@gongwen/template/detect";
import type { Command } from "commander";
import type { CommandContext } from "../context.js";
import { UserError } from "../errors.js";
import { readText, readTextSnapshot, writeAtomic } from "../files.js";
import { inputFormatOf, sniffInputFormat } from "../formats.js";
import { lintTemplate } from "../lint-template.js";
import { say } from "../locale.js";
import { problemFormatOf } from "../problems-output.js";

/**
 * The proofreader, loaded when `gongwen lint` runs rather than when the command starts (it brings
 * remark and the YAML parser); every function below runs after the action has loaded it.
 */
let lint: typeof import("@gongwen/lint");

interface LintOptions {
  fix?: boolean;
  format: string;
  from?: string;
  config?: string;
  data?: string;
}

/** What linting one file gave: its diagnostics, the fixes made, or the problems that kept it from being read. */
interface FileResult {
  file: string;
  diagnostics: Diagnostic[];
  applied: AppliedFix[];
  problems: Problem[];
}

function readIfFile(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

/** Reads rule settings from a configuration file; its mistakes stop the command (exit 2). */
function settingsFrom(path: string, text: string, locale: Locale): RuleConfig {
  const { rules, problems } = lint.readConfigFile(text, path);
  if (problems.length > 0) {
    throw new UserError(problems.map((p) => `${path}: ${p.message[locale]}`).join("\n"), { exitCode: 2 });
  }
  return rules;
}

/** The rule settings for a file: `--config`, else the nearest gongwen.config.* from the file's folder up. */
function configFor(file: string, options: LintOptions, locale: Locale, cache: Map<string, RuleConfig>): RuleConfig {
  if (options.config) {
    const cached = cache.get(options.config);
    if (cached) return cached;
    const text = readIfFile(options.config);
    if (text === undefined) {
      throw new UserError(
        say(locale, `${options.config}：无法读取配置文件。`, `${options.config}: cannot read the configuration.`),
        {
          exitCode: 2,
        },
      );
    }
    const rules = settingsFrom(options.config, text, locale);
    cache.set(options.config, rules);
    return rules;
  }
  const dir = file === "-" ? process.cwd() : dirname(resolve(file));
  const cached = cache.get(dir);
  if (cached) return cached;
  const found = lint.findConfigFile(dir, readIfFile);
  const rules = found ? settingsFrom(found.path, found.text, locale) : {};
  cache.set(dir, rules);
  return rules;
}

function quoted(text: string, locale: Locale): string {
  return locale === "zh" ? `“${text}”` : `"${text}"`;
}

/** One line per fix made: `file:line:col rule 已修正 “,” → “，”`. */
function formatFix(file: string, fix: AppliedFix, locale: Locale): string {
  const where = fix.line === undefined ? file : `${file}:${fix.line}:${fix.column ?? 1}`;
  const change = `${quoted(fix.before, locale)} → ${quoted(fix.after, locale)}`;
  return `${where} ${fix.rule} ${say(locale, `已修正 ${change}`, `fixed ${change}`)}`;
}

async function lintFile(
  file: string,
  options: LintOptions,
  ctx: CommandContext,
  configs: Map<string, RuleConfig>,
): Promise<FileResult> {
  const { locale } = ctx;
  const named = inputFormatOf(file, options.from, locale);
  const rules = configFor(file, options, locale, configs);
  // With --fix, what was read is remembered: a file edited meanwhile is not overwritten.
  const read = options.fix && file !== "-" ? await readTextSnapshot(file, locale) : undefined;
  const text = read ? read.text : await readText(file, locale);
  const format = sniffInputFormat(file, options.from, named, text);
  const name = file === "-" ? "<stdin>" : file;
  const result: FileResult = { file: name, diagnostics: [], applied: [], problems: [] };
  if (format !== "json" && isTemplateText(text)) {
    if (options.fix) {
      ctx.err(say(locale, `${name}：模板只检查，不自动修正。`, `${name}: templates are checked, not fixed.`));
    }
    return { ...result, ...(await lintTemplate(text, name, format, rules, locale, options.data)) };
  }
  try {
    if (format === "json") {
      const { loadReportJsonWithSource } = await import("../model-functions.js");
      const { report, data } = loadReportJsonWithSource(text, name, { locale });
      if (options.fix) {
        ctx.err(say(locale, `${name}：JSON 文件只检查，不自动修正。`, `${name}: JSON files are checked, not fixed.`));
      }
      result.diagnostics = lint.lintReport(report, { rules, locale, source: lint.objectSourceMap(data) });
      return result;
    }
    if (options.fix) {
      const fixed = lint.fixText(text, { format, fileName: name, locale, rules });
      if (fixed.text !== text) {
        await writeAtomic(file, fixed.text, locale, read ? { unchangedSince: read.snapshot } : {});
      }
      result.applied = fixed.applied;
      result.diagnostics = fixed.diagnostics;
    } else {
      result.diagnostics = lint.lintText(text, { format, fileName: name, locale, rules }).diagnostics;
    }
  } catch (error) {
    if (!(error instanceof ReportError)) throw error;
    result.problems = error.problems.map((p) => (p.file === undefined ? { ...p, file: name } : p));
  }
  return result;
}

function problemJson(p: Problem): Record<string, unknown> {
  const out: Record<string, unknown> = {
    file: p.file,
    rule: p.code,
    severity: p.severity ?? "error",
    message: p.message,
    path: p.path,
  };
  if (p.line !== undefined) out.line = p.line;
  if (p.column !== undefined) out.column = p.column;
  return out;
}

function fixJson(file: string, fix: AppliedFix): Record<string, unknown> {
  const out: Record<string, unknown> = {
    file,
    rule: fix.rule,
    fixed: true,
    message: fix.message,
    path: fix.path,
    before: fix.before,
    after: fix.after,
  };
  if (fix.line !== undefined) out.line = fix.line;
  if (fix.column !== undefined) out.column = fix.column;
  return out;
}

function summary(results: FileResult[], fix: boolean, locale: Locale): { line: string; failed: boolean } {
  const all = results.flatMap((r) => r.diagnostics);
  const { errors, warnings, fixable } = lint.countDiagnostics(all);
  const unreadable = results.filter((r) => r.problems.length > 0).length;
  const fixed = results.reduce((n, r) => n + r.applied.length, 0);
  const parts: string[] = [];
  if (fix) parts.push(say(locale, `已修正 ${fixed} 处`, `${fixed} fix(es) made`));
  parts.push(say(locale, `${errors} 个错误、${warnings} 个警告`, `${errors} error(s), ${warnings} warning(s)`));
  if (!fix && fixable > 0)
    parts.push(say(locale, `其中 ${fixable} 处可用 --fix 自动修正`, `${fixable} fixable with --fix`));
  if (unreadable > 0)
    parts.push(say(locale, `${unreadable} 个文件无法读取为报告`, `${unreadable} file(s) could not be read as reports`));
  const line = parts.join(say(locale, "；", "; ")) + say(locale, "。", ".");
  return { line, failed: errors > 0 || unreadable > 0 };
}

/**
 * `gongwen lint <file…> [--fix] [--format text|json]`: proofreads reports like an office's
 * reviewer (punctuation, numbering, dates, 发文字号, ranges, placeholders, structure), prints
 * `file:line:col rule message` (or a JSON array), makes the safe fixes in place with `--fix`, and
 * exits 1 when errors remain.
 */
export function registerLint(program: Command, ctx: CommandContext): void {
  program
    .command("lint")
    .description(
      "像审核员一样检查报告的标点、序号、日期、文号、占位符等，--fix 自动修正\nProofread reports like an office's reviewer; --fix makes the safe fixes",
    )
    .argument(
      "<files...>",
      "YAML、Markdown 或 JSON 报告，- 为标准输入 / report files (.yaml, .md, .json), - for standard input",
    )
    .option(
      "--fix",
      "原地修正不改变意思的问题（保留注释和排版）/ make the safe fixes in place, keeping comments and layout",
    )
    .option("--format <format>", "输出格式 / output format: text | json", "text")
    .option("--from <format>", "输入格式 / input format: yaml | md | json")
    .option(
      "--config <file>",
      "规则配置文件，默认从报告所在文件夹向上找 gongwen.config.json/.yaml / rule settings; by default the nearest gongwen.config.*",
    )
    .option(
      "--data <file>",
      "检查模板时用的样例数据（取第一行），默认模板的 data: / sample data for a template (its first row); default: its data: block",
    )
    .action(async (files: string[], options: LintOptions) => {
      const { locale } = ctx;
      const format = problemFormatOf(options.format, locale);
      if (options.fix && files.includes("-")) {
        throw new UserError(
          say(
            locale,
            "--fix 要改写文件，不能用于标准输入（-）。",
            "--fix rewrites files; it cannot read standard input (-).",
          ),
          {
            exitCode: 2,
          },
        );
      }
      lint ??= await import("@gongwen/lint");
      const configs = new Map<string, RuleConfig>();
      const results: FileResult[] = [];
      for (const file of files) {
        const result = await lintFile(file, options, ctx, configs);
        results.push(result);
        if (format === "text") {
          for (const fix of result.applied) ctx.out(formatFix(result.file, fix, locale));
          for (const p of result.problems) ctx.err(formatProblem(p));
          for (const d of result.diagnostics) ctx.out(lint.formatDiagnostic(result.file, d, locale));
        }
      }
      if (format === "json") {
        const items = results.flatMap((r) => [
          ...r.problems.map(problemJson),
          ...r.applied.map((fix) => fixJson(r.file, fix)),
          ...r.diagnostics.map((d) => lint.diagnosticJson(r.file, d, locale)),
        ]);
        ctx.out(JSON.stringify(items, null, 2));
      }
      const { line, failed } = summary(results, Boolean(options.fix), locale);
      if (failed) throw new UserError(line, { exitCode: 1 });
      ctx.err(line);
    });
}
