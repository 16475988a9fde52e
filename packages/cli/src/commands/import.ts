import { existsSync } from "node:fs";
import { basename, extname } from "node:path";
import type { ClutterKind, ImportFormat, ImportResult, ImportWarning, RemovedClutter } from "@gongwen/import";
import { FIELD_TITLES, type Locale, parseDate, ReportError } from "@gongwen/schema";
import type { Command } from "commander";
import type { CommandContext } from "../context.js";
import { UserError } from "../errors.js";
import { readBytes, writeAtomic } from "../files.js";
import { say } from "../locale.js";
import { schemaFile, templateGuide } from "../paths.js";
import { withSchemaLine } from "./init.js";

/** What `gongwen import` writes: the commented YAML a clerk edits, Markdown, or JSON. */
type ImportOutput = "yaml" | "markdown" | "json";

const INPUT_FORMATS: Record<string, ImportFormat> = {
  text: "text",
  txt: "text",
  md: "markdown",
  markdown: "markdown",
  docx: "docx",
};

const INPUT_EXTENSIONS: Record<string, ImportFormat> = {
  ".txt": "text",
  ".text": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".docx": "docx",
};

const OUTPUT_EXTENSIONS: Record<string, ImportOutput> = {
  ".yaml": "yaml",
  ".yml": "yaml",
  ".md": "markdown",
  ".markdown": "markdown",
  ".json": "json",
};

/** The input format `--from` names, or the one the file name implies (plain text otherwise). */
export function importFormatOf(file: string, named: string | undefined, locale: Locale): ImportFormat {
  if (named) {
    const format = INPUT_FORMATS[named.toLowerCase()];
    if (format) return format;
    throw new UserError(
      say(
        locale,
        `--from 应为 text、md 或 docx，实际是“${named}”。`,
        `--from must be text, md or docx, got "${named}".`,
      ),
      { exitCode: 2 },
    );
  }
  const ext = extname(file).toLowerCase();
  if (ext === ".doc" || ext === ".wps") {
    throw new UserError(
      say(
        locale,
        `${file}：不能直接读取 ${ext} 文件，请先在 Word 或 WPS 中“另存为” .docx 再导入。`,
        `${file}: ${ext} files cannot be read; save it as .docx in Word or WPS first.`,
      ),
      { exitCode: 2 },
    );
  }
  return INPUT_EXTENSIONS[ext] ?? "text";
}

/** The output format the file name implies: YAML (also for standard output), Markdown or JSON. */
export function importOutputOf(file: string, locale: Locale): ImportOutput {
  if (file === "-") return "yaml";
  const format = OUTPUT_EXTENSIONS[extname(file).toLowerCase()];
  if (format) return format;
  throw new UserError(
    say(
      locale,
      `${file}：请用 .yaml、.md 或 .json 作为输出文件的扩展名（推荐 .yaml，便于按注释修改）。`,
      `${file}: name the output .yaml, .md or .json (.yaml is easiest to edit).`,
    ),
    { exitCode: 2 },
  );
}

const CLUTTER_NAMES: Record<ClutterKind, { zh: string; en: string }> = {
  breadcrumb: { zh: "导航路径", en: "breadcrumb" },
  "portal-info": { zh: "网页发布信息", en: "portal info" },
  "print-links": { zh: "打印/关闭链接", en: "print links" },
  "related-documents": { zh: "相关文件列表", en: "related documents" },
  footer: { zh: "页脚", en: "page footer" },
  "before-title": { zh: "标题前的内容", en: "before the title" },
  "invalid-character": { zh: "无效字符", en: "invalid character" },
  metadata: { zh: "文件信息", en: "metadata" },
};

