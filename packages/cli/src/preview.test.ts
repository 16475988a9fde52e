import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderDocx } from "@gongwen/render-docx";
import { parseReport } from "@gongwen/schema";
import { afterAll, describe, expect, it } from "vitest";
import { UserError } from "./errors.js";
import { findFontConfig, PREVIEW_INSTALL_COMMAND, PreviewToolMissingError, previewDocx } from "./preview.js";

const dir = mkdtempSync(join(tmpdir(), "gongwen-preview-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function sampleDocx(): Promise<string> {
  const report = parseReport({
    meta: { org: "青溪县水利局", year: 2023, kind: "summary", date: "2024-01-09" },
    body: { sections: [{ title: "防汛工作有力有序", content: ["汛期没有发生因洪致死事故。"] }] },
  });
  const file = join(dir, "报告.docx");
  writeFileSync(file, await renderDocx(report));
  return file;
}

describe("previewDocx", () => {
  it("turns each page of a DOCX into a PNG, in page order", async () => {
    const pictures = await previewDocx(await sampleDocx(), join(dir, "out"), { resolution: 30 });
    expect(pictures).toEqual([join(dir, "out", "报告-1.png")]);
    expect([...readFileSync(pictures[0] as string).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  }, 150_000);

  it("says how to install LibreOffice when it is missing, in Chinese or English", async () => {
    const docx = await sampleDocx();
    const zh = previewDocx(docx, join(dir, "none"), { soffice: join(dir, "no-such-soffice") });
    await expect(zh).rejects.toBeInstanceOf(PreviewToolMissingError);
    await expect(zh).rejects.toThrow(
      `未找到 LibreOffice (soffice)，无法把 DOCX 转成图片预览。请先安装：${PREVIEW_INSTALL_COMMAND}`,
    );
    const en = previewDocx(docx, join(dir, "none"), { soffice: join(dir, "no-such-soffice"), locale: "en" });
    await expect(en).rejects.toThrow(`Install it with: ${PREVIEW_INSTALL_COMMAND}`);
    await expect(en).rejects.toMatchObject({ tool: "soffice", code: "PREVIEW_TOOL_MISSING", exitCode: 3 });
    expect(PREVIEW_INSTALL_COMMAND).toContain("apt-get install libreoffice-writer-nogui poppler-utils fonts-noto-cjk");
  });

  it("says how to install poppler when pdftoppm is missing", async () => {
    const pending = previewDocx(await sampleDocx(), join(dir, "none"), { pdftoppm: join(dir, "no-such-pdftoppm") });
    await expect(pending).rejects.toMatchObject({ tool: "pdftoppm" });
  }, 150_000);

  it("reports a missing DOCX as the user's mistake", async () => {
    const pending = previewDocx(join(dir, "missing.docx"), join(dir, "none"));
    await expect(pending).rejects.toBeInstanceOf(UserError);
    await expect(pending).rejects.toThrow("missing.docx：文件不存在");
  });

  it("finds the project's fonts.conf", () => {
    expect(findFontConfig()).toMatch(/fonts[/\\]fonts\.conf$/);
    expect(findFontConfig(["/"])).toBeUndefined();
  });
});
