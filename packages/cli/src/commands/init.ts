import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import { REPORT_KINDS, type ReportKind } from "@gongwen/schema";
import type { Command } from "commander";
import type { CommandContext } from "../context.js";
import { UserError } from "../errors.js";
import { writeAtomic } from "../files.js";
import { say } from "../locale.js";
import { schemaFile, templatesDir } from "../paths.js";

/**
 * Points the template's `# yaml-language-server: $schema=…` line at the schema file, relative
 * to where the new report is written, so editors complete and explain every field.
 */
export function withSchemaLine(template: string, target: string, schema: string | undefined): string {
  const line = /^# yaml-language-server: \$schema=.*$/m;
  if (!schema) return template.replace(line, "");
  let path = relative(dirname(resolve(target)), schema)
    .split(sep)
    .join("/");
  if (!path.startsWith(".")) path = `./${path}`;
  return template.replace(line, `# yaml-language-server: $schema=${path}`);
}

/** `gongwen init [file] --kind …`: writes a commented starter report from templates/. */
export function registerInit(program: Command, ctx: CommandContext): void {
  program
    .command("init")
    .description("从模板新建一份报告（带中文注释）\nWrite a commented starter report from a template")
    .argument("[file]", "新报告的文件名 / the file to write", "report.yaml")
    .option("-k, --kind <kind>", `文种 / kind: ${REPORT_KINDS.join(" | ")}`, "summary-and-plan")
    .option("-f, --force", "覆盖已有文件 / overwrite an existing file")
    .action(async (file: string, options: { kind: string; force?: boolean }) => {
      const { locale } = ctx;
      if (!(REPORT_KINDS as readonly string[]).includes(options.kind)) {
        throw new UserError(
          say(
            locale,
            `--kind 应为 ${REPORT_KINDS.join("、")} 之一，实际是“${options.kind}”。`,
            `--kind must be one of ${REPORT_KINDS.join(", ")}, got "${options.kind}".`,
          ),
          { exitCode: 2 },
        );
      }
      if (existsSync(file) && !options.force) {
        throw new UserError(
          say(
            locale,
            `${file} 已经存在，没有覆盖。要覆盖请加 --force。`,
            `${file} already exists and was left alone; add --force to overwrite it.`,
          ),
        );
      }
      const template = await readFile(join(templatesDir(), `${options.kind as ReportKind}.yaml`), "utf8");
      await writeAtomic(file, withSchemaLine(template, file, schemaFile()), locale);
      ctx.out(
        say(
          locale,
          `已写入 ${file}：请按注释填写，然后运行 gongwen validate ${file}`,
          `Wrote ${file}: fill it in following its comments, then run gongwen validate ${file}`,
        ),
      );
    });
}
