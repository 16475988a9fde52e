#!/usr/bin/env node
// The installed command, bundle/gongwen.cjs: the command's CommonJS chunks (bundle/command.cjs and
// the chunks it requires, written by scripts/bundle.mjs) run with V8's code cache (code-cache.ts).
// Only meaningful in bundle/, where command.cjs lies beside it. `gongwen --version` alone is
// answered here, from package.json, without loading the command (as program.ts's VERSION reads it).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { requireWithCodeCache } from "./code-cache.js";

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
  // A reader gone (`gongwen --version | true`) is no error, as for every other output.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") process.exitCode = 1;
  });
  process.stdout.write(`${manifest.version}\n`);
} else {
  const { runCommand } = requireWithCodeCache(
    fileURLToPath(new URL("./command.cjs", import.meta.url)),
  ) as typeof import("./command.js");
  // No top-level await: this file is bundled as CommonJS, which Node starts without its ES module
  // loader (~10 ms of every start).
  void runCommand().then((code) => {
    process.exitCode = code;
  });
}
