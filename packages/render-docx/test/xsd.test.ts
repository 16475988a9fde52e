/**
 * Every WordprocessingML part the writer produces validates against the ECMA-376 schemas
 * (`test/ooxml-xsd` at the repository root, see its README): Word refuses or "repairs" what LibreOffice opens
 * without complaint, and element order is the usual cause. One xmllint run checks them all.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { renderDocxSync } from "../src/index.js";
import type { ProfileOverride } from "../src/profile/types.js";
import { endingReport } from "./helpers/endings.js";
import { requireTool } from "./helpers/libreoffice.js";
import { fullReport, smallReport } from "./helpers/reports.js";

const WML_XSD = fileURLToPath(new URL("../../../test/ooxml-xsd/wml.xsd", import.meta.url));
/** The parts in the WordprocessingML namespace. */
const WML_PART = /^word\/(document|styles|settings|fontTable|footer\d+|header\d+|numbering)\.xml$/;

const documents: { name: string; bytes: Uint8Array }[] = [
  { name: "full", bytes: renderDocxSync(fullReport(), { disclosureTable: true }) },
  {
    name: "full-sealed-gbk",
    bytes: renderDocxSync(fullReport(), { profile: { base: "gbt9704Gbk", signature: { seal: true } } }),
  },
  { name: "fangzheng", bytes: renderDocxSync(fullReport(), { profile: { base: "fangzhengGbk" } as ProfileOverride }) },
  {
    name: "fonts",
    bytes: renderDocxSync(fullReport(), { profile: { fonts: { body: "仿宋", heading2: "楷体" } } as never }),
  },
  { name: "small", bytes: renderDocxSync(smallReport({ title: "青溪县水利局\n2023年工作总结" })) },
  {
    name: "ending",
    bytes: renderDocxSync(
      endingReport({ fillers: 30, lastLines: 3, attachments: ["一", "二"], note: "此件公开发布", cc: ["县委办公室"] }),
    ),
  },
];

let dir = "";
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("ECMA-376 schemas", () => {
  it("validate every WordprocessingML part of every variant", () => {
    requireTool("xmllint", "libxml2-utils validates the parts against the ECMA-376 schemas");
    expect(existsSync(WML_XSD), WML_XSD).toBe(true);
    dir = mkdtempSync(join(tmpdir(), "gongwen-xsd-"));
    const files: string[] = [];
    for (const { name, bytes } of documents) {
      for (const [path, data] of Object.entries(unzipSync(bytes))) {
        if (!WML_PART.test(path)) continue;
        const file = join(dir, name, path);
        mkdirSync(join(file, ".."), { recursive: true });
        writeFileSync(file, data);
        files.push(file);
      }
    }
    expect(files.filter((f) => f.endsWith("document.xml"))).toHaveLength(documents.length);
    expect(files.some((f) => /footer3\.xml$/.test(f))).toBe(true);
    let output = "";
    try {
      execFileSync("xmllint", ["--noout", "--schema", WML_XSD, ...files], { encoding: "utf8", stdio: "pipe" });
    } catch (error) {
      output = String((error as { stderr?: string }).stderr ?? error);
    }
    expect(output.split("\n").filter((line) => line && !line.endsWith(" validates"))).toEqual([]);
  });
});
