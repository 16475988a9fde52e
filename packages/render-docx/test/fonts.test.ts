/**
 * Fonts all the way through: every run of a DOCX, followed through its character style, its
 * paragraph style's basedOn chain and the document defaults, is set in the font of its role — so
 * a profile that changes a role changes every style that uses it.
 */
import { describe, expect, it } from "vitest";
import { renderDocxSync } from "../src/index.js";
import type { ProfileOverride } from "../src/profile/types.js";
import { openDocx } from "./helpers/docx.js";
import { fullReport } from "./helpers/reports.js";
import { childElements, find, findAll, textOf, type XmlElement } from "./helpers/xml.js";

/**
 * The East Asian font of every run with text, by the paragraph style the run stands in (as
 * `CharacterStyle:font` for a run with a character style).
 */
function runFontsByStyle(bytes: Uint8Array): Map<string, Set<string>> {
  const docx = openDocx(bytes);
  const eastAsia = (holder: XmlElement | undefined) => {
    const rPr = holder && childElements(holder).find((c) => c.name === "w:rPr");
    return rPr ? childElements(rPr).find((c) => c.name === "w:rFonts")?.attributes["w:eastAsia"] : undefined;
  };
  const defaults = eastAsia(find(docx.styles, "w:rPrDefault"));
  const ofStyle = (id: string | undefined): string | undefined => {
    for (let seen = 0, style = id && docx.style(id); style && seen < 10; seen++) {
      const font = eastAsia(style);
      if (font) return font;
      style = find(style, "w:basedOn")?.attributes["w:val"]
        ? docx.style(find(style, "w:basedOn")?.attributes["w:val"] as string)
        : undefined;
    }
    return undefined;
  };
  const out = new Map<string, Set<string>>();
  for (const paragraph of findAll(docx.document, "w:p")) {
    const pStyle = find(paragraph, "w:pStyle")?.attributes["w:val"] ?? "Normal";
    for (const run of childElements(paragraph).filter((c) => c.name === "w:r")) {
      if (!findAll(run, "w:t").map(textOf).join("")) continue;
      const rStyle = find(run, "w:rStyle")?.attributes["w:val"];
      const font = eastAsia(run) ?? ofStyle(rStyle) ?? ofStyle(pStyle) ?? defaults ?? "(none)";
      const fonts = out.get(pStyle) ?? new Set<string>();
      fonts.add(rStyle ? `${rStyle}:${font}` : font);
      out.set(pStyle, fonts);
    }
  }
  return out;
}

/** The font of a `style:font` entry. */
const fontOnly = (entry: string) => entry.replace(/^.*:/, "");

describe("fonts of a profile", () => {
  const profile: ProfileOverride = { fonts: { body: "仿宋", heading2: "楷体" } as never };
  const fonts = runFontsByStyle(renderDocxSync(fullReport(), { profile }));

  it("reach every style that uses the role, none left in a _GB2312 font", () => {
    const all = [...fonts.values()].flatMap((set) => [...set]);
    expect(all.filter((f) => f.includes("_GB2312"))).toEqual([]);
    // The report uses every style in question: the scan covers them all.
    for (const style of [
      "Normal",
      "Heading3",
      "Heading4",
      "TableText",
      "TableHeader",
      "Caption",
      "Signature",
      "Date",
      "Colophon",
    ]) {
      expect([...fonts.keys()], style).toContain(style);
    }
    for (const style of ["Normal", "TableText", "TableHeader", "Caption", "Signature", "Date", "Colophon", "Closing"]) {
      for (const font of fonts.get(style) ?? []) expect(`${style} ${fontOnly(font)}`).toBe(`${style} 仿宋`);
    }
    expect([...(fonts.get("Heading2") ?? [])]).toEqual(["楷体"]);
    expect([...(fonts.get("Heading3") ?? [])].every((f) => f.endsWith(":仿宋") || f === "仿宋")).toBe(true);
    expect([...(fonts.get("Heading3") ?? [])].some((f) => f.startsWith("Heading3RunIn:"))).toBe(true);
  });

  it("keep a level the profile names itself", () => {
    const own = runFontsByStyle(
      renderDocxSync(fullReport(), { profile: { fonts: { body: "仿宋", heading3: "黑体" } as never } }),
    );
    expect([...(own.get("Heading3") ?? [])].some((f) => f === "Heading3RunIn:黑体")).toBe(true);
    expect(new Set([...(own.get("Normal") ?? [])].map(fontOnly))).toEqual(new Set(["仿宋"]));
  });

  it("are the standard's by default", () => {
    const standard = runFontsByStyle(renderDocxSync(fullReport()));
    expect(new Set([...(standard.get("Normal") ?? [])].map(fontOnly))).toEqual(new Set(["仿宋_GB2312"]));
    expect([...(standard.get("Heading2") ?? [])]).toEqual(["楷体_GB2312"]);
  });
});
