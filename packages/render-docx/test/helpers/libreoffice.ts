/** Converts DOCX files to PDF with LibreOffice, as the layout tests and previews need. */
import { execFileSync, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The project's fontconfig file: official font names mapped to the installed stand-ins. */
export const FONTS_CONF = fileURLToPath(new URL("../../../../fonts/fonts.conf", import.meta.url));

/** Throws a clear error when a tool the layout tests need is not installed. */
export function requireTool(command: string, hint: string): void {
  const found = spawnSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" });
  if (found.status !== 0) {
    throw new Error(
      `${command} is not installed: the layout tests need it (${hint}). Run scripts/install-test-tools.sh ` +
        "or apt-get install libreoffice-writer-nogui poppler-utils libxml2-utils fonts-noto-cjk fonts-arphic-gkai00mp.",
    );
  }
}

/**
 * Converts DOCX files to PDF in one LibreOffice run, with the project's fonts and a user profile
 * of its own (so parallel runs do not collide), keeping blank pages (a 版记 on an even page may
 * need one before it).
 */
export function convertToPdf(files: readonly string[], outDir: string, profileDir: string): void {
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profileDir}`,
      "--headless",
      "--norestore",
      "--convert-to",
      'pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"}}',
      "--outdir",
      outDir,
      ...files,
    ],
    { env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF, SAL_USE_VCLPLUGIN: "svp" }, stdio: "pipe", timeout: 170_000 },
  );
}
