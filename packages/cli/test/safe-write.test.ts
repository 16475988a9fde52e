import { spawnSync } from "node:child_process";
import {
  chmodSync,
  chownSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { moveAtomic, readTextSnapshot, writeAtomic } from "../src/files.js";
import { REPORT_YAML, run, tempDir } from "./helpers.js";

const BIN = fileURLToPath(new URL("../dist/bin.js", import.meta.url));
const FILES = fileURLToPath(new URL("../dist/files.js", import.meta.url));

describe("files written safely", () => {
  it("keeps the permission bits of the file it replaces (0600 stays 0600, 0444 stays 0444)", async () => {
    const dir = tempDir();
    for (const mode of [0o600, 0o444, 0o750]) {
      const file = join(dir, `m${mode.toString(8)}.md`);
      writeFileSync(file, "old");
      chmodSync(file, mode);
      await writeAtomic(file, "new", "zh");
      expect(readFileSync(file, "utf8")).toBe("new");
      expect(statSync(file).mode & 0o7777).toBe(mode);
    }
  });

  it("follows a symbolic link and writes the real file; the link stays a link", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "real"));
    writeFileSync(join(dir, "real", "a.yaml"), "old");
    symlinkSync(join("real", "a.yaml"), join(dir, "link.yaml"));
    await writeAtomic(join(dir, "link.yaml"), "new", "zh");
    expect(lstatSync(join(dir, "link.yaml")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "real", "a.yaml"), "utf8")).toBe("new");
    // A dangling link gets its target created.
    symlinkSync("made.yaml", join(dir, "dangling.yaml"));
    await writeAtomic(join(dir, "dangling.yaml"), "made", "zh");
    expect(readFileSync(join(dir, "made.yaml"), "utf8")).toBe("made");
  });

  it("writes a hard-linked file in place, so every name still shows the new content", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.md"), "old");
    linkSync(join(dir, "a.md"), join(dir, "b.md"));
    const inode = statSync(join(dir, "a.md")).ino;
    await writeAtomic(join(dir, "a.md"), "new", "zh");
    expect(statSync(join(dir, "a.md")).ino).toBe(inode);
    expect(readFileSync(join(dir, "b.md"), "utf8")).toBe("new");
  });

  it("writes a file owned by another user in place, keeping its owner", async () => {
    if (process.getuid?.() !== 0) {
      // Not root: a file of our own is replaced and stays ours.
      const file = join(tempDir(), "own.md");
      writeFileSync(file, "old");
      await writeAtomic(file, "new", "zh");
      expect(statSync(file).uid).toBe(process.getuid?.());
      return;
    }
    const file = join(tempDir(), "theirs.md");
    writeFileSync(file, "old");
    chownSync(file, 65534, 65534);
    await writeAtomic(file, "new", "zh");
    expect([statSync(file).uid, statSync(file).gid, readFileSync(file, "utf8")]).toEqual([65534, 65534, "new"]);
  });

  it("moves a finished file into place by the same rules, and the staged file is gone after", async () => {
    const dir = tempDir();
    const staged = (name: string, text: string) => {
      const file = join(dir, `${name}.staged`);
      writeFileSync(file, text);
      return file;
    };
    // A new file: the staged one renamed (same inode).
    const first = staged("a", "new");
    const inode = statSync(first).ino;
    await moveAtomic(first, join(dir, "a.md"), "zh");
    expect([readFileSync(join(dir, "a.md"), "utf8"), statSync(join(dir, "a.md")).ino]).toEqual(["new", inode]);
    // A file replaced keeps its permission bits.
    chmodSync(join(dir, "a.md"), 0o600);
    await moveAtomic(staged("a", "newer"), join(dir, "a.md"), "zh");
    expect([readFileSync(join(dir, "a.md"), "utf8"), statSync(join(dir, "a.md")).mode & 0o7777]).toEqual([
      "newer",
      0o600,
    ]);
    // A hard-linked file is written in place.
    linkSync(join(dir, "a.md"), join(dir, "b.md"));
    await moveAtomic(staged("a", "linked"), join(dir, "a.md"), "zh");
    expect(readFileSync(join(dir, "b.md"), "utf8")).toBe("linked");
    // A folder in the way is a UserError.
    mkdirSync(join(dir, "c.md"));
    await expect(moveAtomic(staged("c", "x"), join(dir, "c.md"), "en")).rejects.toThrow(/it is a folder/);
    expect(existsSync(join(dir, "a.staged")) || existsSync(join(dir, "c.staged"))).toBe(false);
  });

  it("makes the folders a new file or a moved one needs", async () => {
    const dir = tempDir();
    await writeAtomic(join(dir, "new", "deeper", "r.md"), "text", "zh");
    expect(readFileSync(join(dir, "new", "deeper", "r.md"), "utf8")).toBe("text");
    writeFileSync(join(dir, "r.staged"), "moved");
    await moveAtomic(join(dir, "r.staged"), join(dir, "other", "r.docx"), "zh");
    expect(readFileSync(join(dir, "other", "r.docx"), "utf8")).toBe("moved");
    // A file in the way of a folder is the user's to see, not a folder made over it.
    writeFileSync(join(dir, "file"), "");
    await expect(writeAtomic(join(dir, "file", "r.md"), "x", "en")).rejects.toThrow(/file/);
    expect(readdirSync(dir).sort()).toEqual(["file", "new", "other"]);
  });

  it("writes into a FIFO, never replacing it with a plain file", () => {
    const dir = tempDir();
    const fifo = join(dir, "out.md");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    // A reader in a child process; the writer is the CLI.
    const script = `const fs=require("fs");let n=0;const s=fs.createReadStream(${JSON.stringify(fifo)});s.on("data",c=>n+=c.length);s.on("end",()=>{console.log(n)});`;
    const reader = spawnSync(
      "bash",
      ["-c", `node -e '${script}' & sleep 0.3; node ${BIN} render - -o ${fifo} --from yaml; wait`],
      {
        input: REPORT_YAML,
        encoding: "utf8",
      },
    );
    expect(Number(reader.stdout.trim())).toBeGreaterThan(100);
    expect(statSync(fifo).isFIFO()).toBe(true);
  });

  it("refuses a file the user may not write, leaving it as it was (run as nobody)", () => {
    const dir = tempDir();
    chmodSync(dir, 0o777);
    const file = join(dir, "ro.md");
    writeFileSync(file, "old");
    chmodSync(file, 0o444);
    const script = `import(${JSON.stringify(FILES)}).then(f=>f.writeAtomic(${JSON.stringify(file)},"new","en")).then(()=>console.log("written"),e=>console.log(e.message))`;
    const asNobody = process.getuid?.() === 0;
    if (asNobody) chownSync(file, 65534, 65534);
    const child = asNobody
      ? spawnSync("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "node", "-e", script], {
          encoding: "utf8",
        })
      : spawnSync("node", ["-e", script], { encoding: "utf8" });
    expect(child.stdout).toMatch(/permission denied/);
    expect(readFileSync(file, "utf8")).toBe("old");
    expect(statSync(file).mode & 0o777).toBe(0o444);
  });

  it("does not overwrite a file changed since it was read (lint --fix racing an editor)", async () => {
    const file = join(tempDir(), "r.yaml");
    writeFileSync(file, "body: 甲\n");
    const { snapshot } = await readTextSnapshot(file, "en");
    writeFileSync(file, "body: 乙，已修改\n");
    await expect(writeAtomic(file, "body: fixed\n", "en", { unchangedSince: snapshot })).rejects.toThrow(
      /changed while it was being checked/,
    );
    expect(readFileSync(file, "utf8")).toBe("body: 乙，已修改\n");
    const same = await readTextSnapshot(file, "en");
    await writeAtomic(file, "body: fixed\n", "en", { unchangedSince: same.snapshot });
    expect(readFileSync(file, "utf8")).toBe("body: fixed\n");
  });

  it("render refuses to write over its own input without --force", async () => {
    const dir = tempDir();
    const file = join(dir, "r.md");
    writeFileSync(join(dir, "r.yaml"), REPORT_YAML);
    expect((await run("render", join(dir, "r.yaml"), "-o", file)).code).toBe(0);
    const before = readFileSync(file, "utf8");
    writeFileSync(file, `${before}\n<!-- 注释 -->\n`);
    const refused = await run("--lang", "en", "render", file, "-o", file);
    expect(refused.code).toBe(1);
    expect(refused.err.join("\n")).toMatch(/is the input file.*--force/);
    expect(readFileSync(file, "utf8")).toContain("<!-- 注释 -->");
    expect((await run("render", file, "-o", file, "--force")).code).toBe(0);
  });

  it("exits quietly when the reader of -o - goes away (EPIPE), and clearly when the disk is full", () => {
    // Some 3 MB of Markdown: far more than a pipe holds once its reader has gone.
    const paragraphs = Array.from({ length: 50 }, (_, i) => `    - ${String(i)}${"甲".repeat(19000)}`).join("\n");
    const input = REPORT_YAML.replace(/opening: .*/, `opening:\n${paragraphs}`);
    const piped = spawnSync(
      "bash",
      ["-c", `node ${BIN} render - --from yaml -o - --to md | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"`],
      {
        input,
        encoding: "utf8",
      },
    );
    expect(piped.stderr).not.toMatch(/Error|at /);
    expect(piped.stdout.trim()).toBe("0");
    if (existsSync("/dev/full")) {
      const full = spawnSync("bash", ["-c", `node ${BIN} render - --from yaml -o - --to md > /dev/full`], {
        input,
        encoding: "utf8",
      });
      expect(full.status).toBe(1);
      expect(full.stderr).toMatch(/磁盘空间不足|disk is full/);
      expect(full.stderr).not.toMatch(/ at /);
    }
  });
});
