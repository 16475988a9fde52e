import type { Command } from "commander";
import type { CommandContext } from "../context.js";
import { writeAtomic } from "../files.js";
import { say } from "../locale.js";

/** `gongwen schema [-o file]`: prints (or writes) the JSON Schema of reports. */
export function registerSchema(program: Command, ctx: CommandContext): void {
  program
    .command("schema")
    .description(
      "输出报告的 JSON Schema（供编辑器和 OA 系统校验）\nPrint the JSON Schema of reports (for editors and OA systems)",
    )
    .option("-o, --output <file>", "写入文件而不是标准输出 / write to a file instead of standard output")
    .action(async (options: { output?: string }) => {
      const { reportJsonSchema } = await import("../report-json-schema.js");
      const text = `${JSON.stringify(reportJsonSchema(), null, 2)}\n`;
      if (!options.output || options.output === "-") {
        ctx.write(text);
        return;
      }
      await writeAtomic(options.output, text, ctx.locale);
      ctx.err(say(ctx.locale, `已写入 ${options.output}`, `Wrote ${options.output}`));
    });
}
