/** @gongwen/cli — the `gongwen` command, usable in-process through `main`. */

export { UserError } from "./errors.js";
export { buildProgram, type Io, main } from "./program.js";
