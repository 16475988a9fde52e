import { createRequire } from "node:module";
import { ReportError } from "@gongwen/schema";
import { Command, CommanderError, Help, Option } from "commander";
import { commandLineMessage } from "./command-line-errors.js";
import { registerBatch } from "./commands/batch.js";
import { registerImport } from "./commands/import.js";
import { registerInit } from "./commands/init.js";
import { registerLint } from "./commands/lint.js";
import { registerPreview } from "./commands/preview.js";
import { registerRender } from "./commands/render.js";
import { registerSchema } from "./commands/schema.js";
import { registerServe } from "./commands/serve.js";
import { registerValidate } from "./commands/validate.js";
import type { CommandContext } from "./context.js";
import { UserError } from "./errors.js";
import { pickLocale, say } from "./locale.js";
import { printProblems } from "./problems-output.js";

/** The version of the gongwen command, from its package.json. */
export const VERSION: string = (createRequire(import.meta.url)("../package.json") as { version: string }).version;

const TITLES: Record<string, string> = {
  "Usage:": "用法 Usage:",
  "Options:": "选项 Options:",
  "Commands:": "命令 Commands:",
  "Arguments:": "参数 Arguments:",
  "Global Options:": "全局选项 Global Options:",
};

/** `(default: "report.yaml")` after an option's or argument's description, in Chinese with English. */
const bilingualDefault = (text: string) => text.replace(/ ?\(default: (.*)\)$/s, "（默认 default: $1）");

/** Help in Chinese with English: section titles and the defaults of options and arguments. */
const HELP: Partial<Help> = {
  styleTitle: (title) => TITLES[title] ?? title,
  optionDescription(option) {
    return bilingualDefault(Help.prototype.optionDescription.call(this, option));
  },
  argumentDescription(argument) {
    return bilingualDefault(Help.prototype.argumentDescription.call(this, argument));
  },
};

/** Where the command prints; tests pass their own. */
export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  write: (data: string | Uint8Array) => void;
  /** True when standard output is a terminal. */
  isTerminal?: () => boolean;
}

/** Builds the `gongwen` program with every command registered. */
export function buildProgram(ctx: CommandContext): Command {
  const program = new Command("gongwen")
    .description(
      "按 GB/T 9704-2012 排版机关年度工作总结和工作思路\nTurn structured data into Chinese government annual work reports laid out to GB/T 9704-2012",
    )
    .version(VERSION, "-V, --version", "显示版本号 / show the version")
    .addOption(new Option("--lang <lang>", "提示信息的语言 / language of messages").choices(["zh", "en"]))
    .helpOption("-h, --help", "显示帮助 / show help")
    .helpCommand("help [command]", "显示命令的帮助 / show help for a command")
    .showSuggestionAfterError(true)
    .configureHelp(HELP)
    .configureOutput({
      writeOut: (s) => ctx.write(s),
      writeErr: (s) => ctx.err(s.replace(/\n$/, "")),
      outputError: (s, write) => write(commandLineMessage(s, ctx.locale)),
    })
    .exitOverride();
  registerInit(program, ctx);
  registerValidate(program, ctx);
  registerRender(program, ctx);
  registerImport(program, ctx);
  registerLint(program, ctx);
  registerSchema(program, ctx);
  registerPreview(program, ctx);
  registerBatch(program, ctx);
  registerServe(program, ctx);
  for (const command of program.commands) {
    command
      .helpOption("-h, --help", "显示帮助 / show help")
      .configureHelp(HELP)
      .configureOutput({ outputError: (s, write) => write(commandLineMessage(s, ctx.locale, command.name())) })
      .exitOverride();
  }
  return program;
}

/** The language flag, read before commander parses (it decides the language of parse errors too). */
function langFlag(argv: readonly string[]): string | undefined {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (i < 0) return undefined;
  const arg = argv[i] as string;
  return arg.includes("=") ? arg.split("=")[1] : argv[i + 1];
}

/**
 * Runs the command line (arguments without `node` and the script) and returns the exit code:
 * 0 done, 1 the input has problems, 2 the command was misused, 70 an internal error. A user's
 * mistake is printed as a message, never as a stack trace.
 */
export async function main(argv: string[], io: Io): Promise<number> {
  const locale = pickLocale(langFlag(argv));
  const ctx: CommandContext = { locale, ...io };
  const program = buildProgram(ctx);
  try {
    await program.parseAsync(argv, { from: "user" });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.exitCode === 0
        ? 0
        : 2;
    }
    if (error instanceof UserError) {
      printProblems(error.problems, io.err);
      io.err(error.message);
      return error.exitCode;
    }
    if (error instanceof ReportError) {
      printProblems(error.problems, io.err);
      return 1;
    }
    io.err(
      say(
        locale,
        `内部错误（这是 gongwen 的缺陷，请报告）：${(error as Error)?.message ?? String(error)}`,
        `Internal error (a defect of gongwen; please report it): ${(error as Error)?.message ?? String(error)}`,
      ),
    );
    if (process.env.GONGWEN_DEBUG) io.err(String((error as Error)?.stack));
    return 70;
  }
}
