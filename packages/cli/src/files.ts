import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
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

/**
 * Writes a file atomically: the data goes to a temporary file beside the target, which is then
 * renamed over it, so a failure never leaves a half-written or emptied file behind.
 */
export async function writeAtomic(file: string, data: string | Uint8Array, locale: Locale): Promise<void> {
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(temp, data);
    await rename(temp, file);
  } catch (error) {
    // The temporary file may not exist (the folder could not be made): that is no second failure.
    await rm(temp, { force: true }).catch(() => undefined);
    throw fileError(error, file, locale, "write");
  }
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

function fileError(error: unknown, file: string, locale: Locale, action: "read" | "write"): UserError {
  const known = REASONS[String((error as NodeJS.ErrnoException).code)];
  const reason = known ? say(locale, ...known) : String((error as Error).message);
  const verb = action === "read" ? say(locale, "无法读取", "cannot read") : say(locale, "无法写入", "cannot write");
  // An input that cannot be opened is not an invalid report: programs tell the two apart by the exit code.
  const exitCode = action === "read" ? EXIT_NO_INPUT : 1;
  return new UserError(`${file}: ${verb}${say(locale, "：", ": ")}${reason}`, { exitCode });
}
