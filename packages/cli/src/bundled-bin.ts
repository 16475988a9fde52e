#!/usr/bin/env node
// The installed command, bundle/gongwen.js: the command's CommonJS chunks (bundle/command.cjs and
// the chunks it requires, written by scripts/bundle.mjs) run with V8's code cache (code-cache.ts).
// Only meaningful in bundle/, where command.cjs lies beside it.
import { fileURLToPath } from "node:url";
import { requireWithCodeCache } from "./code-cache.js";

const { runCommand } = requireWithCodeCache(
  fileURLToPath(new URL("./command.cjs", import.meta.url)),
) as typeof import("./command.js");
process.exitCode = await runCommand();
