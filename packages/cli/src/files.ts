import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Locale } from "@gongwen/schema";
import { UserError } from "./errors.js";
import { say } from "./locale.js";

/** Reads a text file, or standard input for `-`; a missing file is a UserError in the user's language. */
export async function readText(
  file: string,
  locale: Locale,
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<string> {
  if (file === "-") {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(Buffer.from(chunk as Buffer));
    return Buffer.concat(chunks).toString("utf8");
  }
  try {
    const text = await readFile(file, "utf8");
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (error) {
    throw fileError(error, file, locale, "read");
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
    await rm(temp, { force: true });
    throw fileError(error, file, locale, "write");
  }
}

function fileError(error: unknown, file: string, locale: Locale, action: "read" | "write"): UserError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === "ENOENT"
      ? say(locale, "文件或文件夹不存在", "no such file or folder")
      : code === "EACCES" || code === "EPERM"
        ? say(locale, "没有权限", "permission denied")
        : code === "EISDIR"
          ? say(locale, "这是一个文件夹", "it is a folder")
          : String((error as Error).message);
  const verb = action === "read" ? say(locale, "无法读取", "cannot read") : say(locale, "无法写入", "cannot write");
  return new UserError(`${file}: ${verb}${say(locale, "：", ": ")}${reason}`);
}
