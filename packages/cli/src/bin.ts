#!/usr/bin/env node
import { guardStandardOutput } from "./files.js";
import { main } from "./program.js";

guardStandardOutput();

const code = await main(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  write: (data) => process.stdout.write(data),
  isTerminal: () => process.stdout.isTTY === true,
});
process.exitCode = code;
