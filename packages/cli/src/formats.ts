import { extname } from "node:path";
import type { Locale } from "@gongwen/schema";
import { UserError } from "./errors.js";
import { say } from "./locale.js";

/** The formats a report can be read from. */
export type InputFormat = "yaml" | "markdown" | "json";
/** The formats a report can be written to. */
export type OutputFormat = "markdown" | "docx" | "json" | "html";

const INPUT_EXTENSIONS: Record<string, InputFormat> = {
  ".yaml": "yaml",
  ".yml": "yaml",
  ".md": "markdown",
  ".markdown": "markdown",
  ".json": "json",
};

const OUTPUT_EXTENSIONS: Record<string, OutputFormat> = {
  ".md": "markdown",
  ".markdown": "markdown",
  ".docx": "docx",
  ".json": "json",
  ".html": "html",
  ".htm": "html",
};

const FORMAT_NAMES: Record<string, OutputFormat | InputFormat> = {
  md: "markdown",
  markdown: "markdown",
  docx: "docx",
  json: "json",
  html: "html",
  yaml: "yaml",
  yml: "yaml",
};

/** The input format a file name implies, or the one named by `--from`. */
export function inputFormatOf(file: string, named: string | undefined, locale: Locale): InputFormat {
  const format = named ? FORMAT_NAMES[named.toLowerCase()] : INPUT_EXTENSIONS[extname(file).toLowerCase()];
  if (format && format !== "docx" && format !== "html") return format as InputFormat;
  if (file === "-" && !named) return "yaml";
  throw new UserError(
    say(
      locale,
      `${file}：不知道如何读取这种文件，请用 .yaml、.md 或 .json 文件（或用 --from 指明格式）。`,
      `${file}: cannot tell how to read this file; use a .yaml, .md or .json file (or name the format with --from).`,
    ),
    { exitCode: 2 },
  );
}

/**
 * The output format a file name implies, or the one named by `--to` (standard output defaults to
 * Markdown). A `--to` that disagrees with a known extension (`-o r.docx --to md`) is refused.
 * @throws UserError (exit 2) for a format it cannot write, or one the file name contradicts
 */
export function outputFormatOf(file: string, named: string | undefined, locale: Locale): OutputFormat {
  const byName = OUTPUT_EXTENSIONS[extname(file).toLowerCase()];
  const format = named ? FORMAT_NAMES[named.toLowerCase()] : byName;
  if (named && format && byName && byName !== format) {
    // `-o 报告.docx --to md` would write Markdown into a file every program opens as DOCX.
    throw new UserError(
      say(
        locale,
        `${file} 的扩展名表示 ${extname(file)} 文件，而 --to ${named} 要写另一种格式：请让两者一致。`,
        `${file} is named as a ${extname(file)} file, but --to ${named} writes another format: make them agree.`,
      ),
      { exitCode: 2 },
    );
  }
  if (format && format !== "yaml") return format as OutputFormat;
  if (file === "-" && !named) return "markdown";
  throw new UserError(
    say(
      locale,
      `${file}：不支持输出这种格式，请用 .docx、.md、.html 或 .json 作为扩展名（或用 --to 指明格式）。`,
      `${file}: cannot write this format; use a .docx, .md, .html or .json file name (or name the format with --to).`,
    ),
    { exitCode: 2 },
  );
}

/**
 * The format of a text read from standard input without `--from`: JSON when it opens with `{`
 * (an OA system's report), YAML otherwise; a file's format is its name's (see inputFormatOf).
 */
export function sniffInputFormat(
  file: string,
  named: string | undefined,
  format: InputFormat,
  text: string,
): InputFormat {
  if (file === "-" && !named && /^\s*\{/.test(text)) return "json";
  return format;
}
