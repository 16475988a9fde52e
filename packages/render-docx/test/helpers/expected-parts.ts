/**
 * The reports and options whose DOCX parts are held to what the writer wrote before its speed-ups
 * (main at 4428ada): every example and fixture in every placement, switch and built-in profile,
 * texts ending on every line of two pages, long organ titles, and hand-built texts full of
 * characters to escape or drop. `test/write-expected-parts.ts` writes the fixture; the test
 * `unchanged-parts` compares. Changed on purpose since: `hand-built-true`'s document, whose
 * disclosure labels (发布机构 …) keep their line width under columnWidths' rule for short columns.
 */
import { createHash } from "node:crypto";
import type { Report } from "@gongwen/schema";
import { unzipSync } from "fflate";
import type { RenderDocxOptions } from "../../src/index.js";
import { endingReport } from "./endings.js";
import { handBuilt } from "./hand-built.js";
import { ORGAN_TITLES } from "./organ-titles.js";
import { allReports, loadYaml } from "./reports.js";

/** The fixture: case name → part path → hash of the part. */
export const EXPECTED_PARTS = new URL("../fixtures/expected-parts.json", import.meta.url);

export type ExpectedParts = Record<string, Record<string, string>>;

/** One document to render: its report and the writer's options. */
export interface PartsCase {
  name: string;
  report: () => Report;
  options: RenderDocxOptions;
}

const VARIANTS: Record<string, RenderDocxOptions> = {
  default: {},
  ownPage: { colophonPlacement: "ownPage" },
  afterBlankPage: { colophonPlacement: "afterBlankPage" },
  samePage: { colophonPlacement: "samePage" },
  letterheadDisclosure: { letterhead: true, disclosureTable: true },
  noLetterhead: { letterhead: false },
  gbt9704Gbk: { profile: { base: "gbt9704Gbk" } },
  fangzhengGbk: { profile: { base: "fangzhengGbk" } },
  linesAndChars: { profile: { grid: { type: "linesAndChars" } } },
  plain: {
    profile: {
      runIn: { heading3: false, heading4: false },
      bold: { leads: false, heading3: false },
      signature: { seal: true },
      title: { shape: "inverted-trapezoid", maxLineChars: 14 },
      colophon: { evenPage: false },
    },
  },
};

/** Every case, in a fixed order. */
export function partsCases(): PartsCase[] {
  const cases: PartsCase[] = [];
  for (const { name, path } of allReports())
    for (const [variant, options] of Object.entries(VARIANTS))
      cases.push({ name: `${name}/${variant}`, report: () => loadYaml(path), options });
  for (let fillers = 0; fillers < 44; fillers += 3)
    cases.push({
      name: `ending-${fillers}`,
      report: () =>
        endingReport({ fillers, lastLines: 1 + (fillers % 4), cc: ["县委办公室"], issuer: "青溪县水利局办公室" }),
      options: {},
    });
  ORGAN_TITLES.forEach(([title, org], i) => {
    cases.push({
      name: `title-${i}`,
      report: () => endingReport({ fillers: 0, lastLines: 1, title, org }),
      options: {},
    });
  });
  const dirty = (field: string) => `\u0001${field}\u0007<&>"'\ud800\u000b\uffff\udc00尾\u001f“—”\t\n`;
  for (const disclosureTable of [false, true])
    cases.push({ name: `hand-built-${disclosureTable}`, report: () => handBuilt(dirty), options: { disclosureTable } });
  return cases;
}

/** The hash of every part of a DOCX, by path, in the zip's order. */
export function partHashes(docx: Uint8Array): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const [path, data] of Object.entries(unzipSync(docx)))
    hashes[path] = createHash("sha256").update(data).digest("hex").slice(0, 16);
  return hashes;
}
