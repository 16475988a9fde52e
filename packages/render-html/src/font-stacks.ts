import type { HtmlFontRole, HtmlProfile } from "./profile.js";

/**
 * The font family that sets Latin letters and digits, as the DOCX sets them in Times New Roman
 * (`w:ascii`/`w:hAnsi`): an `@font-face` over the installed Times New Roman (or its metric twin
 * Liberation Serif) limited to Basic Latin and Latin-1, so Chinese punctuation (“” — …) falls
 * through to the Chinese font, as Word and WPS set it.
 */
export const LATIN_FAMILY = "gongwen-latin";

/** Names to try after a profile's own, by the kind of face: what Windows, macOS and Linux install. */
const FALLBACKS: Record<"fangsong" | "hei" | "kai" | "song" | "title", readonly string[]> = {
  fangsong: [
    "仿宋_GB2312",
    "仿宋",
    "FangSong",
    "STFangsong",
    "FangSong_GB2312",
    "Noto Serif CJK SC",
    "Source Han Serif SC",
    "Songti SC",
    "SimSun",
    "serif",
  ],
  hei: [
    "黑体",
    "SimHei",
    "STHeiti",
    "Heiti SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "sans-serif",
  ],
  kai: [
    "楷体_GB2312",
    "楷体",
    "KaiTi",
    "KaiTi_GB2312",
    "STKaiti",
    "Kaiti SC",
    "AR PL KaitiM GB",
    "AR PL UKai CN",
    "Noto Serif CJK SC",
    "serif",
  ],
  song: ["宋体", "SimSun", "STSong", "Songti SC", "Noto Serif CJK SC", "Source Han Serif SC", "serif"],
  title: [
    "方正小标宋简体",
    "方正小标宋_GBK",
    "FZXiaoBiaoSong-B05S",
    "华文中宋",
    "STZhongsong",
    "宋体",
    "SimSun",
    "Noto Serif CJK SC",
    "Source Han Serif SC",
    "serif",
  ],
};

const KIND_OF_ROLE: Record<Exclude<HtmlFontRole, "latin">, keyof typeof FALLBACKS> = {
  title: "title",
  letterhead: "title",
  body: "fangsong",
  heading1: "hei",
  heading2: "kai",
  heading3: "fangsong",
  heading4: "fangsong",
  pageNumber: "song",
};

const GENERIC = new Set(["serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui"]);

/** A family name as CSS wants it: quoted unless a generic family; quotes and backslashes escaped. */
function cssFamily(name: string): string {
  return GENERIC.has(name) ? name : `"${name.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r\f<>]/g, "")}"`;
}

/**
 * The CSS `font-family` of a role: the Latin face first (Latin letters and digits only), then the
 * profile's font and its fallbacks, then the usual names of the same kind of face on Windows
 * (仿宋_GB2312, 仿宋, FangSong …), macOS (STFangsong, Songti SC …) and Linux (Noto Serif CJK SC,
 * AR PL KaitiM GB …), and a generic family last. No name appears twice.
 */
export function fontStack(profile: HtmlProfile, role: Exclude<HtmlFontRole, "latin">): string {
  const choice = profile.fonts[role];
  const names = [LATIN_FAMILY, choice.name, ...choice.fallbacks, ...FALLBACKS[KIND_OF_ROLE[role]]];
  return [...new Set(names)].map(cssFamily).join(", ");
}

/** The `@font-face` rule of LATIN_FAMILY over the profile's Latin font and its metric-compatible stand-ins. */
export function latinFontFace(profile: HtmlProfile): string {
  const { name, fallbacks } = profile.fonts.latin;
  const sources = [
    ...new Set([name, ...fallbacks, "Times New Roman", "TimesNewRomanPSMT", "Liberation Serif", "Tinos"]),
  ];
  return `@font-face { font-family: ${cssFamily(LATIN_FAMILY)}; src: ${sources.map((s) => `local(${cssFamily(s)})`).join(", ")}; unicode-range: U+0020-007E, U+00A0-00FF; }`;
}
