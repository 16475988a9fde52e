#!/usr/bin/env node
// The command from the compiled sources (dist/bin.js); the installed command is the bundle's
// gongwen.cjs (bundled-bin.ts).
import { runCommand } from "./command.js";

process.exitCode = await runCommand();
