import { type BilingualProblem, type Locale, type Problem, pairLanguages, ReportError } from "@gongwen/schema";
import type { Command } from "commander";
import type { CommandContext } from "../context.js";
import { EXIT_NO_INPUT, UserError } from "../errors.js";
import type { InputFormat } from "../formats.js";
import { say } from "../locale.js";
import { printProblems, problemFormatOf } from "../problems-output.js";
import { parseReportText, readReportText } from "../read-report.js";
import { templateProblems } from "../read-template.js";

/** What validating one file found. */
interface FileResult {
  file: string;
  /** Problems (errors and warnings) with their messages in both languages. */
  problems: BilingualProblem[];
  /** Why the file could not be read at all, with the exit code that says so. */
  unreadable?: UserError;
  /** True when the file is a template (checked with its expressions in place). */
  template?: boolean;
}

/**
 * The problems of a text in one language: none when the report is valid (its warnings only). A
 * template (see isTemplateText) is checked as a template: its expressions and its shape.
 */
async function problemsIn(
  text: string,
  format: InputFormat,
  name: string,
  locale: Locale,
): Promise<{ problems: Problem[]; template: boolean }> {
  const asTemplate = await templateProblems(text, format, name, locale);
  if (asTemplate) return { problems: asTemplate, template: true };
  try {
    return { problems: (await parseReportText(text, format, name, locale)).warnings ?? [], template: false };
  } catch (error) {
    if (error instanceof ReportError) return { problems: error.problems, template: false };
    throw error;
  }
}

/**
 * Validates one file. With `bilingual` (for `--format json`), problems carry their message in both
 * languages, which reads the text a second time in the other language; text output needs only one.
 */
async function validateFile(
  file: string,
  locale: Locale,
  from: string | undefined,
  bilingual: boolean,
): Promise<FileResult> {
  const name = file === "-" ? "<stdin>" : file;
  let read: [string, InputFormat];
  try {
    read = await readReportText(file, locale, from);
  } catch (error) {
    if (error instanceof UserError) return { file: name, problems: [], unreadable: error };
    throw error;
  }
  const [text, format] = read;
  const { problems: found, template } = await problemsIn(text, format, name, locale);
  // Both languages for programs: the readers are deterministic, so the other language's problems align.
  const other =
    bilingual && found.length > 0 ? (await problemsIn(text, format, name, locale === "zh" ? "en" : "zh")).problems : [];
  const problems = pairLanguages(found, other, locale).map(({ problem, messages }) => ({
    problem: problem.file === undefined ? { ...problem, file: name } : problem,
    messages,
  }));
  return { file: name, problems, template };
}

/** A problem as `validate --format json` prints it: the shape of `lint --format json`. */
function problemJson(problem: Problem, messages: { zh: string; en: string }, locale: Locale): Record<string, unknown> {
  const out: Record<string, unknown> = {
    file: problem.file,
    rule: problem.code,
    severity: problem.severity ?? "error",
    message: messages[locale],
    messages,
    path: problem.path,
  };
  if (problem.line !== undefined) out.line = problem.line;
  if (problem.column !== undefined) out.column = problem.column;
  return out;
}

const isError = (p: Problem) => p.severity !== "warning";

/**
 * `gongwen validate <file…> [--format text|json]`: checks reports and prints every problem as
 * `file:line:col message` (or, with `--format json`, a JSON array shaped like lint's). Exits 0
 * when every report is valid (warnings allowed), 1 when one has errors, and 66 when an input
 * file cannot be read at all (missing, a folder, no permission).
 */
export function registerValidate(program: Command, ctx: CommandContext): void {
  program
    .command("validate")
    .description("校验报告，列出所有问题（文件:行:列）\nCheck reports and list every problem (file:line:col)")
    .argument(
      "<files...>",
      "YAML、Markdown 或 JSON 报告，- 为标准输入 / report files (.yaml, .md, .json), - for standard input",
    )
    .option("--from <format>", "输入格式 / input format: yaml | md | json")
    .option("--format <format>", "输出格式 / output format: text | json", "text")
    .action(async (files: string[], options: { from?: string; format: string }) => {
      const { locale } = ctx;
      const format = problemFormatOf(options.format, locale);
      const results: FileResult[] = [];
      for (const file of files) {
        const result = await validateFile(file, locale, options.from, format === "json");
        results.push(result);
        if (format === "json") continue;
        if (result.unreadable) ctx.err(result.unreadable.message);
        printProblems(
          result.problems.map((p) => p.problem),
          ctx.err,
        );
        if (!result.unreadable && !result.problems.some((p) => isError(p.problem))) {
          ctx.out(
            result.template
              ? say(locale, `${result.file}：模板通过校验`, `${result.file}: valid template`)
              : say(locale, `${result.file}：通过校验`, `${result.file}: valid`),
          );
        }
      }
      if (format === "json") {
        const items = results.flatMap((r) => [
          ...(r.unreadable
            ? [{ file: r.file, rule: "unreadable_input", severity: "error", message: r.unreadable.message, path: [] }]
            : []),
          ...r.problems.map((p) => problemJson(p.problem, p.messages, locale)),
        ]);
        ctx.out(JSON.stringify(items, null, 2));
      }
      const unreadable = results.filter((r) => r.unreadable);
      const failed = results.filter((r) => r.unreadable || r.problems.some((p) => isError(p.problem))).length;
      if (unreadable.length > 0) {
        const exitCode = unreadable.every((r) => r.unreadable?.exitCode === EXIT_NO_INPUT) ? EXIT_NO_INPUT : 1;
        throw new UserError(
          say(locale, `${unreadable.length} 个文件无法读取。`, `${unreadable.length} file(s) could not be read.`),
          { exitCode },
        );
      }
      if (failed > 0) {
        throw new UserError(say(locale, `${failed} 个文件有问题。`, `${failed} file(s) have problems.`));
      }
    });
}
