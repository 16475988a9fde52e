import { ReportError } from "@gongwen/schema";
import type { Command } from "commander";
import type { CommandContext } from "../context.js";
import { UserError } from "../errors.js";
import { say } from "../locale.js";
import { printProblems } from "../problems-output.js";
import { readReport } from "../read-report.js";
import { checkIfTemplate } from "../read-template.js";

/** `gongwen validate <file…>`: checks reports and prints every problem as `file:line:col message`. */
export function registerValidate(program: Command, ctx: CommandContext): void {
  program
    .command("validate")
    .description("校验报告，列出所有问题（文件:行:列）\nCheck reports and list every problem (file:line:col)")
    .argument("<files...>", "YAML、Markdown 或 JSON 报告 / report files (.yaml, .md, .json)")
    .option("--from <format>", "输入格式 / input format: yaml | md | json")
    .action(async (files: string[], options: { from?: string }) => {
      const { locale } = ctx;
      let failed = 0;
      for (const file of files) {
        try {
          if (await checkIfTemplate(file, locale, options.from)) {
            ctx.out(say(locale, `${file}：模板通过校验`, `${file}: valid template`));
            continue;
          }
          await readReport(file, locale, options.from);
          ctx.out(say(locale, `${file}：通过校验`, `${file}: valid`));
        } catch (error) {
          failed++;
          if (error instanceof ReportError) printProblems(error.problems, ctx.err);
          else if (error instanceof UserError) ctx.err(error.message);
          else throw error;
        }
      }
      if (failed > 0) {
        throw new UserError(say(locale, `${failed} 个文件有问题。`, `${failed} file(s) have problems.`));
      }
    });
}
