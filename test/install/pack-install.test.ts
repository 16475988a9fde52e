// What a user outside the repository gets: every publishable package packed as for publishing,
// then installed with plain npm into fresh folders outside the repository, as the README's
// "Install" section tells a clerk and a developer. Run by `pnpm test:install` after `pnpm build`.
import { execFileSync, type SpawnSyncReturns, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { packAll, publishablePackages, ROOT } from "../../scripts/packages.mjs";

const README = readFileSync(join(ROOT, "README.md"), "utf8");
const WORK = mkdtempSync(join(tmpdir(), "gongwen-install-"));
/** npm's cache, kept between runs so that a second run needs the registry for nothing new. */
const CACHE = process.env.GONGWEN_NPM_CACHE ?? join(tmpdir(), "gongwen-npm-cache");
const TSC = join(ROOT, "node_modules/typescript/bin/tsc");

/** The environment without what pnpm passes to its scripts (npm would read it as its own settings). */
const ENV = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^(npm_|pnpm_)/i.test(key) && key !== "INIT_CWD"),
);

/** The "## Install" section of the README: its shell lines (by block) and its TypeScript. */
function installSection(): { sh: string[][]; ts: string } {
  const start = README.indexOf("## Install");
  const end = README.indexOf("\n## ", start + 1);
  const text = README.slice(start, end);
  const sh = [...text.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => (m[1] as string).trim().split("\n"));
  const ts = /```ts\n([\s\S]*?)```/.exec(text)?.[1] ?? "";
  return { sh, ts };
}

/** Runs npm with the shared cache, preferring what the cache holds. */
function npm(args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync("npm", [...args, "--cache", CACHE, "--prefer-offline", "--no-audit", "--no-fund"], {
    cwd,
    env: ENV,
    encoding: "utf8",
  });
}

/** The README's `npm install …` line, without `npm`, each @gongwen package replaced by its tarball. */
function withTarballs(line: string, tarballs: Record<string, string>): string[] {
  const words = line.split(/\s+/).slice(1);
  return words.map((word) => tarballs[word] ?? word);
}

/** Lines of npm's output about an engine a package does not support. */
const engineWarnings = (r: SpawnSyncReturns<string>) =>
  `${r.stdout}\n${r.stderr}`.split("\n").filter((line) => line.includes("EBADENGINE"));

