import { guardStandardOutput } from "./files.js";
import { main } from "./program.js";

/**
 * Runs the gongwen command on this process's arguments and standard streams (what `bin.js` and
 * the bundled `gongwen.cjs` start).
 * @returns the exit code.
 */
export async function runCommand(): Promise<number> {
  guardStandardOutput();
  return main(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    write: (data) => process.stdout.write(data),
    isTerminal: () => process.stdout.isTTY === true,
  });
}
