import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { bundleCacheDir, codeCacheDir } from "../src/code-cache.js";
import { REPORT_YAML, tempDir } from "./helpers.js";

/** The bundled command (pnpm build writes it). */
const BIN = fileURLToPath(new URL("../bundle/gongwen.cjs", import.meta.url));
/** A line of `gongwen --help`. */
const HELP = "render";

/** The folder of the bundled command's caches under a user cache folder. */
const cacheDirOf = (cacheHome: string) => bundleCacheDir(codeCacheDir({ XDG_CACHE_HOME: cacheHome }), dirname(BIN));

/** Runs the bundled command with its user cache folder at `cacheHome`. */
function gongwen(cacheHome: string, cwd: string, ...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    env: { ...process.env, XDG_CACHE_HOME: cacheHome },
    encoding: "utf8",
  });
}

/** The cache files and their modification times, by file name. */
function cacheFiles(cacheHome: string): Map<string, number> {
  const dir = cacheDirOf(cacheHome);
  if (!existsSync(dir)) return new Map();
  return new Map(readdirSync(dir).map((name) => [name, statSync(join(dir, name)).mtimeMs]));
}

/** The cache file of the start-up chunk. */
function startCache(cacheHome: string): string {
  const name = [...cacheFiles(cacheHome).keys()].find((file) => /^start-.*\.cjs\.cache$/.test(file));
  expect(name, "a cache of the start-up chunk").toBeDefined();
  return join(cacheDirOf(cacheHome), name as string);
}

