import type { FontChoice, FontRole, ProfileOverride, RenderDocxOptions } from "@gongwen/render-docx";
import type { Settings } from "./storage.js";

const font = (name: string, ...fallbacks: string[]): FontChoice => ({ name, fallbacks });

/**
 * The profile without `_GB2312` font names: the GB/T 9704 layout of `gbt9704` with the fonts
 * Windows ships under their plain names (仿宋, 楷体), for machines without the GB2312 fonts —
 * a font override merged over `gbt9704`, as `gongwen render --profile` takes it.
 */
export const NO_GB2312_PROFILE: ProfileOverride = {
  fonts: {
    body: font("仿宋", "FangSong", "仿宋_GB2312"),
    heading2: font("楷体", "KaiTi", "楷体_GB2312"),
    heading3: font("仿宋", "FangSong", "仿宋_GB2312"),
    heading4: font("仿宋", "FangSong", "仿宋_GB2312"),
  },
};

/** The profiles the toolbar offers, with their Chinese names. */
export const PROFILE_CHOICES: readonly { id: Settings["profile"]; label: string }[] = [
  { id: "gbt9704", label: "GB/T 9704 标准字体（仿宋_GB2312 等）" },
  { id: "noGb2312", label: "不用 _GB2312 字体（仿宋、楷体）" },
];

/** renderDocx's options for the clerk's settings. */
export function docxOptions(settings: Settings): RenderDocxOptions {
  return settings.profile === "noGb2312" ? { profile: NO_GB2312_PROFILE } : {};
}

/**
 * CSS font stacks for the pages, per role: the profile's font first, then what Windows, macOS,
 * Linux and Android machines have under other names, then the generic family — so the pages use
 * the official font where it is installed and the closest one where it is not.
 */
export function pageFonts(settings: Settings): Record<Exclude<FontRole, "latin" | "letterhead">, string> {
  const stack = (...names: string[]) => names.map((n) => (/^[a-z-]+$/.test(n) ? n : `"${n}"`)).join(", ");
  const fangsong =
    settings.profile === "noGb2312"
      ? ["仿宋", "FangSong", "STFangsong", "仿宋_GB2312", "Noto Serif CJK SC", "Noto Serif SC", "serif"]
      : ["仿宋_GB2312", "仿宋", "FangSong", "STFangsong", "Noto Serif CJK SC", "Noto Serif SC", "serif"];
  const kaiti =
    settings.profile === "noGb2312"
      ? ["楷体", "KaiTi", "STKaiti", "楷体_GB2312", "AR PL KaitiM GB", "serif"]
      : ["楷体_GB2312", "楷体", "KaiTi", "STKaiti", "AR PL KaitiM GB", "serif"];
  const latin = ["Times New Roman", "Liberation Serif"];
  return {
    title: stack(
      ...latin,
      "方正小标宋简体",
      "方正小标宋_GBK",
      "华文中宋",
      "STZhongsong",
      "Noto Serif CJK SC",
      "宋体",
      "serif",
    ),
    body: stack(...latin, ...fangsong),
    heading1: stack(...latin, "黑体", "SimHei", "STHeiti", "Noto Sans CJK SC", "sans-serif"),
    heading2: stack(...latin, ...kaiti),
    heading3: stack(...latin, ...fangsong),
    heading4: stack(...latin, ...fangsong),
    pageNumber: stack(...latin, "宋体", "SimSun", "Songti SC", "Noto Serif CJK SC", "serif"),
  };
}