function shorten(text: string, n = 40): string {
  const visible = text.replace(
    /[\u0000-\u001f\u007f]/g,
    (ch) => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`,
  );
  return visible.length > n ? `${visible.slice(0, n)}…` : visible;
}

/** `file:line 警告：…` — one line per warning, the way problems are printed. */
export function formatWarning(warning: ImportWarning, file: string, locale: Locale): string {
  return `${file}:${warning.line} ${say(locale, "警告：", "warning: ")}${warning.message}`;
}

/** One line per clutter line removed, then a summary of what was removed and what was recovered. */
export function clutterSummary(removed: RemovedClutter[], file: string, locale: Locale): string[] {
  const clutter = removed.filter((r) => r.kind !== "metadata");
  const lines = clutter.map(
    (r) =>
      `${file}:${r.line} ${say(locale, "已移除", "removed")}（${CLUTTER_NAMES[r.kind][locale]}）${say(locale, "：", ": ")}${shorten(r.text)}`,
  );
  if (clutter.length > 0) {
    const counts = new Map<ClutterKind, number>();
    for (const r of clutter) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
    const list = [...counts].map(([kind, n]) => `${CLUTTER_NAMES[kind][locale]} ${n}`).join(say(locale, "、", ", "));
    lines.push(
      say(
        locale,
        `共移除网页杂项 ${clutter.length} 处（${list}），正文一字未删。`,
        `Removed ${clutter.length} piece(s) of page clutter (${list}); no body text was dropped.`,
      ),
    );
  }
  const recovered = [...new Set(removed.map((r) => r.recoveredAs).filter((x): x is string => x !== undefined))];
  if (recovered.length > 0) {
    const zh = recovered.map((path) => FIELD_TITLES[path.split(".").at(-1) ?? ""] ?? path);
    lines.push(say(locale, `已识别文件信息：${zh.join("、")}。`, `Recovered metadata: ${recovered.join(", ")}.`));
  }
  return lines;
}

/** Reads the bytes of a file, or of standard input for `-`. */
async function readInputBytes(file: string, locale: Locale): Promise<Uint8Array> {
  if (file !== "-") return readBytes(file, locale);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

/** The imported report in the output format (the Markdown writer and YAML printer are loaded as needed). */
async function serialise(
  result: ImportResult,
  format: ImportOutput,
  input: string,
  output: string,
  locale: Locale,
): Promise<string> {
  if (format === "markdown") {
    const [{ renderMarkdown }, { guessedComment }] = await Promise.all([
      import("@gongwen/render-md"),
      import("@gongwen/import"),
    ]);
    return markGuessesInFrontMatter(renderMarkdown(result.report), result, guessedComment);
  }
  if (format === "json") return `${JSON.stringify(result.report, null, 2)}\n`;
  const source = input === "-" ? say(locale, "标准输入", "standard input") : basename(input);
  const header = [
    say(locale, `由 gongwen import 从“${source}”导入。`, `Imported by gongwen import from "${source}".`),
    result.warnings.length > 0
      ? say(
          locale,
          `导入时有 ${result.warnings.length} 处需要核对（见导入时打印的警告），改好后运行 gongwen validate 检查。`,
          `${result.warnings.length} point(s) to check (see the warnings printed on import); then run gongwen validate.`,
        )
      : say(
          locale,
          "请核对后运行 gongwen validate 检查，再用 gongwen render 排版。",
          "Check it, run gongwen validate, then gongwen render.",
        ),
  ];
  // The same how-to-fill-in guide as the template gongwen init writes for this kind of report.
  const guide = templateGuide(result.report.meta.kind);
  if (guide.length > 0) header.push("", ...guide);
  const { reportToYaml } = await import("@gongwen/import");
  const yaml = reportToYaml(result.report, { header, guessed: result.guessed });
  // Point editors at the schema file installed beside gongwen, else keep the published address.
  const schema = output === "-" ? undefined : schemaFile();
  return schema ? withSchemaLine(yaml, output, schema) : yaml;
}

/** Markdown with a `# gongwen-guessed: …` line per guessed value at the top of its front matter, for lint. */
function markGuessesInFrontMatter(
  markdown: string,
  result: ImportResult,
  guessedComment: (path: string, note: string) => string,
): string {
  if (result.guessed.length === 0 || !markdown.startsWith("---\n")) return markdown;
  const lines = result.guessed.map((g) => `#${guessedComment(g.path, g.note)}`);
  return `---\n${lines.join("\n")}\n${markdown.slice(4)}`;
}

/** The options of `gongwen import`, as commander gives them. */
interface ImportCommandOptions {
  output?: string;
  from?: string;
  date?: string;
  strict?: boolean;
  force?: boolean;
}

/**
 * `gongwen import <file|-> -o report.yaml`: brings last year's report in from pasted text,
 * Markdown or .docx, prints every guess as `file:line 警告：…` and what page clutter was removed,
 * and writes the commented YAML (or Markdown, JSON) atomically — never over an existing file
 * without --force.
 */
export function registerImport(program: Command, ctx: CommandContext): void {
  program
    .command("import")
    .description(
      "导入去年的报告（粘贴的文本、Markdown 或 DOCX），生成带注释的 YAML\nBring last year's report in (pasted text, Markdown or DOCX) as commented YAML",
    )
    .argument("<file>", "要导入的文件（.txt .md .docx），- 为标准输入 / the file to import; - for standard input")
    .option(
      "-o, --output <file>",
      "输出文件：.yaml（推荐）、.md 或 .json，- 为标准输出 / output file (.yaml, .md, .json); - for standard output",
    )
    .option("--from <format>", "输入格式 / input format: text | md | docx")
    .option(
      "--date <date>",
      "成文日期，原文没有或要更正时使用，如 2024-01-09 / the document date, when the text lacks it",
    )
    .option("--strict", "有任何需要核对的地方就报错，不写文件 / treat every warning as an error")
    .option("-f, --force", "覆盖已有文件 / overwrite an existing file")
    .action(async (input: string, options: ImportCommandOptions) => {
      const { locale } = ctx;
      const date = options.date === undefined ? undefined : parseDate(options.date);
      if (options.date !== undefined && date === undefined) {
        throw new UserError(
          say(
            locale,
            `--date “${options.date}”不是有效的日期，请写成 2024-01-09 或 2024年1月9日。`,
            `--date "${options.date}" is not a valid date; write 2024-01-09 or 2024年1月9日.`,
          ),
          { exitCode: 2 },
        );
      }
      if (!options.output) {
        throw new UserError(
          say(
            locale,
            "请用 -o 指定输出文件，如 -o 报告.yaml（- 为标准输出）。",
            "name the output with -o, e.g. -o report.yaml (- for standard output).",
          ),
          { exitCode: 2 },
        );
      }
      const output = options.output;
      const outputFormat = importOutputOf(output, locale);
      const format = importFormatOf(input, options.from, locale);
      if (output !== "-" && existsSync(output) && !options.force) {
        throw new UserError(
          say(
            locale,
            `${output} 已经存在，没有覆盖。要覆盖请加 --force。`,
            `${output} already exists and was left alone; add --force to overwrite it.`,
          ),
        );
      }
      const fileName = input === "-" ? "<stdin>" : input;
      // Text is decoded by the importer: UTF-8, UTF-16 with a BOM, or GB18030 (GBK) as Notepad saves it.
      const data = await readInputBytes(input, locale);
      let result: ImportResult;
      // The importer (mammoth, remark) is loaded here, when it is needed, not when the command starts.
      const { importReport } = await import("@gongwen/import");
      try {
        result = await importReport(data, { format, fileName, locale, ...(date ? { meta: { date } } : {}) });
      } catch (error) {
        if (error instanceof ReportError) {
          throw new UserError(
            say(
              locale,
              "无法导入这份报告（见上），没有写出任何文件。",
              "The report could not be imported (see above); nothing was written.",
            ),
            { problems: error.problems },
          );
        }
        throw error;
      }
      for (const note of result.notes) {
        ctx.err(`${fileName}:${note.line} ${say(locale, "提示：", "note: ")}${note.message}`);
      }
      for (const warning of result.warnings) ctx.err(formatWarning(warning, fileName, locale));
      if (options.strict && result.warnings.length > 0) {
        throw new UserError(
          say(
            locale,
            `--strict：导入时有 ${result.warnings.length} 处需要核对（见上），没有写出任何文件。`,
            `--strict: the import had to guess at ${result.warnings.length} point(s) (see above); nothing was written.`,
          ),
        );
      }
      for (const line of clutterSummary(result.removed, fileName, locale)) ctx.err(line);
      const text = await serialise(result, outputFormat, input, output, locale);
      if (output === "-") {
        ctx.write(text);
        return;
      }
      await writeAtomic(output, text, locale);
      ctx.err(
        say(
          locale,
          `已写入 ${output}：请核对后运行 gongwen validate ${output}`,
          `Wrote ${output}: check it, then run gongwen validate ${output}`,
        ),
      );
    });
}
