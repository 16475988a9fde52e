import { ReportError } from "@gongwen/schema";
import type { Command } from "commander";
import type { CommandContext } from "../context.js";
import { UserError } from "../errors.js";
import { writeAtomic } from "../files.js";
import { outputFormatOf } from "../formats.js";
import { say } from "../locale.js";
import { readReport } from "../read-report.js";
import { renderReport } from "../write-report.js";

/** The options of `gongwen render`, as commander gives them. */
interface RenderCommandOptions {
  output?: string;
  to?: string;
  from?: string;
  profile?: string;
  disclosureTable?: boolean;
}

/** `gongwen render <input> -o <out>`: reads YAML or Markdown and writes the format the output names. */
export function registerRender(program: Command, ctx: CommandContext): void {
  program
    .command("render")
    .description("把报告排版输出为 DOCX、Markdown 或 JSON\nRender a report to DOCX, Markdown or JSON")
    .argument("<input>", "YAML、Markdown 或 JSON 报告，- 为标准输入 / report file, - for standard input")
    .option(
      "-o, --output <file>",
      "输出文件，扩展名决定格式（.docx .md .json），- 为标准输出 / output file; - for standard output",
    )
    .option("--to <format>", "输出格式 / output format: docx | md | json")
    .option("--from <format>", "输入格式 / input format: yaml | md | json")
    .option("--profile <file>", "DOCX 版式配置（YAML 或 JSON）/ a DOCX layout profile (YAML or JSON)")
    .option(
      "--disclosure-table",
      "在 DOCX 正文前加政府信息公开属性表 / put the disclosure attributes in a table before the DOCX text",
    )
    .action(async (input: string, options: RenderCommandOptions) => {
      const { locale } = ctx;
      if (!options.output) {
        throw new UserError(
          say(
            locale,
            "请用 -o 指定输出文件，如 -o 报告.docx（- 为标准输出）。",
            "name the output with -o, e.g. -o report.docx (- for standard output).",
          ),
          { exitCode: 2 },
        );
      }
      const format = outputFormatOf(options.output, options.to, locale);
      if (format !== "docx" && (options.profile || options.disclosureTable)) {
        const flag = options.profile ? "--profile" : "--disclosure-table";
        throw new UserError(
          say(
            locale,
            `${flag} 只用于 DOCX 输出，请用 .docx 作输出文件。`,
            `${flag} applies to DOCX output only; write a .docx file.`,
          ),
          { exitCode: 2 },
        );
      }
      if (format === "docx" && options.output === "-" && ctx.isTerminal?.()) {
        throw new UserError(
          say(
            locale,
            "DOCX 是二进制文件，不能直接显示在终端上：请用 -o 报告.docx 写入文件，或把标准输出重定向到文件。",
            "DOCX is binary and cannot be shown on a terminal: write it with -o report.docx, or redirect standard output to a file.",
          ),
          { exitCode: 2 },
        );
      }
      // Loaded here, not at start: the profile reader needs the DOCX writer's rules (and docx itself).
      const profile = options.profile
        ? await (await import("../profile.js")).loadProfile(options.profile, locale)
        : undefined;
      let read: Awaited<ReturnType<typeof readReport>>;
      try {
        read = await readReport(input, locale, options.from);
      } catch (error) {
        if (error instanceof ReportError) {
          throw new UserError(
            say(locale, "报告有问题，没有写出任何文件。", "The report has problems; nothing was written."),
            {
              problems: error.problems,
            },
          );
        }
        throw error;
      }
      const data = await renderReport(read.report, format, { profile, disclosureTable: options.disclosureTable });
      if (options.output === "-") {
        ctx.write(data);
        return;
      }
      await writeAtomic(options.output, data, locale);
      ctx.err(say(locale, `已写入 ${options.output}`, `Wrote ${options.output}`));
    });
}
