import type { Stats } from "node:fs";
import { constants, lstatSync } from "node:fs";
import { access, chmod, mkdir, readFile, readlink, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { Locale } from "@gongwen/schema";
import { EXIT_NO_INPUT, UserError } from "./errors.js";
import { say } from "./locale.js";

/**
 * Reads a text file, or standard input for `-`, as UTF-8 without a byte order mark. A missing file,
 * or one in another encoding (GBK from Notepad or WPS), is a UserError in the user's language.
 */
export async function readText(
  file: string,
  locale: Locale,
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<string> {
  let bytes: Buffer;
  if (file === "-") {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(Buffer.from(chunk as Buffer));
    bytes = Buffer.concat(chunks);
  } else {
    try {
      bytes = await readFile(file);
    } catch (error) {
      throw fileError(error, file, locale, "read");
    }
  }
  const text = decodeUtf8(bytes, file === "-" ? "<stdin>" : file, locale);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The encoding a byte order mark or the pattern of zero bytes shows: UTF-16 from Notepad's “Unicode”. */
function utf16Of(bytes: Uint8Array): "UTF-16LE" | "UTF-16BE" | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "UTF-16LE";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "UTF-16BE";
  // ASCII text in UTF-16 without a mark: every other byte is zero.
  if (bytes.length >= 4 && bytes[1] === 0 && bytes[3] === 0 && bytes[0] !== 0) return "UTF-16LE";
  if (bytes.length >= 4 && bytes[0] === 0 && bytes[2] === 0 && bytes[1] !== 0) return "UTF-16BE";
  return undefined;
}

/**
 * UTF-8 text, or a UserError at the first line that is not UTF-8: never text turned into garbage.
 * A UTF-16 file (Notepad's “Unicode”) is named as such, not taken for GBK.
 */
export function decodeUtf8(bytes: Uint8Array, file: string, locale: Locale): string {
  const utf16 = utf16Of(bytes);
  if (utf16) {
    throw new UserError(
      say(
        locale,
        `${file}:1:1 文件是 ${utf16} 编码（记事本的“Unicode”），不是 UTF-8。请用记事本“另存为”，编码选 UTF-8，或在 VS Code 右下角改为“通过编码保存 UTF-8”。`,
        `${file}:1:1 the file is ${utf16} (Notepad's "Unicode"), not UTF-8. Save it again choosing the UTF-8 encoding.`,
      ),
    );
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const text = new TextDecoder("utf-8").decode(bytes);
    const before = text.slice(0, text.indexOf("\uFFFD")).split("\n");
    const where = `${file}:${before.length}:${(before.at(-1)?.length ?? 0) + 1}`;
    throw new UserError(
      say(
        locale,
        `${where} 文件不是 UTF-8 编码（多半是 GBK，记事本或 WPS 的“ANSI”）。请用记事本“另存为”，编码选 UTF-8，或在 VS Code 右下角改为“通过编码保存 UTF-8”。`,
        `${where} the file is not UTF-8 (probably GBK, "ANSI" in Notepad or WPS). Save it again choosing the UTF-8 encoding.`,
      ),
    );
  }
}

/** Reads a file's bytes; a missing file is a UserError. */
export async function readBytes(file: string, locale: Locale): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    throw fileError(error, file, locale, "read");
  }
}

/** What a file was when it was read: `lint --fix` writes only when the file is still that. */
export interface FileSnapshot {
  mtimeMs: number;
  size: number;
  /** SHA-256 of the bytes read. */
  hash: string;
}

