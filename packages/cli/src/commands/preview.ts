import type { Command } from "commander";
import type { CommandContext } from "../context.js";
import { UserError } from "../errors.js";
import { say } from "../locale.js";

/** `gongwen preview x.docx -o dir/`: turns a DOCX into PNG pages through LibreOffice. */
export function registerPreview(program: Command, ctx: CommandContext): void {
  program
    .command("preview")
    .description(
      "用 LibreOffice 把 DOCX 转成 PNG 页面，便于检查版式\nTurn a DOCX into PNG pages through LibreOffice, to check the layout",
    )
    .argument("<docx>", "要预览的 DOCX 文件 / the DOCX file")
    .option("-o, --output <dir>", "存放 PNG 页面的文件夹 / folder for the PNG pages")
    .option("-r, --resolution <dpi>", "分辨率（每英寸点数）/ resolution in dots per inch", "96")
    .action(async (docx: string, options: { output?: string; resolution: string }) => {
      const { locale } = ctx;
      if (!options.output) {
        throw new UserError(say(locale, "请用 -o 指定存放图片的文件夹。", "name the output folder with -o."), {
          exitCode: 2,
        });
      }
      const resolution = Number(options.resolution);
      if (!Number.isInteger(resolution) || resolution < 20 || resolution > 600) {
        throw new UserError(
          say(
            locale,
            "--resolution 应为 20 到 600 之间的整数。",
            "--resolution must be a whole number from 20 to 600.",
          ),
          { exitCode: 2 },
        );
      }
      const { previewDocx } = await import("../preview.js");
      const pages = await previewDocx(docx, options.output, { locale, resolution });
      for (const page of pages) ctx.out(page);
      ctx.err(
        say(
          locale,
          `共 ${pages.length} 页，已写入 ${options.output}`,
          `${pages.length} page(s) written to ${options.output}`,
        ),
      );
    });
}
