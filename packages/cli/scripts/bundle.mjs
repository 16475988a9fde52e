// Bundles the gongwen command with rolldown (run by `pnpm build` after tsc, and by the release
// script), in two builds into bundle/:
// - the command, as CommonJS: dist/command.js with every package it imports becomes
//   bundle/command.cjs plus chunks, which the installed bin bundle/gongwen.cjs (dist/bundled-bin.js)
//   runs with V8's code cache (src/code-cache.ts): compiling ES modules cannot be cached on Node 20.
//   Starting reads gongwen.cjs, command.cjs, one `start-*.cjs` chunk and rolldown's runtime; whatever a
//   command loads with `await import()` (the DOCX writer, the Markdown reader, the importer, the
//   proofreader, the model's zod validation) is a chunk of its own, read only when that command runs.
// - the library and the worker threads, as ES modules: dist/index.js becomes bundle/index.js plus
//   chunks, and each WORKERS entry bundle/<name>.js.
//
// Why rolldown and not esbuild: esbuild splits code by file and follows every re-export of a
// package's index, so one light import from @gongwen/schema (REPORT_KINDS) put the whole model,
// zod and the YAML parser into the chunk every start reads. rolldown chunks by module after tree
// shaking, as Rollup does, so the start-up chunk holds only what the start-up code uses.
//
// bundle/meta.json (not shipped) lists every chunk with the modules in it and the chunks it
// imports; the tests use it to check what each command loads.
import { chmodSync, rmSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import { build, rolldown } from "rolldown";

/** Bundles without writing: the chunks as rolldown would write them. */
async function generate(options) {
  const bundle = await rolldown(options);
  try {
    return await bundle.generate(options.output);
  } finally {
    await bundle.close();
  }
}

const cli = new URL("../", import.meta.url);
const at = (path) => new URL(path, cli).pathname;

/**
 * Further entry points, `name: file`, each written as bundle/<name>.js beside the chunks. A worker
 * thread's entry file belongs here: code that starts a worker with
 * `new Worker(new URL("./<name>.js", import.meta.url))` finds it, because every chunk sits in
 * bundle/ too. Example: `"batch-worker": at("../template/dist/batch-worker.js")`.
 */
const WORKERS = {
  // gongwen batch: @gongwen/template starts `new URL("./worker.js", import.meta.url)`.
  worker: at("../template/dist/worker.js"),
  // gongwen serve: @gongwen/service's piscina pool runs `./render-worker.js` beside its module.
  "render-worker": at("../service/dist/render-worker.js"),
};

/**
 * The command's own worker threads, in the CommonJS build beside the command, so they share its
 * chunks and run with its code cache: `gongwen batch` starts bundle/batch-worker-bin.cjs
 * (src/bundled-batch-worker.ts, built on its own like the bin: see WORKER_BINS), which runs
 * bundle/batch-worker.cjs with the cache.
 */
const CJS_WORKERS = { "batch-worker": at("../template/dist/worker.js") };

/**
 * The files a worker thread of the command starts from, each a build of its own without chunks:
 * built with the command, they would share the code cache's module with the bin, and rolldown
 * would move it into a chunk that every start then reads.
 */
const WORKER_BINS = { "batch-worker-bin": at("dist/bundled-batch-worker.js") };

/**
 * Packages left out of the bundle, imported at run time from node_modules instead: list here any
 * package that finds its own files beside its code (a worker thread's file by __dirname, native
 * addons), and name it in the CLI's `dependencies` so that npm installs it.
 */
const EXTERNAL = ["piscina"];

/**
 * commander requires node:child_process at its top, for executable subcommands (`git-style`
 * commands in files of their own), which gongwen has none of; loading it loads node:net and
 * node:dgram too, a few milliseconds of every start. It is required when first used instead. The
 * build fails if commander's line changes, rather than quietly loading it again.
 */
const lazyChildProcess = {
  name: "gongwen:commander-lazy-child-process",
  transform(code, id) {
    if (!id.replaceAll("\\", "/").endsWith("/commander/lib/command.js")) return null;
    const eager = "const childProcess = require('node:child_process');";
    if (!code.includes(eager)) throw new Error(`bundle: ${id} no longer has ${eager}`);
    return code.replace(
      eager,
      "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };",
    );
  },
};

/** The options both builds share: `input`, the output `format` and file extension `ext`. */
const common = (input, format, ext, codeSplitting) => ({
  input,
  plugins: [lazyChildProcess],
  platform: "node",
  external: EXTERNAL,
  cwd: at("."),
  logLevel: "warn",
  // A module imported both statically and with `await import()` stays in the importer's chunk: the
  // lazy loading it was meant for silently stops. That fails the build instead.
  onLog(level, log, handler) {
    handler(log.code === "INEFFECTIVE_DYNAMIC_IMPORT" ? "error" : level, log);
  },
  output: {
    dir: at("bundle"),
    format,
    entryFileNames: `[name].${ext}`,
    chunkFileNames: `[name]-[hash].${ext}`,
    // Whitespace only: names stay readable in an internal error's stack trace (GONGWEN_DEBUG=1).
    minify: { compress: false, mangle: false, codegen: { removeWhitespace: true } },
    comments: { legal: true },
    // Non-ASCII characters (the Chinese messages) written as \u escapes: a chunk read at start is
    // then a one-byte string to V8, decoded and compiled faster than a two-byte one.
    charset: "ascii",
    codeSplitting,
  },
});

/** The command's build; `startModules` (module ids) are put together into one chunk, `start`. */
const commandOptions = (startModules = new Set()) =>
  common({ gongwen: at("dist/bundled-bin.js"), command: at("dist/command.js"), ...CJS_WORKERS }, "cjs", "cjs", {
    groups: [{ name: "start", test: (id) => startModules.has(id) }],
  });

/** The build of the library and the workers. */
const moduleOptions = () => common({ index: at("dist/index.js"), ...WORKERS }, "esm", "js", true);

/** The modules of the chunks an entry imports statically, the entry's own included. */
function staticModules(output, entry) {
  const byName = new Map(output.filter((o) => o.type === "chunk").map((o) => [o.fileName, o]));
  const modules = new Set();
  const seen = new Set();
  const visit = (fileName) => {
    const chunk = byName.get(fileName);
    if (!chunk || seen.has(fileName)) return;
    seen.add(fileName);
    for (const id of chunk.moduleIds) modules.add(id);
    for (const next of chunk.imports) visit(next);
  };
  visit(entry);
  return modules;
}

// First pass (nothing written): which modules the command needs to start. Second pass: those in one
// chunk, so that a start reads bundle/command.cjs and bundle/start-*.cjs, and nothing else.
const { output: firstPass } = await generate(commandOptions());
const startModules = staticModules(firstPass, "command.cjs");
rmSync(at("bundle"), { recursive: true, force: true });
const command = await build(commandOptions(startModules));
const workerBins = await Promise.all(
  Object.entries(WORKER_BINS).map(([name, file]) => build(common({ [name]: file }, "cjs", "cjs", false))),
);
const modules = await build(moduleOptions());

// bundle/gongwen.js, the bin's name before it was CommonJS, still starts the command (scripts and
// habits that run it); the installed bin is gongwen.cjs.
writeFileSync(
  at("bundle/gongwen.js"),
  '#!/usr/bin/env node\n// The command is bundle/gongwen.cjs.\nimport "./gongwen.cjs";\n',
);

// Runnable as they are, like the file npm links as `gongwen` (npm sets the mode on install too).
chmodSync(at("bundle/gongwen.cjs"), 0o755);
chmodSync(at("bundle/gongwen.js"), 0o755);

const chunks = {};
for (const output of [...command.output, ...workerBins.flatMap((b) => b.output), ...modules.output]) {
  if (output.type !== "chunk") continue;
  chunks[output.fileName] = {
    imports: output.imports,
    dynamicImports: output.dynamicImports,
    modules: output.moduleIds.map((id) => relative(at("."), id)),
  };
}
writeFileSync(at("bundle/meta.json"), `${JSON.stringify({ chunks }, null, 1)}\n`);
