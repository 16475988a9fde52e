import { formatProblem, type Locale, type Problem } from "@gongwen/schema";
import { UserError } from "./errors.js";
import { say } from "./locale.js";

/** Prints problems one per line, `file:line:col message`, the way compilers do (and editors link). */
export function printProblems(problems: readonly Problem[], write: (line: string) => void): void {
  for (const problem of problems) write(formatProblem(problem));
}

/** How `validate` and `lint` print what they find: lines for people, or JSON for programs. */
export type ProblemFormat = "text" | "json";

/** The `--format` option of validate and lint; anything but text or json is a misuse (exit 2). */
export function problemFormatOf(value: string, locale: Locale): ProblemFormat {
  const format = value.toLowerCase();
  if (format === "text" || format === "json") return format;
  throw new UserError(
    say(locale, `--format 只能是 text 或 json，不能是“${value}”。`, `--format is text or json, not "${value}".`),
    { exitCode: 2 },
  );
}