describe("the bundled command's code cache", () => {
  it("is made at the first start, one file per chunk read, and used as it is at the next", () => {
    const home = tempDir();
    const first = gongwen(home, home, "--help");
    expect(first.stdout).toContain(HELP);
    const made = cacheFiles(home);
    expect([...made.keys()].sort()).toEqual([
      "command.cjs.cache",
      expect.stringMatching(/^rolldown-runtime-.*\.cjs\.cache$/),
      expect.stringMatching(/^start-.*\.cjs\.cache$/),
    ]);
    const second = gongwen(home, home, "--help");
    expect(second.stdout).toBe(first.stdout);
    expect(cacheFiles(home)).toEqual(made);
  });

  it("adds the chunks a later command reads", () => {
    const home = tempDir();
    writeFileSync(join(home, "r.yaml"), REPORT_YAML);
    gongwen(home, home, "--help");
    const render = gongwen(home, home, "render", "r.yaml", "-o", "r.docx");
    expect(render.status, render.stderr).toBe(0);
    expect(existsSync(join(home, "r.docx"))).toBe(true);
    const names = [...cacheFiles(home).keys()];
    expect(names.some((name) => name.startsWith("yaml-"))).toBe(true);
    expect(names.length).toBeGreaterThan(3);
  });

  it("is made and used by the batch's worker threads too", () => {
    const home = tempDir();
    const example = fileURLToPath(new URL("../../../examples/batch/", import.meta.url));
    const batch = (out: string) =>
      gongwen(
        home,
        home,
        "batch",
        join(example, "template.yaml"),
        "--data",
        join(example, "counties.csv"),
        "-o",
        out,
        "--jobs",
        "2",
      );
    const first = batch("first");
    expect(first.status, first.stderr).toBe(0);
    const made = cacheFiles(home);
    // The worker's own entry (only a worker thread loads it).
    expect(made.has("batch-worker.cjs.cache")).toBe(true);
    const second = batch("second");
    expect(second.status, second.stderr).toBe(0);
    expect(cacheFiles(home)).toEqual(made);
    const files = readdirSync(join(home, "first")).sort();
    expect(files).toHaveLength(12);
    expect(readdirSync(join(home, "second")).sort()).toEqual(files);
    for (const file of files)
      expect(readFileSync(join(home, "second", file))).toEqual(readFileSync(join(home, "first", file)));
  });

  it("ignores and replaces a corrupt cache, and one V8 rejects", () => {
    const home = tempDir();
    gongwen(home, home, "--help");
    const start = startCache(home);
    const good = readFileSync(start);
    const other = readFileSync(join(cacheDirOf(home), "command.cjs.cache"));
    // Flipped bytes (the checksum catches them), too short, and another chunk's whole cache (a
    // sound file V8 rejects for this source).
    const flipped = Buffer.from(good);
    flipped.writeUInt8(flipped.readUInt8(flipped.length >> 1) ^ 0xff, flipped.length >> 1);
    for (const bad of [flipped, good.subarray(0, 3), other]) {
      writeFileSync(start, bad);
      const run = gongwen(home, home, "--help");
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(HELP);
      expect(run.stderr).toBe("");
      expect(readFileSync(start).length).toBeGreaterThan(4);
      expect(readFileSync(start).equals(bad)).toBe(false);
    }
  });

  it("is not used for another source of the same length (an upgraded bundle naming other chunks)", () => {
    const home = tempDir();
    const pkg = tempDir();
    cpSync(dirname(BIN), join(pkg, "bundle"), { recursive: true });
    cpSync(fileURLToPath(new URL("../package.json", import.meta.url)), join(pkg, "package.json"));
    const bin = join(pkg, "bundle", "gongwen.cjs");
    const help = () =>
      spawnSync(process.execPath, [bin, "--help"], {
        env: { ...process.env, XDG_CACHE_HOME: home },
        encoding: "utf8",
      });
    expect(help().stdout).toContain(HELP);
    // The next build: its start-up chunk has another name of the same length.
    const entry = join(pkg, "bundle", "command.cjs");
    const start = /start-[\w-]+\.cjs/.exec(readFileSync(entry, "utf8"))?.[0] as string;
    const renamed = start.replace(/^start-./, (head) => `${head.slice(0, -1)}${head.endsWith("x") ? "y" : "x"}`);
    renameSync(join(pkg, "bundle", start), join(pkg, "bundle", renamed));
    writeFileSync(entry, readFileSync(entry, "utf8").replace(start, renamed));
    const run = help();
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain(HELP);
  });

  it("keeps a folder per install: two bundles do not drop each other's caches", () => {
    const home = tempDir();
    const pkg = tempDir();
    const other = join(pkg, "bundle");
    cpSync(dirname(BIN), other, { recursive: true });
    cpSync(fileURLToPath(new URL("../package.json", import.meta.url)), join(pkg, "package.json"));
    // The copy is another build: its start-up chunk has another name.
    const entry = join(other, "command.cjs");
    const start = /start-[\w-]+\.cjs/.exec(readFileSync(entry, "utf8"))?.[0] as string;
    const renamed = start.replace(/^start-./, (head) => `${head.slice(0, -1)}${head.endsWith("x") ? "y" : "x"}`);
    renameSync(join(other, start), join(other, renamed));
    writeFileSync(entry, readFileSync(entry, "utf8").replace(start, renamed));
    const help = (bin: string) =>
      spawnSync(process.execPath, [bin, "--help"], { env: { ...process.env, XDG_CACHE_HOME: home }, encoding: "utf8" });
    expect(help(BIN).stdout).toContain(HELP);
    const made = cacheFiles(home);
    expect(help(join(other, "gongwen.cjs")).stdout).toContain(HELP);
    expect(help(BIN).stdout).toContain(HELP);
    expect(cacheFiles(home)).toEqual(made);
    const root = codeCacheDir({ XDG_CACHE_HOME: home });
    expect(readdirSync(root).sort()).toEqual(
      [cacheDirOf(home), bundleCacheDir(root, other)].map((d) => d.slice(root.length + 1)).sort(),
    );
    expect(readdirSync(bundleCacheDir(root, other))).toContain(`${renamed}.cache`);
  });

  it("removes the caches of chunks the bundle no longer has when it writes", () => {
    const home = tempDir();
    gongwen(home, home, "--help");
    const dir = cacheDirOf(home);
    writeFileSync(join(dir, "start-OldBuild.cjs.cache"), "old");
    writeFileSync(join(dir, "command.cjs.cache"), "corrupt");
    gongwen(home, home, "--help");
    expect(existsSync(join(dir, "start-OldBuild.cjs.cache"))).toBe(false);
  });

  it("skips a cache file that is not a regular file (a FIFO would block a read for ever)", () => {
    const home = tempDir();
    gongwen(home, home, "--help");
    const file = startCache(home);
    rmSync(file);
    const made = spawnSync("mkfifo", [file]);
    expect(made.status).toBe(0);
    const run = spawnSync(process.execPath, [BIN, "--help"], {
      cwd: home,
      env: { ...process.env, XDG_CACHE_HOME: home },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(run.signal).toBeNull();
    expect(run.stdout).toContain(HELP);
  });

  it("is harmless where the cache folder cannot be made: the command works and says nothing of it", () => {
    const dir = tempDir();
    const notAFolder = join(dir, "file");
    writeFileSync(notAFolder, "");
    writeFileSync(join(dir, "r.yaml"), REPORT_YAML);
    const run = gongwen(notAFolder, dir, "render", "r.yaml", "-o", "r.md");
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(dir, "r.md"), "utf8")).toContain("## 一、2023年工作总结");
    expect(run.stderr).not.toMatch(/cache|ENOTDIR|EEXIST/i);
  });
});

describe("codeCacheDir", () => {
  const tail = join("gongwen", "code-cache", `${process.version}-linux-${process.arch}`);

  it("is in XDG_CACHE_HOME when set, whatever the platform", () => {
    expect(codeCacheDir({ XDG_CACHE_HOME: "/c" }, "linux")).toBe(join("/c", tail));
  });

  it("is in LOCALAPPDATA on Windows, ~/Library/Caches on macOS, ~/.cache elsewhere", () => {
    expect(codeCacheDir({ LOCALAPPDATA: "/w" }, "win32")).toMatch(/^\/w[\\/]gongwen[\\/]code-cache[\\/].*-win32-/);
    expect(codeCacheDir({}, "darwin")).toMatch(/Library[\\/]Caches[\\/]gongwen[\\/]code-cache[\\/].*-darwin-/);
    expect(codeCacheDir({}, "linux")).toMatch(/\.cache[\\/]gongwen[\\/]code-cache[\\/].*-linux-/);
  });
});
