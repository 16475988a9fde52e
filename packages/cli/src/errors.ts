import type { Problem } from "@gongwen/schema";

/** The exit code when an input file cannot be read (missing, a folder, no permission): sysexits' EX_NOINPUT. */
export const EXIT_NO_INPUT = 66;

/**
 * A mistake of the user's (a missing file, an unknown format, a report with problems): the
 * command prints its message — never a stack trace — and exits with `exitCode`.
 */
export class UserError extends Error {
  readonly exitCode: number;
  readonly problems: Problem[];

  /**
   * @param options.cause the system's error behind it (a file that could not be written), kept
   * for a caller that says it otherwise (`batch` reports it as a problem of one row).
   */
  constructor(message: string, options: { exitCode?: number; problems?: Problem[]; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "UserError";
    this.exitCode = options.exitCode ?? 1;
    this.problems = options.problems ?? [];
  }
}
