import type { HtmlFlavor } from "@gongwen/render-html";
import { type Locale, ReportError } from "@gongwen/schema";
import type { Command } from "commander";
import type { CommandContext } from "../context.js";
import { UserError } from "../errors.js";
import { sameFile, writeAtomic } from "../files.js";
import { fontWarningLines } from "../font-warnings.js";
import { type OutputFormat, outputFormatOf } from "../formats.js";
import { say } from "../locale.js";
import { printProblems } from "../problems-output.js";
import { readReport } from "../read-report.js";
import { renderFromTemplate } from "../render-template.js";
import { renderReport } from "../write-report.js";

/** The options of `gongwen render`, as commander gives them. */
interface RenderCommandOptions {
  output?: string;
  to?: string;
  from?: string;
  profile?: string;
  disclosureTable?: boolean;
  force?: boolean;
  data?: string;
  sheet?: string;
  headerRow?: string;
  row?: string;
  flavor?: string;
}

/** Which options each output format takes, beyond the output itself. */
const FORMAT_OPTIONS: Record<OutputFormat, { profile: boolean; disclosureTable: boolean; flavors: readonly string[] }> =
  {
    docx: { profile: true, disclosureTable: true, flavors: [] },
    // The HTML writer's flavours (HTML_FLAVORS) are looked up when HTML is written: see checkFormatOptions.
    html: { profile: true, disclosureTable: true, flavors: [] },
    markdown: { profile: false, disclosureTable: false, flavors: ["portal"] },
    json: { profile: false, disclosureTable: false, flavors: [] },
  };

/** `gongwen render <input> -o <out>`: reads YAML or Markdown and writes the format the output names. */
export function registerRender(program: Command, ctx: CommandContext): void {
  program
    .command("render")
    .description("把报告排版输出为 DOCX、Markdown、HTML 或 JSON\nRender a report to DOCX, Markdown, HTML or JSON")
    .argument("<input>", "YAML、Markdown 或 JSON 报告，- 为标准输入 / report file, - for standard input")
    .option(
      "-o, --output <file>",
      "输出文件，扩展名决定格式（.docx .md .html .json），- 为标准输出 / output file; - for standard output",
    )
    .option("--to <format>", "输出格式 / output format: docx | md | html | json")
    .option("--from <format>", "输入格式 / input format: yaml | md | json")
    .option(
      "--profile <file>",
      "DOCX 和 HTML 页面的版式配置（YAML 或 JSON），或内置版式名 gbt9704、gbt9704Gbk、fangzhengGbk / a layout profile for DOCX and the HTML page (YAML or JSON), or a built-in profile name",
    )
    .option(
      "--disclosure-table",
      "在 DOCX 或 HTML 正文前加政府信息公开属性表 / put the disclosure attributes in a table before the text (DOCX, HTML)",
    )
    .option(
      "--flavor <flavor>",
      "HTML：page 按公文版式分页（默认），portal 为网站发布用的片段；Markdown：portal 不带 front matter / HTML: page (default) or portal; Markdown: portal drops the front matter",
    )
    .option("-f, --force", "允许输出覆盖输入文件 / allow the output to overwrite the input")
    .option(
      "--data <file>",
      "把输入当作模板，用这个数据文件（JSON、YAML、CSV、XLSX）填充 / fill the input as a template with this data",
    )
    .option("--row <n>", "数据有多行时用哪一行 / which data row, when there are several")
    .option("--sheet <name>", "XLSX 工作表 / XLSX sheet")
    .option("--header-row <n>", "CSV、XLSX 的表头行 / header row of CSV or XLSX")
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
      await checkFormatOptions(format, options, locale);
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
      if (options.output && !options.force && (await sameFile(input, options.output))) {
        throw new UserError(
          say(
            locale,
            `输出文件 ${options.output} 就是输入文件，没有覆盖（其中的注释会丢失）。要覆盖请加 --force。`,
            `the output ${options.output} is the input file and was left alone (its comments would be lost); add --force to overwrite it.`,
          ),
        );
      }
      // Loaded here, not at start: the profile reader needs the DOCX writer's rules (and docx itself).
      const profile = options.profile
        ? await (await import("../profile.js")).loadProfile(options.profile, locale)
        : undefined;
      let read: Awaited<ReturnType<typeof readReport>>;
      try {
        read = options.data
          ? { report: await renderFromTemplate(input, { ...options, data: options.data }, locale), format: "yaml" }
          : await readReport(input, locale, options.from);
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
      printProblems(read.warnings ?? [], ctx.err);
      const data = await renderReport(read.report, format, {
        profile,
        disclosureTable: options.disclosureTable,
        flavor: options.flavor as HtmlFlavor | undefined,
      });
      if (format === "docx") {
        const name = input === "-" ? "<stdin>" : input;
        for (const line of await fontWarningLines(read.report, profile, name, locale, read.locate)) ctx.err(line);
      }
      if (options.output === "-") {
        ctx.write(data);
        return;
      }
      await writeAtomic(options.output, data, locale);
      ctx.err(say(locale, `已写入 ${options.output}`, `Wrote ${options.output}`));
    });
}

/** Refuses an option the output format does not take (exit 2), before anything is read or written. */
async function checkFormatOptions(format: OutputFormat, options: RenderCommandOptions, locale: Locale): Promise<void> {
  const takes =
    format === "html"
      ? { ...FORMAT_OPTIONS.html, flavors: (await import("@gongwen/render-html")).HTML_FLAVORS }
      : FORMAT_OPTIONS[format];
  const refused =
    (!takes.profile && options.profile && "--profile") ||
    (!takes.disclosureTable && options.disclosureTable && "--disclosure-table");
  if (refused) {
    throw new UserError(
      say(
        locale,
        `${refused} 只用于 DOCX 和 HTML 输出，请用 .docx 或 .html 作输出文件。`,
        `${refused} applies to DOCX and HTML output only; write a .docx or .html file.`,
      ),
      { exitCode: 2 },
    );
  }
  if (options.flavor !== undefined && !takes.flavors.includes(options.flavor)) {
    const allowed = takes.flavors.join(" | ");
    throw new UserError(
      say(
        locale,
        allowed
          ? `--flavor ${options.flavor}：这种输出只能用 ${allowed}。`
          : `--flavor 只用于 HTML（page | portal）和 Markdown（portal）输出。`,
        allowed
          ? `--flavor ${options.flavor}: this output takes ${allowed}.`
          : "--flavor applies to HTML (page | portal) and Markdown (portal) output only.",
      ),
      { exitCode: 2 },
    );
  }
}
