import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { REPORT_YAML, run as runInProcess, tempDir } from "./helpers.js";

/** The bundled command (pnpm build writes it after tsc) and the list of its chunks. */
const BUNDLE = fileURLToPath(new URL("../bundle/", import.meta.url));
const META = join(BUNDLE, "meta.json");

interface Chunk {
  imports: string[];
  dynamicImports: string[];
  modules: string[];
}

function chunks(): Record<string, Chunk> {
  return (JSON.parse(readFileSync(META, "utf8")) as { chunks: Record<string, Chunk> }).chunks;
}

/** A module hook that logs the file of every module Node loads, one URL a line, to GONGWEN_LOADED. */
function loadLogger(dir: string): string {
  writeFileSync(
    join(dir, "hook.mjs"),
    `import { appendFileSync } from "node:fs";
export async function load(url, context, next) {
  if (url.startsWith("file:")) appendFileSync(process.env.GONGWEN_LOADED, url + "\\n");
  return next(url, context);
}
`,
  );
  // The command's CommonJS chunks are read with readFileSync by the bin (src/code-cache.ts), not
  // loaded by Node: those reads are logged too.
  writeFileSync(
    join(dir, "register.mjs"),
    `import fs, { appendFileSync } from "node:fs";
import { register, syncBuiltinESMExports } from "node:module";
import { pathToFileURL } from "node:url";
register("./hook.mjs", import.meta.url);
const readFileSync = fs.readFileSync;
fs.readFileSync = function (path, ...rest) {
  if (typeof path === "string" && path.endsWith(".cjs")) appendFileSync(process.env.GONGWEN_LOADED, pathToFileURL(path).href + "\\n");
  return readFileSync.call(this, path, ...rest);
};
syncBuiltinESMExports();
`,
  );
  return join(dir, "register.mjs");
}