/** SHA-256 in hex; node:crypto is loaded only here (~3 ms of a start that never needs it otherwise). */
async function sha256(bytes: Uint8Array): Promise<string> {
  const { createHash } = await import("node:crypto");
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * A name for a temporary file beside `target`, hidden, unlike any other process's: the process's
 * number and some 40 random bits (Math.random: the name need not be secret, only its own).
 */
const temporaryName = (target: string) =>
  join(dirname(target), `.${basename(target)}.${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`);

/** Reads a text file (see readText) with a snapshot of what was read, to tell later whether it changed. */
export async function readTextSnapshot(
  file: string,
  locale: Locale,
): Promise<{ text: string; snapshot: FileSnapshot }> {
  let bytes: Buffer;
  let stats: Stats;
  try {
    stats = await stat(file);
    bytes = await readFile(file);
  } catch (error) {
    throw fileError(error, file, locale, "read");
  }
  const text = decodeUtf8(bytes, file, locale);
  return {
    text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text,
    snapshot: { mtimeMs: stats.mtimeMs, size: stats.size, hash: await sha256(bytes) },
  };
}

/**
 * The file a path finally names: symbolic links followed, also to a target that does not exist
 * yet; `missing` when nothing is there (no link either). A plain `lstat` that finds nothing makes
 * no error object: `gongwen batch` asks this of every new file.
 */
async function realTarget(file: string): Promise<{ path: string; missing: boolean }> {
  let path = resolve(file);
  for (let hops = 0; hops < 40; hops++) {
    let link: Stats | undefined | null = null;
    try {
      link = lstatSync(path, { throwIfNoEntry: false });
    } catch {
      // Not readable here (EACCES …): taken as a file; writing it says why.
    }
    if (!link?.isSymbolicLink()) return { path, missing: hops === 0 && link === undefined };
    path = resolve(dirname(path), await readlink(path));
  }
  return { path, missing: false };
}

/** Options of writeAtomic. */
export interface WriteOptions {
  /** Write only if the file is still as it was read (mtime, size and content); a UserError otherwise. */
  unchangedSince?: FileSnapshot;
}

/** Whether the file is still as the snapshot saw it. */
async function unchanged(file: string, snapshot: FileSnapshot): Promise<boolean> {
  const now = await stat(file).catch(() => undefined);
  if (!now || now.mtimeMs !== snapshot.mtimeMs || now.size !== snapshot.size) return false;
  return (await sha256(await readFile(file))) === snapshot.hash;
}

/** True when the process could not give a new file the owner this one has (not root, other owner). */
function ownedByOther(stats: Stats): boolean {
  const uid = process.getuid?.();
  const gid = process.getgid?.();
  return uid !== undefined && (stats.uid !== uid || (uid !== 0 && stats.gid !== gid));
}

/**
 * Writes a file so that what the user had is never damaged:
 * - a symbolic link is followed, and the real file is written (the link stays a link);
 * - a FIFO, a device or anything else that is not a regular file is written into directly, never
 *   replaced;
 * - a regular file is replaced atomically — the data goes to a temporary file beside it, given
 *   the file's permission bits, which is then renamed over it — so a failure never leaves it
 *   half-written; but a file with other hard links, or owned by another user (or group) than
 *   the one writing, is written in place, since a rename would split the links or change the owner;
 * - a file the user may not write is refused (EACCES), not replaced through the folder's rights;
 * - with `unchangedSince`, a file changed since it was read is left alone with a UserError.
 * Every failure is a UserError in the user's language.
 */
export async function writeAtomic(
  file: string,
  data: string | Uint8Array,
  locale: Locale,
  options: WriteOptions = {},
): Promise<void> {
  await place(file, { data }, locale, options);
}

/**
 * Puts a finished file — written beforehand, complete, into a folder on the same file system,
 * as `gongwen batch`'s workers do — at `file` by the rules of writeAtomic: a new or replaceable
 * file is the staged one renamed into place (given the replaced file's permission bits); a file
 * that must be written in place gets the staged file's bytes. The staged file is gone afterwards,
 * also on failure. Every failure is a UserError in the user's language.
 */
export async function moveAtomic(staged: string, file: string, locale: Locale): Promise<void> {
  await place(file, { staged }, locale, {});
}

/** The new content of a file: its bytes, or a complete file to move into its place. */
type Content = { data: string | Uint8Array } | { staged: string };

/** The bytes of a content (a staged file's are read). */
const bytesOf = async (content: Content): Promise<string | Uint8Array> =>
  "data" in content ? content.data : await readFile(content.staged);

/**
 * Runs a write into the folder of `file`, making that folder (and its parents) only when the
 * write finds it missing (ENOENT): `gongwen batch` puts a thousand files into one folder, and
 * asked for each whether it exists.
 */
async function inFolder<T>(file: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    await mkdir(dirname(file), { recursive: true });
    return await write();
  }
}

async function place(file: string, content: Content, locale: Locale, options: WriteOptions): Promise<void> {
  let target = file;
  let temp: string | undefined;
  let moved = false;
  try {
    const real = await realTarget(file);
    target = real.path;
    const stats = real.missing
      ? undefined
      : await stat(target).catch((error: NodeJS.ErrnoException) => {
          if (error.code === "ENOENT") return undefined;
          throw error;
        });
    if (options.unchangedSince && !(await unchanged(target, options.unchangedSince))) {
      throw new UserError(
        say(
          locale,
          `${file} 在检查期间被修改过，没有写入修正，以免覆盖这些修改。请重新运行。`,
          `${file} changed while it was being checked; the fixes were not written, so as not to overwrite the changes. Run again.`,
        ),
      );
    }
    if (stats?.isDirectory()) throw Object.assign(new Error("EISDIR"), { code: "EISDIR" });
    if (stats && !stats.isFile()) {
      await writeFile(target, await bytesOf(content));
      return;
    }
    if (stats) await access(target, constants.W_OK);
    if (stats && (stats.nlink > 1 || ownedByOther(stats))) {
      await writeFile(target, await bytesOf(content));
      return;
    }
    const mode = stats ? stats.mode & 0o7777 : undefined;
    if ("staged" in content) {
      if (mode !== undefined) await chmod(content.staged, mode);
      const { staged } = content;
      moved = await inFolder(target, () => rename(staged, target)).then(
        () => true,
        (error: NodeJS.ErrnoException) => {
          // Another file system than the staging folder's (a link's target elsewhere): copied.
          if (error.code === "EXDEV") return false;
          throw error;
        },
      );
      if (moved) return;
    }
    const bytes = await bytesOf(content);
    const written = temporaryName(target);
    temp = written;
    await inFolder(target, () => writeFile(written, bytes, mode === undefined ? {} : { mode }));
    if (mode !== undefined) await chmod(temp, mode);
    await rename(temp, target);
  } catch (error) {
    // The temporary file may not exist (the folder could not be made): that is no second failure.
    if (temp) await rm(temp, { force: true }).catch(() => undefined);
    if (error instanceof UserError) throw error;
    throw fileError(error, file, locale, "write");
  } finally {
    if ("staged" in content && !moved) await rm(content.staged, { force: true }).catch(() => undefined);
  }
}

