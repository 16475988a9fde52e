import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { access, mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, extname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Locale } from "@gongwen/schema";
import { UserError } from "./errors.js";
import { say } from "./locale.js";

/** The command that installs what previews need on Debian and Ubuntu. */
export const PREVIEW_INSTALL_COMMAND = "sudo apt-get install libreoffice-writer-nogui poppler-utils fonts-noto-cjk";

/** A tool previews need — LibreOffice's `soffice` or poppler's `pdftoppm` — is not installed. */
export class PreviewToolMissingError extends UserError {
  readonly code = "PREVIEW_TOOL_MISSING";
  /** Which tool is missing. */
  readonly tool: "soffice" | "pdftoppm";

  constructor(tool: "soffice" | "pdftoppm", locale: Locale = "zh") {
    const what = tool === "soffice" ? "LibreOffice (soffice)" : "poppler (pdftoppm)";
    super(
      say(
        locale,
        `未找到 ${what}，无法把 DOCX 转成图片预览。请先安装：${PREVIEW_INSTALL_COMMAND}` +
          "（macOS：brew install --cask libreoffice 和 brew install poppler）。DOCX 本身不受影响。",
        `${what} was not found, so the DOCX cannot be turned into preview pictures. Install it with: ` +
          `${PREVIEW_INSTALL_COMMAND} (macOS: brew install --cask libreoffice; brew install poppler). ` +
          "The DOCX itself is not affected.",
      ),
      { exitCode: 3 },
    );
    this.name = "PreviewToolMissingError";
    this.tool = tool;
  }
}

/** Options of previewDocx. */
export interface PreviewOptions {
  /** Language of messages: Chinese (default) or English. */
  locale?: Locale;
  /** Resolution of the pictures in dots per inch; 96 by default. */
  resolution?: number;
  /**
   * The fontconfig file LibreOffice uses, which maps the official font names (仿宋_GB2312 …) to
   * installed fonts. By default the project's `fonts/fonts.conf`, when it can be found; `false`
   * uses the system's fonts as they are.
   */
  fontConfig?: string | false;
  /** The LibreOffice command; default `soffice` (or GONGWEN_SOFFICE). */
  soffice?: string;
  /** The poppler command that rasterises PDF pages; default `pdftoppm`. */
  pdftoppm?: string;
  /** Stops LibreOffice after this many milliseconds; 120 000 by default. */
  timeoutMs?: number;
}

interface Ran {
  code: number | null;
  stderr: string;
}

/** Runs a command; a command that does not exist is reported as `missing`. */
function runCommand(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<Ran | "missing"> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "ignore", "pipe"], timeout: timeoutMs });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    child.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT" || error.code === "EACCES") done("missing");
      else fail(error);
    });
    child.on("close", (code) => done({ code, stderr }));
  });
}

/** The project's fonts/fonts.conf, looked for above this module and above the working folder. */
export function findFontConfig(
  starts: readonly string[] = [dirname(fileURLToPath(import.meta.url)), process.cwd()],
): string | undefined {
  for (const start of starts) {
    let dir = resolve(start);
    for (;;) {
      const candidate = join(dir, "fonts", "fonts.conf");
      if (existsSync(candidate)) return candidate;
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  return undefined;
}

/**
 * Turns a DOCX into PNG pictures of its pages, through LibreOffice (DOCX → PDF, with the
 * project's font mapping and a LibreOffice profile of its own, so runs side by side do not
 * collide; blank pages kept, as a 版记 on an even page may need one) and poppler (PDF → PNG).
 * Writes `<name>-1.png`, `<name>-2.png` … into `outDir` and returns their paths in page order.
 * Throws a PreviewToolMissingError, saying how to install them, when a tool is missing.
 */
export async function previewDocx(docxPath: string, outDir: string, options: PreviewOptions = {}): Promise<string[]> {
  const locale = options.locale ?? "zh";
  const input = resolve(docxPath);
  try {
    await access(input);
  } catch {
    throw new UserError(`${docxPath}${say(locale, "：文件不存在", ": no such file")}`);
  }
  const work = await mkdtemp(join(tmpdir(), "gongwen-preview-"));
  try {
    const fontConfig = options.fontConfig === false ? undefined : (options.fontConfig ?? findFontConfig());
    const env: NodeJS.ProcessEnv = { ...process.env, SAL_USE_VCLPLUGIN: "svp" };
    if (fontConfig) env.FONTCONFIG_FILE = fontConfig;
    const soffice = options.soffice ?? process.env.GONGWEN_SOFFICE ?? "soffice";
    const converted = await runCommand(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(join(work, "profile")).href}`,
        "--headless",
        "--norestore",
        "--convert-to",
        'pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"}}',
        "--outdir",
        work,
        input,
      ],
      env,
      options.timeoutMs ?? 120_000,
    );
    if (converted === "missing") throw new PreviewToolMissingError("soffice", locale);
    const name = basename(input, extname(input));
    const pdf = join(work, `${name}.pdf`);
    if (converted.code !== 0 || !existsSync(pdf)) {
      throw new UserError(
        say(locale, `LibreOffice 未能转换 ${docxPath}：`, `LibreOffice could not convert ${docxPath}: `) +
          (converted.stderr.trim() || say(locale, "没有输出 PDF", "no PDF was written")),
      );
    }
    await mkdir(outDir, { recursive: true });
    const resolution = String(options.resolution ?? 96);
    const rasterised = await runCommand(
      options.pdftoppm ?? "pdftoppm",
      ["-png", "-r", resolution, pdf, join(outDir, name)],
      env,
      120_000,
    );
    if (rasterised === "missing") throw new PreviewToolMissingError("pdftoppm", locale);
    if (rasterised.code !== 0) {
      throw new UserError(
        say(locale, "pdftoppm 未能生成图片：", "pdftoppm could not make the pictures: ") + rasterised.stderr.trim(),
      );
    }
    const pattern = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}-(\\d+)\\.png$`);
    return (await readdir(outDir))
      .map((file) => ({ file, page: Number(pattern.exec(file)?.[1] ?? Number.NaN) }))
      .filter(({ page }) => Number.isFinite(page))
      .sort((a, b) => a.page - b.page)
      .map(({ file }) => join(outDir, file));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