/** Runs the bundled command and returns the modules (source files) of every chunk it read. */
function loadedModules(args: string[], cwd: string): { status: number | null; chunks: string[]; modules: string[] } {
  const log = join(cwd, `loaded-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(log, "");
  const result = spawnSync(process.execPath, ["--import", loadLogger(cwd), join(BUNDLE, "gongwen.cjs"), ...args], {
    cwd,
    env: { ...process.env, GONGWEN_LOADED: log },
    encoding: "utf8",
  });
  // Each file once: the bin requires rolldown's runtime through Node, the command's chunks again.
  const files = readFileSync(log, "utf8")
    .split("\n")
    .filter((url) => url.startsWith("file:"))
    .map((url) => fileURLToPath(url))
    .filter((file) => file.startsWith(BUNDLE))
    .map((file) => file.slice(BUNDLE.length))
    .filter((file, i, all) => all.indexOf(file) === i);
  const all = chunks();
  return {
    status: result.status,
    chunks: files,
    modules: files.flatMap((file) => all[file]?.modules ?? []),
  };
}

/** Does any module come from this package (a workspace folder or a node_modules package)? */
const from = (modules: string[], name: string) =>
  modules.some((m) => m.includes(`/node_modules/${name}/`) || m.startsWith(`../${name}/`));

describe("the bundled command", () => {
  it("is built", () => {
    expect(existsSync(META), "run pnpm build first").toBe(true);
  });

  it("answers --version from the bin alone, as the command does", async () => {
    const dir = tempDir();
    const { VERSION } = await import("../src/program.js");
    for (const flag of ["--version", "-V"]) {
      const run = loadedModules([flag], dir);
      expect(run.status).toBe(0);
      const [bin, runtime, ...more] = [...run.chunks].sort();
      expect(bin).toBe("gongwen.cjs");
      expect(runtime).toMatch(/^rolldown-runtime-.*\.cjs$/);
      expect(more).toEqual([]);
      const r = spawnSync(process.execPath, [join(BUNDLE, "gongwen.cjs"), flag], { encoding: "utf8" });
      expect(r.stdout).toBe(`${VERSION}\n`);
      expect((await runInProcess(flag)).written).toBe(r.stdout);
    }
  });

  it("still starts from bundle/gongwen.js, the bin's former name", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "r.yaml"), REPORT_YAML);
    const r = spawnSync(process.execPath, [join(BUNDLE, "gongwen.js"), "render", "r.yaml", "-o", "r.md"], {
      cwd: dir,
      encoding: "utf8",
    });
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(dir, "r.md"), "utf8")).toContain("## 一、2023年工作总结");
  });

  it("starts from one chunk: --help reads nothing more", () => {
    const dir = tempDir();
    for (const args of [["--help"], ["render", "--help"], ["--version", "--help"]]) {
      const run = loadedModules(args, dir);
      expect(run.status).toBe(0);
      // The bin, the command's entry, the start-up chunk and rolldown's small runtime (helpers
      // every chunk shares).
      const [command, bin, runtime, start, ...more] = [...run.chunks].sort();
      expect(command).toBe("command.cjs");
      expect(bin).toBe("gongwen.cjs");
      expect(runtime).toMatch(/^rolldown-runtime-.*\.cjs$/);
      expect(start).toMatch(/^start-.*\.cjs$/);
      expect(more, `${args.join(" ")} reads only its start`).toEqual([]);
      for (const heavy of ["zod", "yaml", "docx", "unified", "mammoth", "render-docx", "render-md", "import", "lint"]) {
        expect(from(run.modules, heavy), `${args.join(" ")} loads ${heavy}`).toBe(false);
      }
    }
  });

  it("does not load node:child_process to start (commander requires it when it spawns, never here)", () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, "modules.cjs"),
      `process.on("exit", () => require("node:fs").writeSync(2, process.moduleLoadList.join("\\n")));\n`,
    );
    const r = spawnSync(process.execPath, ["-r", join(dir, "modules.cjs"), join(BUNDLE, "gongwen.cjs"), "--help"], {
      cwd: dir,
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("NativeModule fs");
    expect(r.stderr.split("\n")).not.toContain("NativeModule child_process");
  });

  it("renders DOCX without the importer, the proofreader, the Markdown reader, docx or fflate", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "r.yaml"), REPORT_YAML);
    const run = loadedModules(["render", "r.yaml", "-o", "r.docx"], dir);
    expect(run.status).toBe(0);
    expect(existsSync(join(dir, "r.docx"))).toBe(true);
    expect(from(run.modules, "render-docx")).toBe(true);
    // The writer writes every part itself, and zips with zlib's DEFLATE (@gongwen/render-docx/core).
    for (const unneeded of ["render-md", "import", "lint", "mammoth", "unified", "remark-parse", "docx", "fflate"]) {
      expect(from(run.modules, unneeded), `render to DOCX loads ${unneeded}`).toBe(false);
    }
  });

  it("validates without any writer, and renders Markdown without docx", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "r.yaml"), REPORT_YAML);
    const validate = loadedModules(["validate", "r.yaml"], dir);
    expect(validate.status).toBe(0);
    for (const unneeded of ["render-docx", "docx", "render-md", "import", "lint"]) {
      expect(from(validate.modules, unneeded), `validate loads ${unneeded}`).toBe(false);
    }
    const md = loadedModules(["render", "r.yaml", "-o", "r.md"], dir);
    expect(md.status).toBe(0);
    expect(from(md.modules, "render-md")).toBe(true);
    for (const unneeded of ["render-docx", "docx", "import", "lint"]) {
      expect(from(md.modules, unneeded), `render to Markdown loads ${unneeded}`).toBe(false);
    }
  });

  it("batches under node's own and V8's flags (a worker given them as execArgv would refuse V8's)", () => {
    const dir = tempDir();
    const examples = fileURLToPath(new URL("../../../examples/batch/", import.meta.url));
    const flags = ["--max-old-space-size=512", "--stack-size=900", "--no-warnings"];
    const args = ["batch", join(examples, "template.yaml"), "--data", join(examples, "counties.csv"), "-o", "out"];
    const r = spawnSync(process.execPath, [...flags, join(BUNDLE, "gongwen.cjs"), ...args, "--jobs", "2"], {
      cwd: dir,
      encoding: "utf8",
    });
    expect(r.stderr).not.toContain("execArgv");
    expect(r.status).toBe(0);
    expect(readdirSync(join(dir, "out")).filter((f) => f.endsWith(".docx"))).toHaveLength(12);
  });

  it("reads CSV data without the XLSX reader or fflate, and loads them for XLSX with the same result", () => {
    const dir = tempDir();
    const example = (name: string) => fileURLToPath(new URL(`../../../examples/batch/${name}`, import.meta.url));
    const outputs: Record<string, string> = {};
    for (const ext of ["csv", "xlsx"]) {
      const args = ["--data", example(`counties.${ext}`), "--to", "md", "--jobs", "1"];
      const batch = loadedModules(["batch", example("template.yaml"), ...args, "-o", ext], dir);
      expect(batch.status).toBe(0);
      const render = loadedModules(
        ["render", example("template.yaml"), ...args.slice(0, 2), "--row", "2", "-o", `${ext}.md`],
        dir,
      );
      expect(render.status).toBe(0);
      for (const reader of ["read-excel-file", "fflate"]) {
        expect(from(batch.modules, reader), `batch --data .${ext} loads ${reader}`).toBe(ext === "xlsx");
        expect(from(render.modules, reader), `render --data .${ext} loads ${reader}`).toBe(ext === "xlsx");
      }
      outputs[ext] = readFileSync(join(dir, ext, "鹤川县统计局2023年工作总结.md"), "utf8");
    }
    expect(outputs.xlsx).toBe(outputs.csv);
  });

  it("finds its templates and the JSON Schema from the bundle", () => {
    const dir = tempDir();
    const r = spawnSync(process.execPath, [join(BUNDLE, "gongwen.cjs"), "init", "new.yaml"], {
      cwd: dir,
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    const text = readFileSync(join(dir, "new.yaml"), "utf8");
    const schema = /^# yaml-language-server: \$schema=(.+)$/m.exec(text)?.[1];
    expect(schema).toMatch(/report\.schema\.json$/);
    expect(existsSync(join(dir, schema as string))).toBe(true);
  });
});

describe("pnpm gongwen in the repository", () => {
  it("reads and writes relative to the folder it is run from, not the repository root", () => {
    const root = fileURLToPath(new URL("../../../", import.meta.url));
    // .tmp/ is ignored by git: a folder inside the repository that is not the root.
    const dir = join(root, ".tmp", `pnpm-gongwen-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    try {
      writeFileSync(join(dir, "r.yaml"), REPORT_YAML);
      const r = spawnSync("pnpm", ["-s", "gongwen", "render", "r.yaml", "-o", "r.md"], { cwd: dir, encoding: "utf8" });
      expect(r.status, r.stderr).toBe(0);
      expect(readFileSync(join(dir, "r.md"), "utf8")).toContain("## 一、2023年工作总结");
      expect(existsSync(join(root, "r.md"))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