/** True when two paths name the same existing file (after links), as `render x.md -o x.md` would. */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if (a === "-" || b === "-") return false;
  const [sa, sb] = await Promise.all([stat(a).catch(() => undefined), stat(b).catch(() => undefined)]);
  return sa !== undefined && sb !== undefined && sa.dev === sb.dev && sa.ino === sb.ino;
}

/**
 * Standard output that ends quietly when its reader goes away (`gongwen render … -o - | head`:
 * EPIPE, exit 0, no stack trace) and says so clearly when the disk is full (ENOSPC, exit 1).
 * The CLI's entry point installs it once on process.stdout.
 */
export function guardStandardOutput(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (held) {
      held.error ??= error;
      return;
    }
    if (error.code === "EPIPE") process.exit(0);
    process.stderr.write(`${standardOutputFailure(error)}\n`);
    process.exit(1);
  });
}

/** A failure of standard output kept while a command goes on without it (holdStandardOutputFailure). */
let held: { error?: NodeJS.ErrnoException } | undefined;

/**
 * From now until the process ends, a standard output that fails (its reader gone: EPIPE; the disk
 * full: ENOSPC) does not end the process as guardStandardOutput otherwise does: the failure is
 * kept, and the caller stops writing to standard output and finishes its work (`batch`: its files
 * matter more than its JSON lines), then exits as it decides. Never given back: a late error of
 * the last line written must not override the caller's exit code.
 * @returns the first error of standard output since the call, if any.
 */
export function holdStandardOutputFailure(): () => NodeJS.ErrnoException | undefined {
  const hold: { error?: NodeJS.ErrnoException } = held ?? {};
  held = hold;
  return () => hold.error;
}

/** `标准输出无法写入：磁盘空间不足 / standard output cannot be written: the disk is full`, by the error's code. */
export function standardOutputFailure(error: NodeJS.ErrnoException): string {
  const reason = REASONS[String(error.code)];
  return reason
    ? `标准输出无法写入：${reason[0]} / standard output cannot be written: ${reason[1]}`
    : String(error.message);
}

/** Why a file could not be read or written, in the user's language, by the system's error code. */
const REASONS: Record<string, [string, string]> = {
  ENOENT: ["文件或文件夹不存在", "no such file or folder"],
  EACCES: ["没有权限", "permission denied"],
  EPERM: ["没有权限", "permission denied"],
  EISDIR: ["这是一个文件夹", "it is a folder"],
  ENOTDIR: ["路径中有一段是文件而不是文件夹", "a part of the path is a file, not a folder"],
  EEXIST: ["路径中有一段是文件而不是文件夹", "a part of the path is a file, not a folder"],
  EROFS: ["这个位置是只读的", "the location is read-only"],
  ENOSPC: ["磁盘空间不足", "the disk is full"],
};

/**
 * A file that could not be read or written as a UserError in the user's language, the reason
 * taken from the system's error code (ENOENT, EACCES, ENOSPC …); exit code EXIT_NO_INPUT for an
 * input, 1 for an output.
 */
export function fileError(error: unknown, file: string, locale: Locale, action: "read" | "write"): UserError {
  // An input that cannot be opened is not an invalid report: programs tell the two apart by the exit code.
  const exitCode = action === "read" ? EXIT_NO_INPUT : 1;
  return new UserError(`${file}: ${fileFailure(error, locale, action)}`, { exitCode, cause: error });
}

/**
 * Why a file could not be read or written, without the file's name: `无法写入：这是一个文件夹`
 * (`cannot write: it is a folder`), the reason by the system's error code (REASONS), else its message.
 */
export function fileFailure(error: unknown, locale: Locale, action: "read" | "write"): string {
  const known = REASONS[String((error as NodeJS.ErrnoException).code)];
  const reason = known ? say(locale, ...known) : String((error as Error).message);
  const verb = action === "read" ? say(locale, "无法读取", "cannot read") : say(locale, "无法写入", "cannot write");
  return `${verb}${say(locale, "：", ": ")}${reason}`;
}
