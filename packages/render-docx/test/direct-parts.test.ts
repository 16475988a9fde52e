import { describe, expect, it } from "vitest";
import { type FooterKind, footerXml } from "../src/footers.js";
import { geometryOf } from "../src/geometry.js";
import { type SectionOptions, sectionPropertiesXml } from "../src/page-setup.js";
import { resolveProfile } from "../src/profile/resolve.js";
import type { ProfileOverride } from "../src/profile/types.js";
import { STYLES, type StyleId, type StyleKey } from "../src/styles/ids.js";
import { stylesXml } from "../src/styles/styles-xml.js";
import { referenceFooterXml } from "./helpers/docx-reference/footers.js";
import { referenceSectionXml } from "./helpers/docx-reference/page-setup.js";
import { referenceStylesXml } from "./helpers/docx-reference/styles-xml.js";

/** Profiles that change every value the styles, footers and section properties are written from. */
const PROFILES: Record<string, ProfileOverride> = {
  gbt9704: {},
  fangzhengGbk: { base: "fangzhengGbk" },
  gbt9704Gbk: { base: "gbt9704Gbk" },
  linesAndChars: { grid: { type: "linesAndChars", lines: 22, chars: 28 } },
  overrides: {
    grid: { type: "lines", lines: 20, chars: 26 },
    fonts: {
      body: { name: "仿宋 & <Co>", fallbacks: ["FangSong"] },
      heading2: { name: "楷体" },
      heading3: { name: "黑体" },
      heading4: { name: 'Kai"Ti' },
      title: { name: "方正小标宋_GBK" },
      latin: { name: "Arial" },
      pageNumber: { name: "宋体" },
    },
    sizes: { title: 26, body: 15, pageNumber: 10.5, table: 12, colophon: 12, letterhead: 36 },
    bold: { leads: false, heading3: false, heading4: true },
    runIn: { heading3: false, heading4: false },
    letterhead: { color: "C00000", top: 30, ruleGap: 3, ruleWidth: 1 },
    pageNumber: { belowTypeArea: 5, indentChars: 0 },
    page: { width: 210, height: 297, top: 35, bottom: 37, left: 26, right: 28 },
  },
  boldRunIn: { bold: { leads: true, heading3: true, heading4: true }, runIn: { heading3: true, heading4: false } },
};

const KEYS = Object.keys(STYLES) as StyleKey[];
const SECTIONS: SectionOptions[] = [
  { footers: { odd: 4, even: 5 } },
  { footers: { odd: 6, even: 6 }, start: "nextPage" },
  { footers: { odd: 6, even: 6 }, start: "evenPage", bottom: true },
];

describe("styles, footers and section properties written directly", () => {
  for (const [name, override] of Object.entries(PROFILES)) {
    const profile = resolveProfile(override);
    const context = { report: undefined as never, profile, geometry: geometryOf(profile), styles: new Set<StyleId>() };

    it(`write what the docx package writes for the same definitions (${name})`, () => {
      // Every style, Normal alone, and every style with Normal.
      const sets = [
        KEYS,
        ["normal"] as StyleKey[],
        ...KEYS.filter((key) => key !== "normal").map((key) => ["normal", key] as StyleKey[]),
      ];
      for (const keys of sets) {
        const used = new Set(keys.map((key) => STYLES[key].id));
        expect(stylesXml(profile, used)).toBe(referenceStylesXml(profile, keys));
      }
      for (const kind of ["odd", "even", "blank"] as FooterKind[]) {
        expect(footerXml(context, kind)).toBe(referenceFooterXml(profile, kind));
      }
      for (const options of SECTIONS) {
        expect(sectionPropertiesXml(context, options)).toBe(referenceSectionXml(profile, options));
      }
    });
  }
});