/** Every file below a folder, relative to it. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => statSync(join(dir, f)).isFile());
}

let tarballs: Record<string, string> = {};

beforeAll(() => {
  expect(existsSync(join(ROOT, "packages/cli/bundle/gongwen.cjs")), "run pnpm build first").toBe(true);
  tarballs = packAll(join(WORK, "tarballs"));
});

describe("the packed packages", () => {
  it("are every publishable package, all at one version", () => {
    const names = publishablePackages().map((p) => p.name);
    expect(Object.keys(tarballs).sort()).toEqual(names.sort());
    const versions = new Set(publishablePackages().map((p) => p.manifest.version));
    expect(versions.size).toBe(1);
  });

  it("hold what their package.json names, no workspace: range, and source maps whose sources are shipped", () => {
    for (const [name, tarball] of Object.entries(tarballs)) {
      const dir = join(WORK, "unpacked", name);
      mkdirSync(dir, { recursive: true });
      execFileSync("tar", ["xzf", tarball, "-C", dir]);
      const pkg = join(dir, "package");
      const manifest = JSON.parse(readFileSync(join(pkg, "package.json"), "utf8"));
      expect(JSON.stringify(manifest), name).not.toContain("workspace:");
      const targets = Object.values(manifest.exports).flatMap((e) =>
        typeof e === "string" ? [e] : Object.values(e as object),
      );
      for (const target of [...targets, ...Object.values(manifest.bin ?? {})]) {
        expect(existsSync(join(pkg, target as string)), `${name}: ${target}`).toBe(true);
      }
      const files = filesBelow(pkg);
      expect(
        files.filter((f) => f.endsWith(".test.ts") || f.endsWith(".tsbuildinfo")),
        name,
      ).toEqual([]);
      for (const map of files.filter((f) => f.endsWith(".map"))) {
        const { sources } = JSON.parse(readFileSync(join(pkg, map), "utf8")) as { sources: string[] };
        for (const source of sources) {
          const shipped = resolve(dirname(join(pkg, map)), source);
          expect(existsSync(shipped), `${name}: ${map} points at ${relative(pkg, shipped)}`).toBe(true);
        }
      }
    }
  });
});

describe("a clerk", () => {
  it("installs the command with npm install -g and runs it in their own folder", () => {
    const { sh } = installSection();
    const [install, start] = sh;
    expect(install?.[0]).toBe("npm install -g @gongwen/cli");
    const prefix = join(WORK, "global");
    const installed = npm(["--prefix", prefix, ...withTarballs(install?.[0] as string, tarballs)], WORK);
    expect(installed.status, installed.stderr).toBe(0);
    expect(engineWarnings(installed)).toEqual([]);
    const bin = join(prefix, "bin", "gongwen");
    const folder = join(WORK, "clerk");
    mkdirSync(folder);
    const gongwen = (line: string) => {
      const r = spawnSync(bin, line.split(/\s+/).slice(1), { cwd: folder, env: ENV, encoding: "utf8" });
      expect(r.status, `${line}\n${r.stderr}`).toBe(0);
      return r;
    };
    expect(gongwen(install?.[1] as string).stdout.trim()).toBe(publishablePackages()[0]?.manifest.version);
    for (const line of start ?? []) gongwen(line);
    const docx = readFileSync(join(folder, "报告.docx"));
    expect(docx.subarray(0, 2).toString()).toBe("PK");
    // The schema line points at the JSON Schema shipped inside the installed command.
    const yaml = readFileSync(join(folder, "报告.yaml"), "utf8");
    const schema = /^# yaml-language-server: \$schema=(.+)$/m.exec(yaml)?.[1] as string;
    expect(existsSync(join(folder, schema)), schema).toBe(true);
  });
});

describe("a developer", () => {
  const project = join(WORK, "developer");

  beforeAll(() => {
    mkdirSync(project);
    writeFileSync(
      join(project, "package.json"),
      `${JSON.stringify({ name: "uses-gongwen", private: true, type: "module" })}\n`,
    );
    const [line] = installSection().sh[2] ?? [];
    expect(line).toMatch(/^npm install @gongwen\//);
    // Every package, so that each is tried; the README's line names the ones a program needs.
    const all = [...new Set([...withTarballs(line as string, tarballs), ...Object.values(tarballs)])];
    expect(all[0]).toBe("install");
    const installed = npm(all, project);
    expect(installed.status, installed.stderr).toBe(0);
    // No engine warnings: the `docx` package, which named a nanoid for Node 22, is no longer installed.
    expect(engineWarnings(installed)).toEqual([]);
  });

  it("imports every package from an ES module and requires it from CommonJS", () => {
    const names = Object.keys(tarballs);
    writeFileSync(
      join(project, "esm.mjs"),
      `for (const name of ${JSON.stringify(names)}) console.log(name, Object.keys(await import(name)).length);\n`,
    );
    writeFileSync(
      join(project, "cjs.cjs"),
      `for (const name of ${JSON.stringify(names)}) console.log(name, Object.keys(require(name)).length);\n`,
    );
    for (const file of ["esm.mjs", "cjs.cjs"]) {
      const r = spawnSync(process.execPath, [file], { cwd: project, env: ENV, encoding: "utf8" });
      expect(r.status, `${file}: ${r.stderr}`).toBe(0);
      for (const name of names) expect(r.stdout, file).toMatch(new RegExp(`^${name} [1-9]\\d*$`, "m"));
    }
  });

  it("type-checks and runs the README's TypeScript", () => {
    writeFileSync(join(project, "use.ts"), installSection().ts);
    writeFileSync(
      join(project, "tsconfig.json"),
      `${JSON.stringify({
        compilerOptions: {
          target: "ES2022",
          module: "NodeNext",
          moduleResolution: "NodeNext",
          strict: true,
          outDir: "out",
          types: ["node"],
          skipLibCheck: false,
        },
        files: ["use.ts"],
      })}\n`,
    );
    // @types/node from the workspace, with undici-types beside it in pnpm's store: the README's
    // example writes files with node:fs. No installed package brings it (docx did).
    const types = join(project, "node_modules/@types/node");
    if (!existsSync(types)) {
      const stored = realpathSync(join(ROOT, "node_modules/@types/node"));
      mkdirSync(dirname(types), { recursive: true });
      execFileSync("cp", ["-rL", stored, types]);
      execFileSync("cp", ["-rL", join(stored, "../../undici-types"), join(project, "node_modules/undici-types")]);
    }
    const tsc = spawnSync(process.execPath, [TSC, "-p", "tsconfig.json"], { cwd: project, env: ENV, encoding: "utf8" });
    expect(tsc.status, tsc.stdout).toBe(0);
    const run = spawnSync(process.execPath, ["out/use.js"], { cwd: project, env: ENV, encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(project, "report.md"), "utf8")).toContain("## 一、2023年工作总结");
    expect(readFileSync(join(project, "report.docx")).subarray(0, 2).toString()).toBe("PK");
  });

  it("has the command too, from node_modules/.bin", () => {
    const r = spawnSync(join(project, "node_modules/.bin/gongwen"), ["--version"], { cwd: project, encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
