import type { Locale } from "@gongwen/schema";

/** What every command is given: the language of messages and where to print. */
export interface CommandContext {
  locale: Locale;
  /** Prints a line to standard output. */
  out: (line: string) => void;
  /** Prints a line to standard error. */
  err: (line: string) => void;
  /** Writes raw data to standard output (for `-o -`). */
  write: (data: string | Uint8Array) => void;
  /** True when standard output is a terminal (binary output is refused there). */
  isTerminal?: () => boolean;
}
